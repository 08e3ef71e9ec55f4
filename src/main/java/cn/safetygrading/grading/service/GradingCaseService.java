package cn.safetygrading.grading.service;

import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.grading.domain.Grades;
import cn.safetygrading.grading.domain.GradingCase;
import cn.safetygrading.grading.domain.GradingRound;
import cn.safetygrading.grading.persistence.CampaignMapper;
import cn.safetygrading.grading.persistence.GradingCaseMapper;
import cn.safetygrading.ledger.domain.GradingSubject;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.ledger.service.GradeBook;
import cn.safetygrading.notice.domain.Notice;
import cn.safetygrading.notice.service.NoticeService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of one grading (grading-cycle): what each delegate and task listener does, with the
 * case record, its rounds and the enterprise file kept in step with the engine in the same
 * transaction. Every write is keyed by the process instance or task, so a retried job repeats nothing.
 */
@Service
@Transactional
public class GradingCaseService {

    public static final String SELF_ASSESSMENT = "selfAssessment";
    public static final String PRELIMINARY_REVIEW = "preliminaryReview";
    public static final String DEPARTMENT_DIAGNOSIS = "departmentDiagnosis";
    public static final String SPOT_CHECK = "spotCheck";
    public static final String OBJECTION_REVIEW = "objectionReview";

    private final GradingCaseMapper cases;
    private final CampaignMapper campaigns;
    private final GradeBook gradeBook;
    private final EnterpriseFileService file;
    private final GradingFacts facts;
    private final Decisions decisions;
    private final NoticeService notices;
    private final SamplingService sampling;
    private final GradingProperties properties;
    private final IdentityService identity;
    private final ChecklistService checklists;
    private final ObjectMapper json;
    private final Clock clock;

    public GradingCaseService(GradingCaseMapper cases, CampaignMapper campaigns, GradeBook gradeBook,
                              EnterpriseFileService file, GradingFacts facts, Decisions decisions,
                              NoticeService notices, SamplingService sampling, GradingProperties properties,
                              IdentityService identity, ChecklistService checklists, ObjectMapper json, Clock clock) {
        this.cases = cases;
        this.campaigns = campaigns;
        this.gradeBook = gradeBook;
        this.file = file;
        this.facts = facts;
        this.decisions = decisions;
        this.notices = notices;
        this.sampling = sampling;
        this.properties = properties;
        this.identity = identity;
        this.checklists = checklists;
        this.json = json;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ start

    /** Task_PrepareCase: the case record, the variables every later step uses, the deadlines. */
    public void prepare(DelegateExecution execution) {
        String uscc = requireString(execution, "uscc");
        if (!uscc.equals(execution.getProcessBusinessKey())) {
            throw new IllegalArgumentException("the business key must be the enterprise's USCC " + uscc);
        }
        GradingSubject subject = gradeBook.requireSubject(uscc);
        String campaignId = (String) execution.getVariable("campaignId");
        Optional<Campaign> campaign = Optional.ofNullable(campaignId).flatMap(campaigns::find);
        if (campaignId != null && campaign.isEmpty()) {
            throw new IllegalArgumentException("unknown campaign " + campaignId);
        }
        String trigger = Optional.ofNullable((String) execution.getVariable("trigger"))
                .orElse(campaign.isPresent() ? "CAMPAIGN" : "APPLICATION");
        if (!java.util.List.of("CAMPAIGN", "WATCH_PERIOD_END", "APPLICATION", "DEPARTMENT").contains(trigger)) {
            throw new IllegalArgumentException("unknown trigger " + trigger);
        }
        String noticePeriod = Optional.ofNullable((String) execution.getVariable("noticePeriod"))
                .orElse(campaign.map(Campaign::noticePeriod).orElse(properties.noticePeriod()));
        NoticeService.parsePeriod(noticePeriod);
        Object ratio = execution.getVariable("spotCheckRatio");
        double spotCheckRatio = ratio instanceof Number n ? n.doubleValue()
                : campaign.map(c -> c.spotCheckRatio().doubleValue()).orElse(properties.spotCheckRatio().doubleValue());
        if (spotCheckRatio < 0 || spotCheckRatio > 1) {
            throw new IllegalArgumentException("spotCheckRatio must be between 0 and 1");
        }

        String county = subject.countyCode() != null ? subject.countyCode() : subject.regionCode();
        String city = subject.cityCode() != null ? subject.cityCode() : county;
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("trigger", trigger);
        vars.put("noticePeriod", noticePeriod);
        vars.put("spotCheckRatio", spotCheckRatio);
        vars.put("regionCode", subject.regionCode());
        vars.put("countyCode", county);
        vars.put("cityCode", city);
        vars.put("enterpriseName", subject.name());
        vars.put("enterpriseClass", subject.enterpriseClass());
        vars.put("industryCode", subject.industryCode());
        vars.put("previousGrade", subject.grade());
        vars.putAll(facts.accidents(uscc));
        ZonedDateTime now = ZonedDateTime.now(clock);
        int year = campaign.map(Campaign::year).orElse(now.getYear());
        vars.put("checklistId", checklists.current(checklists.industryClassOf(subject.industryCode(), false), year).id());
        vars.put(cn.safetygrading.grading.process.GradingDeadlines.SELF_ASSESSMENT_DUE, campaign
                .map(c -> Date.from(c.selfAssessmentDue().toInstant()))
                .orElse(Date.from(now.plus(properties.selfAssessmentPeriod()).toInstant())));
        campaign.ifPresent(c -> {
            vars.put(cn.safetygrading.grading.process.GradingDeadlines.REVIEW_DUE, Date.from(c.reviewDue().toInstant()));
            vars.put(cn.safetygrading.grading.process.GradingDeadlines.SPOT_CHECK_DUE, Date.from(c.spotCheckDue().toInstant()));
        });
        String caseId = UUID.nameUUIDFromBytes(("case:" + execution.getProcessInstanceId()).getBytes()).toString();
        vars.put("caseId", caseId);
        execution.setVariables(vars);

        cases.insert(new GradingCase(caseId, execution.getProcessInstanceId(), uscc, campaignId, trigger,
                subject.regionCode(), "STARTED", subject.grade(), null, null, null, null, null, null, null, null,
                null, null, false, null, null, 0, OffsetDateTime.now(clock), null));
        file.record(uscc, "GRADING_STARTED", actor(null), "启动分级评定（" + triggerLabel(trigger) + "）",
                details(Map.of("caseId", caseId, "trigger", trigger, "campaignId", String.valueOf(campaignId))),
                "grading-started:" + execution.getProcessInstanceId());
    }

    // ------------------------------------------------------------------ user tasks

    public void taskCreated(DelegateTask task) {
        cases.setStep(task.getProcessInstanceId(), task.getTaskDefinitionKey());
        if (OBJECTION_REVIEW.equals(task.getTaskDefinitionKey())) {
            notices.markObjectionsInReview((String) task.getVariable("noticeId"));
        }
    }

    /** Re-checks on the server what each task's form requires, records the round and the case, or refuses the completion. */
    public void taskCompleted(DelegateTask task) {
        String pid = task.getProcessInstanceId();
        GradingCase gradingCase = cases.byProcessInstance(pid)
                .orElseThrow(() -> new IllegalStateException("no grading case for process instance " + pid));
        String actor = actor(task.getAssignee());
        switch (task.getTaskDefinitionKey()) {
            case SELF_ASSESSMENT, DEPARTMENT_DIAGNOSIS -> {
                computeFromChecklist(task);
                BigDecimal score = score(task);
                boolean veto = bool(task, "vetoFailed");
                boolean mandatory = bool(task, "mandatoryMissing");
                task.setVariable("vetoFailed", veto);
                task.setVariable("mandatoryMissing", mandatory);
                task.setVariable("proposalBy", SELF_ASSESSMENT.equals(task.getTaskDefinitionKey()) ? "REVIEW" : "DEPARTMENT");
                cases.setSelfAssessment(pid, score, veto, mandatory);
                String kind = SELF_ASSESSMENT.equals(task.getTaskDefinitionKey()) ? "SELF_ASSESSMENT" : "DEPARTMENT_DIAGNOSIS";
                int round = round(gradingCase, kind, task, actor, "SUBMITTED", null, score,
                        (String) task.getVariable("comment"));
                file.record(gradingCase.uscc(), kind, actor, (kind.equals("SELF_ASSESSMENT") ? "企业自评申报" : "部门诊断定级")
                        + "（第" + round + "次）：得分 " + score.toPlainString()
                        + (veto ? "，否决项不合格" : "") + (mandatory ? "，必备项缺失" : ""), null, "task:" + task.getId());
            }
            case PRELIMINARY_REVIEW -> {
                String decision = requireString(task, "reviewDecision");
                String comment = (String) task.getVariable("reviewComment");
                if ("RETURN".equals(decision)) {
                    if (comment == null || comment.isBlank()) {
                        throw new IllegalArgumentException("a returned submission needs the reasons (reviewComment)");
                    }
                    round(gradingCase, "PRELIMINARY_REVIEW", task, actor, "RETURN", null, null, comment);
                    file.record(gradingCase.uscc(), "REVIEW_RETURNED", actor, "初审退回补正：" + comment, null, "task:" + task.getId());
                    return;
                }
                if (!"APPROVE".equals(decision)) {
                    throw new IllegalArgumentException("reviewDecision must be APPROVE or RETURN, not '" + decision + "'");
                }
                String proposed = Grades.require((String) task.getVariable("proposedGrade"), "proposedGrade");
                if (bool(task, "mandatoryMissing")) {
                    throw new IllegalArgumentException("mandatory items (必备项) are missing: the submission cannot pass the review; return it");
                }
                if ((bool(task, "vetoFailed") || Boolean.TRUE.equals(task.getVariable("fatalAccidentWithin3Years"))
                        || Boolean.TRUE.equals(task.getVariable("generalAccident"))) && !"D".equals(proposed)) {
                    throw new IllegalArgumentException("a failed veto item or an accident forces grade D");
                }
                cases.setProposal(pid, (String) task.getVariable("diagnosedGrade"), proposed);
                round(gradingCase, "PRELIMINARY_REVIEW", task, actor, "APPROVE", proposed, null, comment);
                file.record(gradingCase.uscc(), "REVIEW_APPROVED", actor, "初审通过，拟定等级 " + proposed, null, "task:" + task.getId());
            }
            case SPOT_CHECK -> {
                String verified = Grades.require((String) task.getVariable("verifiedGrade"), "verifiedGrade");
                boolean falsified = bool(task, "falsified");
                task.setVariable("falsified", falsified);
                cases.setVerification(pid, verified, falsified);
                round(gradingCase, "SPOT_CHECK", task, actor, falsified ? "FALSIFIED" : "VERIFIED", verified, null,
                        (String) task.getVariable("spotCheckComment"));
                file.record(gradingCase.uscc(), "SPOT_CHECK", actor, "抽查核定等级 " + verified + (falsified ? "，发现弄虚作假" : ""),
                        null, "task:" + task.getId());
            }
            case OBJECTION_REVIEW -> {
                Object upheld = task.getVariable("objectionUpheld");
                if (!(upheld instanceof Boolean)) {
                    throw new IllegalArgumentException("objectionUpheld (true or false) is required");
                }
                String comment = (String) task.getVariable("objectionDecision");
                notices.decideObjections((String) task.getVariable("noticeId"), (Boolean) upheld, actor, comment);
                round(gradingCase, "OBJECTION_REVIEW", task, actor, (Boolean) upheld ? "UPHELD" : "DISMISSED", null, null, comment);
                file.record(gradingCase.uscc(), "OBJECTION_DECIDED", actor, (Boolean) upheld ? "异议成立，重新核定" : "异议不成立，继续公示",
                        null, "task:" + task.getId());
            }
            default -> throw new IllegalStateException("no completion rule for task " + task.getTaskDefinitionKey());
        }
    }

    // ------------------------------------------------------------------ service tasks

    public void remind(DelegateExecution execution) {
        String uscc = execution.getProcessBusinessKey();
        Date due = (Date) execution.getVariable(cn.safetygrading.grading.process.GradingDeadlines.SELF_ASSESSMENT_DUE);
        file.record(uscc, "REMINDER", "system", "提醒：请于 " + due.toInstant().atZone(clock.getZone()).toLocalDate()
                + " 前完成自评申报", null, "reminder:" + execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId());
    }

    public void recordMissedDeadline(DelegateExecution execution) {
        cases.setStep(execution.getProcessInstanceId(), "SELF_ASSESSMENT_MISSED");
        file.record(execution.getProcessBusinessKey(), "DEADLINE_MISSED", "system", "逾期未完成自评申报，转由区县部门诊断定级",
                null, "missed:" + execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId());
    }

    /** Task_PrepareSample: the reproducible random draw, the ratio in force for the county, earlier falsification. */
    public void prepareSample(DelegateExecution execution) {
        String pid = execution.getProcessInstanceId();
        String uscc = execution.getProcessBusinessKey();
        String proposed = (String) execution.getVariable("proposedGrade");
        Grades.require(proposed, "proposedGrade");
        if ("DEPARTMENT".equals(execution.getVariable("proposalBy"))) {
            cases.setProposal(pid, proposed, proposed);
        }
        String campaignId = (String) execution.getVariable("campaignId");
        String county = (String) execution.getVariable("countyCode");
        double ratio = ((Number) execution.getVariable("spotCheckRatio")).doubleValue();
        long seed;
        if (campaignId != null) {
            Campaign campaign = campaigns.find(campaignId).orElseThrow();
            seed = campaign.seed();
            ratio = campaigns.regionRatio(campaignId, county).map(BigDecimal::doubleValue).orElse(ratio);
        } else {
            seed = sampling.seedFor(pid);
        }
        double draw = sampling.draw(seed, uscc);
        execution.setVariable("sampleSeed", seed);
        execution.setVariable("sampleDraw", draw);
        execution.setVariable("sampleRatio", ratio);
        execution.setVariable("previouslyFalsified", facts.previouslyFalsified(uscc));
    }

    /** Task_RecordSample: the outcome of the spot-check-required decision. */
    public void recordSample(DelegateExecution execution) {
        String reason = (String) execution.getVariable("sampleReason");
        boolean sampled = reason != null && !"NOT_SAMPLED".equals(reason);
        BigDecimal draw = BigDecimal.valueOf((Double) execution.getVariable("sampleDraw")).setScale(9, RoundingMode.HALF_UP);
        BigDecimal ratio = BigDecimal.valueOf(((Number) execution.getVariable("sampleRatio")).doubleValue()).setScale(3, RoundingMode.HALF_UP);
        cases.setSample(execution.getProcessInstanceId(), sampled, draw, ratio, reason);
        execution.setVariable("sampled", sampled);
        file.record(execution.getProcessBusinessKey(), "SAMPLING", "system",
                sampled ? "抽中抽查核定（" + reason + "）" : "未抽中抽查核定",
                details(Map.of("seed", String.valueOf(execution.getVariable("sampleSeed")), "draw", draw.toPlainString(),
                        "ratio", ratio.toPlainString(), "reason", String.valueOf(reason))),
                "sampling:" + execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId());
    }

    /** Falsified data raises the county's sampling ratio for the rest of the campaign and is reported. */
    public void recordFalsification(DelegateExecution execution) {
        String campaignId = (String) execution.getVariable("campaignId");
        String county = (String) execution.getVariable("countyCode");
        String uscc = execution.getProcessBusinessKey();
        String summary = "抽查核定发现自评数据弄虚作假，予以通报";
        if (campaignId != null) {
            double current = campaigns.regionRatio(campaignId, county).map(BigDecimal::doubleValue)
                    .orElse(((Number) execution.getVariable("spotCheckRatio")).doubleValue());
            BigDecimal raised = BigDecimal.valueOf(Math.min(1.0, current + properties.falsificationRatioIncrease().doubleValue()))
                    .setScale(3, RoundingMode.HALF_UP);
            campaigns.raiseRegionRatio(campaignId, county, raised, "falsification found at " + uscc, OffsetDateTime.now(clock));
            summary += "；" + county + " 本批次抽查比例提高到 " + raised.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
        }
        file.record(uscc, "FALSIFICATION", actor(null), summary, null,
                "falsification:" + execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId());
    }

    /** Task_PublishNotice: the verified grade, or the proposed one when not sampled, goes on the public list. */
    public void publishNotice(DelegateExecution execution) {
        String pid = execution.getProcessInstanceId();
        String verified = (String) execution.getVariable("verifiedGrade");
        String grade = verified != null ? verified : (String) execution.getVariable("proposedGrade");
        Grades.require(grade, "notice grade");
        Notice notice = notices.publish((String) execution.getVariable("caseId"), execution.getProcessBusinessKey(), grade,
                (String) execution.getVariable("noticePeriod"));
        cases.setNoticeGrade(pid, grade);
        cases.setStep(pid, "NOTICE");
        execution.setVariable("noticeGrade", grade);
        execution.setVariable("noticeId", notice.id());
        execution.setVariable("noticeEndsAt", Date.from(notice.endsAt().toInstant()));
    }

    public void withdrawNotice(DelegateExecution execution) {
        notices.withdraw((String) execution.getVariable("noticeId"));
        execution.removeVariable("verifiedGrade");
    }

    public void dismissObjection(DelegateExecution execution) {
        cases.setStep(execution.getProcessInstanceId(), "NOTICE");
    }

    /**
     * Task_ApplyGrade: the notice grade becomes final unless the accident facts (read again now)
     * force D through the diagnosis-grade decision; the ledger, the enterprise file and the
     * supervision measures follow; a downgrade against the ledger's grade starts a watch period.
     */
    public void applyGrade(DelegateExecution execution) {
        String pid = execution.getProcessInstanceId();
        String uscc = execution.getProcessBusinessKey();
        notices.close((String) execution.getVariable("noticeId"));
        String noticeGrade = (String) execution.getVariable("noticeGrade");
        Map<String, Object> forcedCheck = new LinkedHashMap<>(facts.accidents(uscc));
        forcedCheck.put("score", 100);
        boolean forcedD = decisions.singleEntry("diagnosis-grade", forcedCheck).map("D"::equals).orElse(false);
        String finalGrade = forcedD ? "D" : noticeGrade;
        GradingSubject subject = gradeBook.requireSubject(uscc);
        String before = subject.grade();
        Map<String, Object> measures = decisions.supervisionMeasures(subject.enterpriseClass(), finalGrade).orElse(Map.of());
        Integer interval = measures.get("inspectionIntervalMonths") instanceof Number n ? n.intValue() : null;
        String stationing = (String) measures.get("stationing");
        gradeBook.writeGrade(uscc, finalGrade, interval, stationing, "GRADED", actor(null),
                "定级为 " + finalGrade + " 级" + (forcedD ? "（事故，直接判定 D 级）" : "") + (before == null ? "" : "（原 " + before + " 级）"),
                details(Map.of("caseId", String.valueOf(execution.getVariable("caseId")), "previousGrade", String.valueOf(before),
                        "inspectionIntervalMonths", String.valueOf(interval), "stationing", String.valueOf(stationing))),
                "graded:" + pid);
        cases.finish(pid, finalGrade, OffsetDateTime.now(clock));
        execution.setVariable("finalGrade", finalGrade);
        execution.setVariable("downgraded", Grades.isDowngrade(before, finalGrade));
        execution.setVariable("inspectionIntervalMonths", interval);
        execution.setVariable("stationing", stationing);
    }

    // ------------------------------------------------------------------ helpers

    /**
     * When the checklist answers come with the submission ({@code checklistAnswers}: item id →
     * MET, PARTIAL, NOT_MET, NOT_APPLICABLE), the score and the veto and mandatory flags are computed
     * from them, whatever else was sent: the score is never typed in. Every item must be answered.
     */
    private void computeFromChecklist(DelegateTask task) {
        Object raw = task.getVariable("checklistAnswers");
        if (raw == null) {
            return;
        }
        Map<String, String> answers = answers(raw);
        String checklistId = requireString(task, "checklistId");
        var checklist = checklists.find(checklistId)
                .orElseThrow(() -> new IllegalArgumentException("unknown checklist " + checklistId));
        var result = checklists.score(checklist, answers);
        task.setVariable("selfScore", result.score().doubleValue());
        task.setVariable("vetoFailed", result.vetoFailed());
        task.setVariable("mandatoryMissing", result.mandatoryMissing());
        task.setVariable("failedVetoItems", String.join(",", result.failedVetoItems()));
        task.setVariable("missingMandatoryItems", String.join(",", result.missingMandatoryItems()));
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> answers(Object raw) {
        if (raw instanceof Map<?, ?> map) {
            Map<String, String> answers = new LinkedHashMap<>();
            map.forEach((k, v) -> answers.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
            return answers;
        }
        try {
            return json.readValue(String.valueOf(raw), Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("checklistAnswers must be a JSON object of item id to answer");
        }
    }

    private int round(GradingCase gradingCase, String kind, DelegateTask task, String actor, String outcome,
                      String grade, BigDecimal score, String comment) {
        int round = cases.countRounds(gradingCase.id(), kind) + 1;
        cases.insertRound(new GradingRound(null, gradingCase.id(), kind, round, actor, OffsetDateTime.now(clock), outcome,
                grade, score, comment, null, task.getId()));
        return round;
    }

    private static BigDecimal score(VariableScope scope) {
        Object value = scope.getVariable("selfScore");
        if (!(value instanceof Number n)) {
            throw new IllegalArgumentException("selfScore (a number from 0 to 100) is required");
        }
        BigDecimal score = new BigDecimal(n.toString()).setScale(1, RoundingMode.HALF_UP);
        if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("selfScore must be between 0 and 100, not " + n);
        }
        return score;
    }

    private static boolean bool(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value != null && !(value instanceof Boolean)) {
            throw new IllegalArgumentException(name + " must be true or false");
        }
        return Boolean.TRUE.equals(value);
    }

    private static String requireString(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (!(value instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return s;
    }

    /** Who acts: the engine's authenticated user (REST, webapps), else the task's assignee, else the system. */
    private String actor(String assignee) {
        Authentication auth = identity.getCurrentAuthentication();
        if (auth != null && auth.getUserId() != null) {
            return auth.getUserId();
        }
        return assignee != null ? assignee : "system";
    }

    private String details(Map<String, String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String triggerLabel(String trigger) {
        return switch (trigger) {
            case "CAMPAIGN" -> "分级工作批次";
            case "WATCH_PERIOD_END" -> "重点关注期满重新定级";
            case "DEPARTMENT" -> "部门诊断";
            default -> "企业申请";
        };
    }
}
