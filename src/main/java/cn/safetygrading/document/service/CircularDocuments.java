package cn.safetygrading.document.service;

import static cn.safetygrading.document.service.DocumentTexts.nz;

import cn.safetygrading.document.domain.DocumentKind;
import cn.safetygrading.document.domain.Issuer;
import cn.safetygrading.document.domain.MeasureFacts;
import cn.safetygrading.document.domain.OfficialDocument;
import cn.safetygrading.document.persistence.DocumentMapper;
import cn.safetygrading.ledger.service.Departments;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 通报 of a recorded CIRCULAR measure — the one the spot check records on a falsification, or one an official
 * recorded — for the officials who may see the enterprise (measures are officials' records; the enterprise does
 * not get it here). Issued by the measure's department when it is a known department; a falsification found by
 * the city's spot check by the city's 应急管理局; else the enterprise's 直接监管责任部门 or its region's 应急管理局.
 */
@Service
@Transactional
public class CircularDocuments {

    private final DocumentService documents;
    private final DocumentMapper facts;
    private final Issuers issuers;
    private final Departments departments;
    private final LedgerService ledger;
    private final DocumentTexts x;

    CircularDocuments(
            DocumentService documents,
            DocumentMapper facts,
            Issuers issuers,
            Departments departments,
            LedgerService ledger,
            DocumentTexts x) {
        this.documents = documents;
        this.facts = facts;
        this.issuers = issuers;
        this.departments = departments;
        this.ledger = ledger;
        this.x = x;
    }

    /** The enterprise's 通报 measures, if the account is an official who may see the enterprise. */
    @Transactional(readOnly = true)
    public List<MeasureFacts> circulars(Account account, String uscc) {
        if (account.isEnterprise()) {
            return List.of();
        }
        return ledger.find(account, uscc).map(e -> facts.circulars(uscc)).orElse(List.of());
    }

    /** The printed 通报 of a CIRCULAR measure. */
    public Optional<OfficialDocument> circular(Account account, long measureId) {
        if (account.isEnterprise()) {
            return Optional.empty();
        }
        return facts.measure(measureId)
                .filter(m -> "CIRCULAR".equals(m.kind()))
                .filter(m -> ledger.find(account, m.uscc()).isPresent())
                .map(m -> {
                    Issuer issuer = issuer(m);
                    boolean falsification = m.caseRef() != null;
                    Map<String, Object> inputs = new LinkedHashMap<>();
                    inputs.put("measureId", m.id());
                    inputs.put("uscc", m.uscc());
                    inputs.put("enterprise", m.enterpriseName());
                    inputs.put("decidedOn", String.valueOf(m.decidedOn()));
                    inputs.put("measureDocumentNo", m.documentNo());
                    inputs.put("department", m.issuingDepartment());
                    inputs.put("reason", m.reason());
                    inputs.put("caseRef", nz(m.caseRef()));
                    return documents.issue(
                            new DocumentService.Subject(
                                    DocumentKind.CIRCULAR, String.valueOf(m.id()), m.uscc(), null, issuer),
                            inputs,
                            account.userId(),
                            stamp -> {
                                OfficialPdf pdf = new OfficialPdf(x.t("document.kind.CIRCULAR"), stamp.documentNo());
                                pdf.paragraph(x.t(
                                        falsification
                                                ? "document.circular.subjectFalsified"
                                                : "document.circular.subject",
                                        m.enterpriseName()));
                                pdf.paragraph(x.t("document.circular.to"));
                                pdf.paragraph(
                                        falsification
                                                ? x.t(
                                                        "document.circular.falsified",
                                                        nz(m.campaignName()),
                                                        m.enterpriseName(),
                                                        m.uscc(),
                                                        m.regionName())
                                                : x.t(
                                                        "document.circular.found",
                                                        m.enterpriseName(),
                                                        m.uscc(),
                                                        m.regionName()));
                                pdf.table(
                                        List.of(x.t("document.field"), x.t("document.value")),
                                        List.of(
                                                List.of(x.t("document.enterprise"), m.enterpriseName()),
                                                List.of(x.t("document.uscc"), m.uscc()),
                                                List.of(x.t("document.address"), nz(m.address())),
                                                List.of(x.t("document.circular.reason"), m.reason()),
                                                List.of(x.t("document.circular.decidedOn"), x.date(m.decidedOn())),
                                                List.of(x.t("document.circular.record"), m.documentNo())),
                                        new float[] {1, 3});
                                pdf.paragraph(x.t(
                                        falsification
                                                ? "document.circular.decisionFalsified"
                                                : "document.circular.decision"));
                                pdf.paragraph(x.t("document.circular.warning"));
                                return pdf.sealBox(x.t("document.seal"), issuer.name(), x.date(stamp.issuedAt()))
                                        .bytes();
                            });
                });
    }

    private Issuer issuer(MeasureFacts m) {
        return departments
                .byName(m.issuingDepartment())
                .map(issuers::of)
                .orElseGet(() -> m.caseRef() != null
                        ? issuers.forRegion(facts.region(m.regionCode())
                                .map(r -> r.path().split("/")[0])
                                .orElse(m.regionCode()))
                        : issuers.forEnterprise(m.uscc(), m.regionCode()));
    }
}
