package cn.safetygrading.document.service;

import static cn.safetygrading.document.service.DocumentTexts.nz;

import cn.safetygrading.document.domain.DocumentKind;
import cn.safetygrading.document.domain.InspectionFacts;
import cn.safetygrading.document.domain.Issuer;
import cn.safetygrading.document.domain.OfficialDocument;
import cn.safetygrading.document.persistence.DocumentMapper;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of an on-site inspection: its 现场检查记录 (the record as the inspectors filed it) and, when
 * the record ordered a rectification, the 整改指令书 (findings, legal basis, deadline). Both go to whoever may
 * see the enterprise, the enterprise itself too (it signed the record and must carry out the order); issued by
 * the enterprise's 直接监管责任部门, else its region's 应急管理局.
 */
@Service
@Transactional
public class InspectionDocuments {

    private final DocumentService documents;
    private final DocumentMapper facts;
    private final Issuers issuers;
    private final LedgerService ledger;
    private final DocumentTexts x;

    InspectionDocuments(
            DocumentService documents, DocumentMapper facts, Issuers issuers, LedgerService ledger, DocumentTexts x) {
        this.documents = documents;
        this.facts = facts;
        this.issuers = issuers;
        this.ledger = ledger;
        this.x = x;
    }

    /** The enterprise's recorded inspections, newest first, if the account may see the enterprise. */
    @Transactional(readOnly = true)
    public List<InspectionFacts> recorded(Account account, String uscc) {
        return ledger.find(account, uscc).map(e -> facts.inspections(uscc)).orElse(List.of());
    }

    /** The 现场检查记录 of a recorded inspection. */
    public Optional<OfficialDocument> record(Account account, String inspectionId) {
        return visible(account, inspectionId).filter(InspectionFacts::recorded).map(i -> {
            Issuer issuer = issuers.forEnterprise(i.uscc(), i.regionCode());
            return documents.issue(
                    new DocumentService.Subject(DocumentKind.INSPECTION_RECORD, i.id(), i.uscc(), null, issuer),
                    inputs(i),
                    account.userId(),
                    stamp -> {
                        OfficialPdf pdf = new OfficialPdf(x.t("document.kind.INSPECTION_RECORD"), stamp.documentNo());
                        pdf.table(
                                List.of(x.t("document.field"), x.t("document.value")),
                                List.of(
                                        List.of(x.t("document.inspection.enterprise"), i.enterpriseName()),
                                        List.of(x.t("document.uscc"), i.uscc()),
                                        List.of(x.t("document.address"), nz(i.address())),
                                        List.of(x.t("document.inspection.site"), nz(i.site())),
                                        List.of(
                                                x.t("document.inspection.legalRepresentative"),
                                                nz(i.legalRepresentative())),
                                        List.of(x.t("document.inspection.when"), when(i)),
                                        List.of(x.t("document.inspection.inspectors"), nz(i.inspectorNames())),
                                        List.of(x.t("document.inspection.findings"), nz(i.findings())),
                                        List.of(x.t("document.inspection.legalBasis"), nz(i.legalBasis())),
                                        List.of(x.t("document.inspection.order"), order(i)),
                                        List.of(
                                                x.t("document.inspection.penalty"),
                                                x.t(i.penalty() ? "document.yes" : "document.inspection.noPenalty"))),
                                new float[] {1, 3});
                        pdf.paragraph(x.t("document.inspection.confirm"));
                        pdf.signatures(List.of(
                                x.t("document.inspection.signInspectors"), x.t("document.inspection.signEnterprise")));
                        return pdf.sealBox(x.t("document.seal"), issuer.name(), x.date(stamp.issuedAt()))
                                .bytes();
                    });
        });
    }

    /** The 整改指令书 of an inspection whose record ordered a rectification. */
    public Optional<OfficialDocument> rectificationOrder(Account account, String inspectionId) {
        return visible(account, inspectionId).filter(InspectionFacts::ordered).map(i -> {
            Issuer issuer = issuers.forEnterprise(i.uscc(), i.regionCode());
            return documents.issue(
                    new DocumentService.Subject(DocumentKind.RECTIFICATION_ORDER, i.id(), i.uscc(), null, issuer),
                    inputs(i),
                    account.userId(),
                    stamp -> {
                        OfficialPdf pdf = new OfficialPdf(x.t("document.kind.RECTIFICATION_ORDER"), stamp.documentNo());
                        pdf.paragraph(x.t("document.gradeResult.to", i.enterpriseName()));
                        pdf.paragraph(x.t("document.order.found", x.date(i.doneOn()), nz(i.site())));
                        pdf.table(
                                List.of(x.t("document.no"), x.t("document.order.problem")),
                                List.of(List.of("1", nz(i.findings()))),
                                new float[] {0.6f, 6});
                        String basis = i.legalBasis() == null || i.legalBasis().isBlank()
                                ? x.t("document.order.defaultBasis")
                                : i.legalBasis();
                        pdf.paragraph(x.t("document.order.body", basis, x.date(i.orderDeadline())));
                        pdf.paragraph(x.t("document.order.consequence"));
                        pdf.paragraph(x.t("document.order.appeal"));
                        pdf.signatures(
                                List.of(x.t("document.inspection.signInspectors"), x.t("document.order.receipt")));
                        return pdf.sealBox(x.t("document.seal"), issuer.name(), x.date(stamp.issuedAt()))
                                .bytes();
                    });
        });
    }

    private Optional<InspectionFacts> visible(Account account, String inspectionId) {
        return facts.inspection(inspectionId)
                .filter(i -> ledger.find(account, i.uscc()).isPresent());
    }

    private String when(InspectionFacts i) {
        return x.date(i.doneOn()) + (i.timeSpan() == null || i.timeSpan().isBlank() ? "" : " " + i.timeSpan());
    }

    private String order(InspectionFacts i) {
        return i.orderDeadline() == null
                ? x.t("document.inspection.noOrder")
                : x.t("document.inspection.ordered", x.date(i.orderDeadline()));
    }

    private static Map<String, Object> inputs(InspectionFacts i) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("inspectionId", i.id());
        inputs.put("uscc", i.uscc());
        inputs.put("enterprise", i.enterpriseName());
        inputs.put("inspectors", nz(i.inspectorNames()));
        inputs.put("doneOn", String.valueOf(i.doneOn()));
        inputs.put("site", nz(i.site()));
        inputs.put("findings", nz(i.findings()));
        inputs.put("legalBasis", nz(i.legalBasis()));
        inputs.put("orderDeadline", String.valueOf(i.orderDeadline()));
        inputs.put("penalty", i.penalty());
        return inputs;
    }
}
