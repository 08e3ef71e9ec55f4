package cn.safetygrading.document.service;

import static cn.safetygrading.document.service.DocumentTexts.nz;

import cn.safetygrading.document.domain.DocumentKind;
import cn.safetygrading.document.domain.Issuer;
import cn.safetygrading.document.domain.OfficialDocument;
import cn.safetygrading.document.persistence.DocumentMapper;
import cn.safetygrading.ledger.domain.LedgerHeader;
import cn.safetygrading.ledger.domain.LedgerLine;
import cn.safetygrading.ledger.file.LedgerColumn;
import cn.safetygrading.ledger.file.LedgerFileWriter;
import cn.safetygrading.ledger.service.Departments;
import cn.safetygrading.ledger.service.SignOffService;
import cn.safetygrading.security.domain.Account;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger sign-off sheet as the annex of the 实施方案 prints it (威海市企业安全生产分类分级监督管理基础信息台账 with
 * 审签人, 审签日期, 填报单位, the totals and the eleven columns), for the officials who may see the sign-off. Issued
 * by the signing 市直部门, else the region's 应急管理局.
 */
@Service
@Transactional
public class LedgerDocuments {

    private static final float[] WIDTHS = {0.8f, 3, 2.7f, 3, 2, 0.8f, 0.8f, 1.4f, 1.8f, 1.8f, 1.4f};

    private final DocumentService documents;
    private final DocumentMapper facts;
    private final Issuers issuers;
    private final Departments departments;
    private final SignOffService signOffs;
    private final DocumentTexts x;

    LedgerDocuments(
            DocumentService documents,
            DocumentMapper facts,
            Issuers issuers,
            Departments departments,
            SignOffService signOffs,
            DocumentTexts x) {
        this.documents = documents;
        this.facts = facts;
        this.issuers = issuers;
        this.departments = departments;
        this.signOffs = signOffs;
        this.x = x;
    }

    /** The printed sheet of a sign-off the account may see; never an enterprise. */
    public Optional<OfficialDocument> signOffSheet(Account account, long signOffId) {
        if (account.isEnterprise()) {
            return Optional.empty();
        }
        return signOffs.find(account, signOffId).map(s -> {
            Issuer issuer = s.department() == null
                    ? issuers.forRegion(s.regionCode())
                    : departments
                            .byName(s.department())
                            .map(issuers::of)
                            .orElseGet(() -> issuers.forRegion(s.regionCode()));
            String title =
                    x.t("document.signOff.title", facts.cityName(s.regionCode()).orElse(""));
            LedgerHeader header =
                    new LedgerHeader(title, s.fillingUnit(), s.total(), s.classI(), s.classII(), s.signer(), s.asOf());
            List<LedgerLine> lines = facts.signOffLines(s.id());
            Map<String, Object> inputs = new LinkedHashMap<>();
            inputs.put("signOffId", s.id());
            inputs.put("region", s.regionName());
            inputs.put("department", nz(s.department()));
            inputs.put("asOf", String.valueOf(s.asOf()));
            inputs.put("signer", s.signer());
            inputs.put("total", s.total());
            inputs.put("lines", lines.size());
            return documents.issue(
                    new DocumentService.Subject(
                            DocumentKind.SIGN_OFF_SHEET, String.valueOf(s.id()), null, s.regionCode(), issuer),
                    inputs,
                    account.userId(),
                    stamp -> {
                        OfficialPdf pdf = new OfficialPdf(title, stamp.documentNo(), true);
                        pdf.paragraph(LedgerFileWriter.signLine(header));
                        pdf.note(LedgerFileWriter.fillingLine(header));
                        pdf.table(
                                LedgerColumn.ANNEX.stream()
                                        .map(LedgerColumn::title)
                                        .toList(),
                                lines.stream().map(LedgerDocuments::cells).toList(),
                                WIDTHS);
                        return pdf.sealBox(x.t("document.seal"), issuer.name(), x.date(s.asOf()))
                                .bytes();
                    });
        });
    }

    /** The annex's eleven cells of a line, as the export writes them (Ⅰ, 市级, industry code and name). */
    static List<String> cells(LedgerLine l) {
        List<String> c = new ArrayList<>(11);
        c.add(String.valueOf(l.seq()));
        c.add(l.name());
        c.add(l.uscc());
        c.add(l.address());
        c.add(LedgerFileWriter.industryLabel(l.industryCode(), l.industryName()));
        c.add(LedgerFileWriter.classLabel(l.enterpriseClass()));
        c.add(l.grade());
        c.add(LedgerFileWriter.managementLabel(l.managementLevel()));
        c.add(l.competentDepartment());
        c.add(l.supervisingDepartment());
        c.add(l.remark());
        c.replaceAll(DocumentTexts::nz);
        return c;
    }
}
