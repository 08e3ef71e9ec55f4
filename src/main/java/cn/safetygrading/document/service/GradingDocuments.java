package cn.safetygrading.document.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.document.domain.CaseFacts;
import cn.safetygrading.document.domain.DocumentKind;
import cn.safetygrading.document.domain.Issuer;
import cn.safetygrading.document.domain.ListedNotice;
import cn.safetygrading.document.domain.OfficialDocument;
import cn.safetygrading.document.domain.RoundLine;
import cn.safetygrading.document.persistence.DocumentMapper;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of the grading: the 公示 of a campaign's published list, the 分级结果告知书 of a finished
 * case and its 审批单. Each is issued once by whoever may see the decision and served again afterwards.
 */
@Service
@Transactional
public class GradingDocuments {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DocumentService documents;
    private final DocumentMapper facts;
    private final Issuers issuers;
    private final LedgerService ledger;
    private final Translations texts;
    private final Clock clock;
    private final String objectionPhone;

    public GradingDocuments(
            DocumentService documents,
            DocumentMapper facts,
            Issuers issuers,
            LedgerService ledger,
            Translations texts,
            Clock clock,
            @Value("${app.documents.objection-phone:12350}") String objectionPhone) {
        this.documents = documents;
        this.facts = facts;
        this.issuers = issuers;
        this.ledger = ledger;
        this.texts = texts;
        this.clock = clock;
        this.objectionPhone = objectionPhone;
    }

    /** The 分级结果告知书 of a finished case, for whoever may see the enterprise (the enterprise itself too). */
    public Optional<OfficialDocument> gradeResult(Account account, String caseId) {
        return finishedCase(account, caseId).map(c -> {
            Issuer issuer = issuers.forEnterprise(c.uscc(), c.regionCode());
            Map<String, Object> inputs = caseInputs(c);
            return documents.issue(
                    new DocumentService.Subject(DocumentKind.GRADE_RESULT, c.caseId(), c.uscc(), null, issuer),
                    inputs,
                    account.userId(),
                    stamp -> {
                        OfficialPdf pdf = new OfficialPdf(t("document.kind.GRADE_RESULT"), stamp.documentNo());
                        pdf.paragraph(t("document.gradeResult.to", c.enterpriseName()));
                        pdf.paragraph(t(
                                "document.gradeResult.body",
                                c.enterpriseName(),
                                c.uscc(),
                                campaign(c),
                                date(c.finishedAt()),
                                c.finalGrade()));
                        pdf.table(
                                List.of(t("document.field"), t("document.value")),
                                List.of(
                                        List.of(t("document.enterprise"), c.enterpriseName()),
                                        List.of(t("document.uscc"), c.uscc()),
                                        List.of(t("document.address"), nz(c.address())),
                                        List.of(t("document.region"), c.regionName()),
                                        List.of(t("document.supervisingDepartment"), nz(c.supervisingDepartment())),
                                        List.of(t("document.enterpriseClass"), nz(c.enterpriseClass())),
                                        List.of(t("document.previousGrade"), nz(c.previousGrade())),
                                        List.of(t("document.finalGrade"), c.finalGrade()),
                                        List.of(t("document.decidedOn"), date(c.finishedAt()))),
                                new float[] {1, 3});
                        pdf.paragraph(t("document.gradeResult.meaning." + c.finalGrade()));
                        pdf.paragraph(t("document.gradeResult.appeal"));
                        return pdf.sealBox(t("document.seal"), issuer.name(), date(stamp.issuedAt()))
                                .bytes();
                    });
        });
    }

    /** The 审批单 of a finished case: each step's opinion, official and time; officials only. */
    public Optional<OfficialDocument> approvalSheet(Account account, String caseId) {
        if (account.isEnterprise()) {
            return Optional.empty();
        }
        return finishedCase(account, caseId).map(c -> {
            Issuer issuer = issuers.forEnterprise(c.uscc(), c.regionCode());
            List<RoundLine> rounds = facts.rounds(c.caseId());
            Map<String, Object> inputs = caseInputs(c);
            inputs.put(
                    "rounds",
                    rounds.stream()
                            .map(r -> List.of(
                                    r.kind(),
                                    r.round(),
                                    nz(r.actorName()),
                                    String.valueOf(r.decidedAt()),
                                    nz(r.outcome()),
                                    nz(r.grade()),
                                    nz(r.comment())))
                            .toList());
            return documents.issue(
                    new DocumentService.Subject(DocumentKind.APPROVAL_SHEET, c.caseId(), c.uscc(), null, issuer),
                    inputs,
                    account.userId(),
                    stamp -> {
                        OfficialPdf pdf = new OfficialPdf(t("document.kind.APPROVAL_SHEET"), stamp.documentNo());
                        pdf.paragraph(t("document.approval.subject", c.enterpriseName(), c.uscc(), campaign(c)));
                        List<List<String>> rows = new ArrayList<>();
                        for (RoundLine r : rounds) {
                            rows.add(List.of(
                                    t("document.step." + r.kind()),
                                    nz(r.actorName()),
                                    time(r.decidedAt()),
                                    outcome(r),
                                    nz(r.comment())));
                        }
                        pdf.table(
                                List.of(
                                        t("document.approval.step"),
                                        t("document.approval.official"),
                                        t("document.approval.time"),
                                        t("document.approval.outcome"),
                                        t("document.approval.opinion")),
                                rows,
                                new float[] {2, 1.5f, 2, 1.5f, 4});
                        pdf.paragraph(t("document.approval.final", c.finalGrade(), time(c.finishedAt())));
                        return pdf.sealBox(t("document.seal"), issuer.name(), date(stamp.issuedAt()))
                                .bytes();
                    });
        });
    }

    /**
     * The 公示 of the campaign's list as published now, for the managers and administrators whose scope holds
     * the campaign's region; the same list is the same document, a changed list a new one.
     */
    public Optional<OfficialDocument> noticeList(Account account, String campaignId) {
        if (account.isEnterprise() || !(account.isAdmin() || account.has(Role.MANAGER))) {
            return Optional.empty();
        }
        Optional<String> regionCode = facts.campaignRegion(campaignId);
        if (regionCode.isEmpty()
                || ledger.regions(account).stream().noneMatch(r -> r.code().equals(regionCode.get()))) {
            return Optional.empty();
        }
        List<ListedNotice> listed = facts.campaignNotices(campaignId, OffsetDateTime.now(clock));
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        String campaignName = facts.campaignName(campaignId).orElse("");
        Issuer issuer = issuers.forRegion(regionCode.get());
        OffsetDateTime starts = listed.stream()
                .map(ListedNotice::startsAt)
                .min(OffsetDateTime::compareTo)
                .orElseThrow();
        OffsetDateTime ends = listed.stream()
                .map(ListedNotice::endsAt)
                .max(OffsetDateTime::compareTo)
                .orElseThrow();
        String key = campaignId + ":"
                + DocumentService.sha256(String.join(
                                ",",
                                listed.stream()
                                        .map(ListedNotice::noticeId)
                                        .sorted()
                                        .toList())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("campaignId", campaignId);
        inputs.put("campaign", campaignName);
        inputs.put("startsAt", String.valueOf(starts));
        inputs.put("endsAt", String.valueOf(ends));
        inputs.put("phone", objectionPhone);
        inputs.put(
                "list",
                listed.stream()
                        .map(n -> List.of(n.noticeId(), n.uscc(), n.grade()))
                        .toList());
        return Optional.of(documents.issue(
                new DocumentService.Subject(DocumentKind.NOTICE_LIST, key, null, regionCode.get(), issuer),
                inputs,
                account.userId(),
                stamp -> {
                    OfficialPdf pdf = new OfficialPdf(t("document.kind.NOTICE_LIST"), stamp.documentNo());
                    pdf.paragraph(t("document.notice.body", issuer.name(), campaignName, listed.size()));
                    pdf.paragraph(t("document.notice.period", date(starts), date(ends)));
                    List<List<String>> rows = new ArrayList<>();
                    int i = 1;
                    for (ListedNotice n : listed) {
                        rows.add(List.of(String.valueOf(i++), n.enterpriseName(), n.uscc(), n.regionName(), n.grade()));
                    }
                    pdf.table(
                            List.of(
                                    t("document.no"),
                                    t("document.enterprise"),
                                    t("document.uscc"),
                                    t("document.region"),
                                    t("document.notice.grade")),
                            rows,
                            new float[] {0.9f, 4, 2.6f, 1.4f, 1.3f});
                    pdf.paragraph(t("document.notice.objection", date(ends), objectionPhone));
                    return pdf.sealBox(t("document.seal"), issuer.name(), date(stamp.issuedAt()))
                            .bytes();
                }));
    }

    /** The enterprise's finished gradings, newest first, if the account may see the enterprise. */
    @Transactional(readOnly = true)
    public List<CaseFacts> finishedCases(Account account, String uscc) {
        return ledger.find(account, uscc).map(e -> facts.finishedCases(uscc)).orElse(List.of());
    }

    private Optional<CaseFacts> finishedCase(Account account, String caseId) {
        return facts.caseFacts(caseId)
                .filter(c -> c.finalGrade() != null && c.finishedAt() != null)
                .filter(c -> ledger.find(account, c.uscc()).isPresent());
    }

    private Map<String, Object> caseInputs(CaseFacts c) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("caseId", c.caseId());
        inputs.put("uscc", c.uscc());
        inputs.put("enterprise", c.enterpriseName());
        inputs.put("finalGrade", c.finalGrade());
        inputs.put("finishedAt", String.valueOf(c.finishedAt()));
        inputs.put("campaign", nz(c.campaignName()));
        return inputs;
    }

    private String campaign(CaseFacts c) {
        return c.campaignName() != null ? c.campaignName() : t("document.trigger." + c.trigger());
    }

    private String outcome(RoundLine r) {
        String outcome = r.outcome() == null ? "" : t("round.outcome." + r.outcome());
        return r.grade() == null ? outcome : (outcome.isEmpty() ? r.grade() : outcome + " " + r.grade());
    }

    private String t(String key, Object... params) {
        return texts.getTranslation(key, Translations.CHINESE, params);
    }

    private String date(OffsetDateTime at) {
        return at == null
                ? ""
                : at.atZoneSameInstant(clock.getZone()).format(DateTimeFormatter.ofPattern(t("document.datePattern")));
    }

    private String time(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(clock.getZone()).format(TIME);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
