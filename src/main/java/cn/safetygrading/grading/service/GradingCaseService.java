package cn.safetygrading.grading.service;

import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.grading.domain.Grades;
import cn.safetygrading.grading.domain.GradingCase;
import cn.safetygrading.grading.domain.GradingRequest;
import cn.safetygrading.grading.domain.GradingRound;
import cn.safetygrading.grading.domain.ScoreResult;
import cn.safetygrading.grading.persistence.CampaignMapper;
import cn.safetygrading.grading.persistence.GradingCaseMapper;
import cn.safetygrading.grading.persistence.GradingRequestMapper;
import cn.safetygrading.ledger.domain.Department;
import cn.safetygrading.ledger.domain.GradingSubject;
import cn.safetygrading.ledger.service.Departments;
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
import java.util.List;
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
    public static final List<String> TRIGGERS = List.of("CAMPAIGN", "WATCH_PERIOD_END", "APPLICATION", "DEPARTMENT");

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
    private final Departments departments;
    private final GradingRequestMapper requests;

    public GradingCaseService(
            GradingCaseMapper cases,
            CampaignMapper campaigns,
            GradeBook gradeBook,
            EnterpriseFileService file,
            GradingFacts facts,
            Decisions decisions,
            NoticeService notices,
            SamplingService sampling,
            GradingProperties properties,
            IdentityService identity,
            ChecklistService checklists,
            ObjectMapper json,
            Clock clock,
            Departments departments,
            GradingRequestMapper requests) {
        this.departments = departments;
        this.requests = requests;
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

    /**
     * Task_PrepareCase: reads the start variables once, checks them and keeps them with the case,
     * together with the region, the checklist and the deadlines every later step uses. Writing any of
     * these variables later changes nothing: later steps read the case. The variables set here are
     * for display (forms, Cockpit, the inbox) only.
     */
    public void prepare(DelegateExecution execution) {
        Object usccValue = execution.getVariable("uscc");
        if (!(usccValue instanceof String uscc) || uscc.isBlank()) {
            throw new GradingRefused("grading.refused.usccRequired");
        }
        if (!uscc.equals(execution.getProcessBusinessKey())) {
            throw new GradingRefused("grading.refused.businessKey", uscc);
        }
        GradingSubject subject = gradeBook.requireSubject(uscc);
        // two gradings of one enterprise never run at once, whoever starts them (a page, a campaign,
        // a watch period, /engine-rest): the lock makes concurrent starts take turns
        requests.lockEnterprise(uscc);
        if (requests.runningOther(uscc, execution.getProcessInstanceId()).isPresent()) {
            throw new GradingRefused("grading.refused.cycleRunning", subject.name());
        }
        Optional<GradingRequest> request = request(execution, uscc);
        String campaignId = startString(execution, "campaignId");
        Optional<Campaign> campaign = Optional.ofNullable(campaignId).flatMap(campaigns::find);
        if (campaignId != null && campaign.isEmpty()) {
            throw new GradingRefused("grading.refused.unknownCampaign", campaignId);
        }
        String trigger = request.map(GradingRequest::trigger)
                .orElseGet(() -> Optional.ofNullable(startString(execution, "trigger"))
                        .orElse(campaign.isPresent() ? "CAMPAIGN" : "APPLICATION"));
        if (!TRIGGERS.contains(trigger)) {
            throw new GradingRefused("grading.refused.trigger", trigger);
        }
        String noticePeriod = Optional.ofNullable(startString(execution, "noticePeriod"))
                .orElse(campaign.map(Campaign::noticePeriod).orElse(properties.noticePeriod()));
        try {
            NoticeService.parsePeriod(noticePeriod);
        } catch (IllegalArgumentException e) {
            throw new GradingRefused("grading.refused.noticePeriod", noticePeriod);
        }
        Object ratio = execution.getVariable("spotCheckRatio");
        if (ratio != null && !(ratio instanceof Number)) {
            throw new GradingRefused("grading.refused.ratio", String.valueOf(ratio));
        }
        BigDecimal spotCheckRatio = ratio instanceof Number n
                ? new BigDecimal(n.toString())
                : campaign.map(Campaign::spotCheckRatio).orElse(properties.spotCheckRatio());
        if (spotCheckRatio.signum() < 0 || spotCheckRatio.compareTo(BigDecimal.ONE) > 0) {
            throw new GradingRefused("grading.refused.ratio", spotCheckRatio.toPlainString());
        }
        spotCheckRatio = spotCheckRatio.setScale(3, RoundingMode.HALF_UP);

        String county = subject.countyCode() != null ? subject.countyCode() : subject.regionCode();
        String city = subject.cityCode() != null ? subject.cityCode() : county;
        ZonedDateTime now = ZonedDateTime.now(clock);
        int year = campaign.map(Campaign::year).orElse(now.getYear());
        String checklistId = checklists
                .current(checklists.industryClassOf(subject.industryCode(), false), year)
                .id();
        OffsetDateTime selfAssessmentDue = campaign.map(Campaign::selfAssessmentDue)
                .orElse(now.plus(properties.selfAssessmentPeriod()).toOffsetDateTime());
        String caseId = UUID.nameUUIDFromBytes(("case:" + execution.getProcessInstanceId()).getBytes())
                .toString();

        cases.insert(new GradingCase(
                caseId,
                execution.getProcessInstanceId(),
                uscc,
                campaignId,
                trigger,
                subject.regionCode(),
                "STARTED",
                subject.grade(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                0,
                OffsetDateTime.now(clock),
                null,
                null,
                noticePeriod,
                spotCheckRatio,
                county,
                city,
                request.map(GradingRequest::department)
                        .filter(d -> departments.byName(d).isPresent())
                        .or(() -> departments.responsibleFor(uscc).map(Department::name))
                        .orElse(null),
                checklistId,
                subject.enterpriseClass(),
                selfAssessmentDue,
                campaign.map(Campaign::reviewDue).orElse(null),
                campaign.map(Campaign::spotCheckDue).orElse(null),
                null,
                null,
                null,
                null,
                null));

        Map<String, Object> display = new LinkedHashMap<>();
        display.put("trigger", trigger);
        display.put("noticePeriod", noticePeriod);
        display.put("spotCheckRatio", spotCheckRatio.doubleValue());
        display.put("regionCode", subject.regionCode());
        display.put("countyCode", county);
        display.put("cityCode", city);
        display.put("enterpriseName", subject.name());
        display.put("enterpriseClass", subject.enterpriseClass());
        display.put("industryCode", subject.industryCode());
        display.put("previousGrade", subject.grade());
        display.put("checklistId", checklistId);
        display.put("caseId", caseId);
        execution.setVariables(display);

        file.record(
                uscc,
                "GRADING_STARTED",
                actor(null),
                "启动分级评定（" + triggerLabel(trigger) + "）",
                details(Map.of(
                        "caseId",
                        caseId,
                        "trigger",
                        trigger,
                        "campaignId",
                        String.valueOf(campaignId),
                        "noticePeriod",
                        noticePeriod,
                        "spotCheckRatio",
                        spotCheckRatio.toPlainString())),
                "grading-started:" + execution.getProcessInstanceId());
    }

    /**
     * The official's request this cycle was started for ({@code gradingRequestId}, see
     * {@link GradingRequests}): it must be of this enterprise and not have started a cycle yet; it is
     * bound to this one now. Its kind gives the trigger and its department the unit that diagnoses.
     */
    private Optional<GradingRequest> request(DelegateExecution execution, String uscc) {
        String id = startString(execution, "gradingRequestId");
        if (id == null) {
            return Optional.empty();
        }
        GradingRequest request = requests.find(id)
                .filter(r -> uscc.equals(r.uscc().strip()))
                .orElseThrow(() -> new GradingRefused("grading.refused.request", id));
        if (requests.bind(id, execution.getProcessInstanceId()) == 0) {
            throw new GradingRefused("grading.refused.request", id);
        }
        return Optional.of(request);
    }

    /** The case of a running grading-cycle instance: what later steps and the BPMN expressions read. */
    @Transactional(readOnly = true)
    public GradingCase caseOf(String processInstanceId) {
        return cases.byProcessInstance(processInstanceId)
                .orElseThrow(
                        () -> new IllegalStateException("no grading case for process instance " + processInstanceId));
    }

    /** The case's open notice, if it is on the notice list now. */
    @Transactional(readOnly = true)
    public Optional<Notice> openNotice(String processInstanceId) {
        return notices.openForCase(caseOf(processInstanceId).id());
    }

    /** The accident facts as they stand now (diagnosis-grade inputs), from the enterprise file. */
    @Transactional(readOnly = true)
    public Map<String, Object> accidentsNow(String processInstanceId) {
        return facts.accidents(caseOf(processInstanceId).uscc());
    }

    @Transactional(readOnly = true)
    public boolean previouslyFalsified(String processInstanceId) {
        return facts.previouslyFalsified(caseOf(processInstanceId).uscc());
    }

    // ------------------------------------------------------------------ user tasks

    /** Each task's own outputs, cleared when it is created so that only its own completion can set them. */
    private static final Map<String, List<String>> OUTPUTS = Map.of(
            SELF_ASSESSMENT, List.of("checklistAnswers"),
            DEPARTMENT_DIAGNOSIS, List.of("checklistAnswers"),
            PRELIMINARY_REVIEW, List.of("reviewDecision", "reviewComment", "returnItems"),
            SPOT_CHECK, List.of("verifiedGrade", "falsified", "spotCheckComment"),
            OBJECTION_REVIEW, List.of("objectionUpheld", "objectionDecision"));

    public void taskCreated(DelegateTask task) {
        cases.setStep(task.getProcessInstanceId(), task.getTaskDefinitionKey());
        OUTPUTS.getOrDefault(task.getTaskDefinitionKey(), List.of()).forEach(task::removeVariable);
        if (OBJECTION_REVIEW.equals(task.getTaskDefinitionKey())) {
            openNotice(task.getProcessInstanceId()).ifPresent(n -> notices.markObjectionsInReview(n.id()));
        }
    }

    /**
     * Re-checks on the server what each task's form requires, records the task's own decision in the
     * case and its round, or refuses the completion. The values decided on (flags, accident facts,
     * the checklist) come from the case and the enterprise file, never from other variables.
     */
    public void taskCompleted(DelegateTask task) {
        String pid = task.getProcessInstanceId();
        GradingCase gradingCase = caseOf(pid);
        String actor = actor(task.getAssignee());
        switch (task.getTaskDefinitionKey()) {
            case SELF_ASSESSMENT, DEPARTMENT_DIAGNOSIS -> {
                boolean self = SELF_ASSESSMENT.equals(task.getTaskDefinitionKey());
                Assessment assessment = assess(task, gradingCase);
                cases.setSelfAssessment(
                        pid, assessment.score(), assessment.vetoFailed(), assessment.mandatoryMissing());
                String kind = self ? "SELF_ASSESSMENT" : "DEPARTMENT_DIAGNOSIS";
                int round = round(gradingCase, kind, task, actor, "SUBMITTED", null, assessment.score(), (String)
                        task.getVariable("comment"));
                file.record(
                        gradingCase.uscc(),
                        kind,
                        actor,
                        (self ? "企业自评申报" : "部门诊断定级")
                                + "（第" + round + "次）：得分 " + assessment.score().toPlainString()
                                + (assessment.vetoFailed() ? "，否决项不合格" : "")
                                + (assessment.mandatoryMissing() ? "，必备项缺失" : ""),
                        null,
                        "task:" + task.getId());
            }
            case PRELIMINARY_REVIEW -> {
                Object decisionValue = task.getVariable("reviewDecision");
                String decision = decisionValue instanceof String d ? d : null;
                String comment = task.getVariable("reviewComment") instanceof String c ? c : null;
                if ("RETURN".equals(decision)) {
                    if (comment == null || comment.isBlank()) {
                        throw new GradingRefused("grading.refused.returnReason");
                    }
                    cases.setReview(pid, "RETURN", null);
                    round(gradingCase, "PRELIMINARY_REVIEW", task, actor, "RETURN", null, null, comment);
                    file.record(
                            gradingCase.uscc(),
                            "REVIEW_RETURNED",
                            actor,
                            "初审退回补正：" + comment,
                            null,
                            "task:" + task.getId());
                    return;
                }
                if (!"APPROVE".equals(decision)) {
                    throw new GradingRefused("grading.refused.reviewDecision", String.valueOf(decisionValue));
                }
                String proposed = grade(task, "proposedGrade");
                if (Boolean.TRUE.equals(gradingCase.mandatoryMissing())) {
                    throw new GradingRefused("grading.refused.mandatoryMissing");
                }
                Map<String, Object> accidents = facts.accidents(gradingCase.uscc());
                boolean forcesD = Boolean.TRUE.equals(gradingCase.vetoFailed())
                        || accidents.values().contains(Boolean.TRUE);
                if (forcesD && !"D".equals(proposed)) {
                    throw new GradingRefused("grading.refused.forcedD");
                }
                cases.setReview(pid, "APPROVE", proposed);
                round(gradingCase, "PRELIMINARY_REVIEW", task, actor, "APPROVE", proposed, null, comment);
                file.record(
                        gradingCase.uscc(),
                        "REVIEW_APPROVED",
                        actor,
                        "初审通过，拟定等级 " + proposed,
                        null,
                        "task:" + task.getId());
            }
            case SPOT_CHECK -> {
                String verified = grade(task, "verifiedGrade");
                boolean falsified = bool(task, "falsified");
                task.setVariable("falsified", falsified);
                cases.setVerification(pid, verified, falsified);
                round(
                        gradingCase,
                        "SPOT_CHECK",
                        task,
                        actor,
                        falsified ? "FALSIFIED" : "VERIFIED",
                        verified,
                        null,
                        task.getVariable("spotCheckComment") instanceof String c ? c : null);
                file.record(
                        gradingCase.uscc(),
                        "SPOT_CHECK",
                        actor,
                        "抽查核定等级 " + verified + (falsified ? "，发现弄虚作假" : ""),
                        null,
                        "task:" + task.getId());
            }
            case OBJECTION_REVIEW -> {
                if (!(task.getVariable("objectionUpheld") instanceof Boolean upheld)) {
                    throw new GradingRefused("grading.refused.objectionUpheld");
                }
                String comment = task.getVariable("objectionDecision") instanceof String c ? c : null;
                openNotice(pid).ifPresent(n -> notices.decideObjections(n.id(), upheld, actor, comment));
                cases.setObjectionDecision(pid, upheld);
                round(
                        gradingCase,
                        "OBJECTION_REVIEW",
                        task,
                        actor,
                        upheld ? "UPHELD" : "DISMISSED",
                        null,
                        null,
                        comment);
                file.record(
                        gradingCase.uscc(),
                        "OBJECTION_DECIDED",
                        actor,
                        upheld ? "异议成立，重新核定" : "异议不成立，继续公示",
                        null,
                        "task:" + task.getId());
            }
            default -> throw new IllegalStateException("no completion rule for task " + task.getTaskDefinitionKey());
        }
    }

    /**
     * The end of a diagnosis-grade business rule task: its result, computed from the case's score and
     * flags and the accident facts, goes into the case in the same transaction. The department's
     * diagnosis is the proposal itself.
     */
    public void decisionTaken(DelegateExecution execution) {
        String pid = execution.getProcessInstanceId();
        switch (execution.getCurrentActivityId()) {
            case "Decision_Diagnose" ->
                cases.setDiagnosis(
                        pid, Grades.require((String) execution.getVariable("diagnosedGrade"), "diagnosedGrade"));
            case "Decision_DiagnoseByDepartment" ->
                cases.setDepartmentProposal(
                        pid, Grades.require((String) execution.getVariable("proposedGrade"), "proposedGrade"));
            default -> throw new IllegalStateException("no decision rule for " + execution.getCurrentActivityId());
        }
    }

    // ------------------------------------------------------------------ service tasks

    public void remind(DelegateExecution execution) {
        String uscc = execution.getProcessBusinessKey();
        OffsetDateTime due = caseOf(execution.getProcessInstanceId()).selfAssessmentDue();
        file.record(
                uscc,
                "REMINDER",
                "system",
                "提醒：请于 " + due.atZoneSameInstant(clock.getZone()).toLocalDate() + " 前完成自评申报",
                null,
                "reminder:" + execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId());
    }

    public void recordMissedDeadline(DelegateExecution execution) {
        cases.setStep(execution.getProcessInstanceId(), "SELF_ASSESSMENT_MISSED");
        file.record(
                execution.getProcessBusinessKey(),
                "DEADLINE_MISSED",
                "system",
                "逾期未完成自评申报，转由区县部门诊断定级",
                null,
                "missed:" + execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId());
    }

    /**
     * Task_PrepareSample: the draw. Its seed is made now, at the draw, from a strong random source
     * and kept with the case (so the stored seed re-computes the draw), never shown to the enterprise;
     * the ratio is the case's, or the campaign's current ratio for the case's county.
     */
    public void prepareSample(DelegateExecution execution) {
        String pid = execution.getProcessInstanceId();
        GradingCase gradingCase = caseOf(pid);
        Grades.require(gradingCase.proposedGrade(), "proposedGrade");
        BigDecimal ratio = gradingCase.spotCheckRatio();
        ratio = sampling.ratioFor(gradingCase.campaignId(), gradingCase.countyCode(), ratio);
        long seed = gradingCase.sampleSeed() != null ? gradingCase.sampleSeed() : sampling.newSeed();
        BigDecimal draw =
                BigDecimal.valueOf(sampling.draw(seed, gradingCase.uscc())).setScale(9, RoundingMode.HALF_UP);
        ratio = ratio.setScale(3, RoundingMode.HALF_UP);
        cases.setDraw(pid, seed, draw, ratio);
        execution.setVariable("sampleDraw", draw.doubleValue());
        execution.setVariable("sampleRatio", ratio.doubleValue());
    }

    /** Task_RecordSample: the outcome of the spot-check-required decision, evaluated just before in this transaction. */
    public void recordSample(DelegateExecution execution) {
        String pid = execution.getProcessInstanceId();
        String reason = (String) execution.getVariable("sampleReason");
        boolean sampled = reason != null && !"NOT_SAMPLED".equals(reason);
        cases.setSample(pid, sampled, reason);
        GradingCase gradingCase = caseOf(pid);
        execution.setVariable("sampled", sampled);
        file.record(
                execution.getProcessBusinessKey(),
                "SAMPLING",
                "system",
                sampled ? "抽中抽查核定（" + reason + "）" : "未抽中抽查核定",
                details(Map.of(
                        "draw",
                        gradingCase.sampleDraw().toPlainString(),
                        "ratio",
                        gradingCase.sampleRatio().toPlainString(),
                        "reason",
                        String.valueOf(reason))),
                "sampling:" + pid + ":" + execution.getActivityInstanceId());
    }

    /** Falsified data raises the county's sampling ratio for the rest of the campaign and is reported. */
    public void recordFalsification(DelegateExecution execution) {
        GradingCase gradingCase = caseOf(execution.getProcessInstanceId());
        String campaignId = gradingCase.campaignId();
        String county = gradingCase.countyCode();
        String uscc = gradingCase.uscc();
        String summary = "抽查核定发现自评数据弄虚作假，予以通报";
        if (campaignId != null) {
            double current = campaigns
                    .regionRatio(campaignId, county)
                    .orElse(gradingCase.spotCheckRatio())
                    .doubleValue();
            BigDecimal raised = BigDecimal.valueOf(Math.min(
                            1.0,
                            current + properties.falsificationRatioIncrease().doubleValue()))
                    .setScale(3, RoundingMode.HALF_UP);
            campaigns.raiseRegionRatio(
                    campaignId, county, raised, "falsification found at " + uscc, OffsetDateTime.now(clock));
            summary += "；" + county + " 本批次抽查比例提高到 "
                    + raised.multiply(BigDecimal.valueOf(100))
                            .stripTrailingZeros()
                            .toPlainString() + "%";
        }
        file.record(
                uscc,
                "FALSIFICATION",
                actor(null),
                summary,
                null,
                "falsification:" + execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId());
    }

    /**
     * Task_PublishNotice: the expert's verified grade, or the proposed grade when no expert verified
     * the case, goes on the public list for the case's notice period, all read from the case.
     */
    public void publishNotice(DelegateExecution execution) {
        String pid = execution.getProcessInstanceId();
        GradingCase gradingCase = caseOf(pid);
        String grade = Grades.require(gradingCase.gradeToPublish(), "notice grade");
        Notice notice = notices.publish(gradingCase.id(), gradingCase.uscc(), grade, gradingCase.noticePeriod());
        cases.setNoticeGrade(pid, notice.grade());
        cases.setStep(pid, "NOTICE");
        execution.setVariable("noticeGrade", notice.grade());
        execution.setVariable("noticeId", notice.id());
        execution.setVariable("noticeEndsAt", Date.from(notice.endsAt().toInstant()));
    }

    public void withdrawNotice(DelegateExecution execution) {
        openNotice(execution.getProcessInstanceId()).ifPresent(n -> notices.withdraw(n.id()));
        execution.removeVariable("verifiedGrade");
    }

    public void dismissObjection(DelegateExecution execution) {
        cases.setStep(execution.getProcessInstanceId(), "NOTICE");
    }

    /**
     * Task_ApplyGrade: the notice grade of the case becomes final unless the accident facts (read
     * again now) force D through the diagnosis-grade decision; the ledger, the enterprise file and the
     * supervision measures follow; a downgrade against the ledger's grade starts a watch period.
     */
    public void applyGrade(DelegateExecution execution) {
        String pid = execution.getProcessInstanceId();
        GradingCase gradingCase = caseOf(pid);
        String uscc = gradingCase.uscc();
        openNotice(pid).ifPresent(n -> notices.close(n.id()));
        String noticeGrade = Grades.require(gradingCase.noticeGrade(), "notice grade");
        Map<String, Object> forcedCheck = new LinkedHashMap<>(facts.accidents(uscc));
        forcedCheck.put("score", 100);
        boolean forcedD = decisions
                .singleEntry("diagnosis-grade", forcedCheck)
                .map("D"::equals)
                .orElse(false);
        String finalGrade = forcedD ? "D" : noticeGrade;
        GradingSubject subject = gradeBook.requireSubject(uscc);
        String before = subject.grade();
        Map<String, Object> measures = decisions
                .supervisionMeasures(subject.enterpriseClass(), finalGrade)
                .orElse(Map.of());
        Integer interval = measures.get("inspectionIntervalMonths") instanceof Number n ? n.intValue() : null;
        if (Grades.isDowngrade(before, finalGrade)) { // the watch period starts: at least as often as C
            interval = WatchIntervals.atLeastAsOftenAsC(decisions, subject.enterpriseClass(), interval);
        }
        String stationing = (String) measures.get("stationing");
        gradeBook.writeGrade(
                uscc,
                finalGrade,
                interval,
                stationing,
                "GRADED",
                actor(null),
                "定级为 " + finalGrade + " 级" + (forcedD ? "（事故，直接判定 D 级）" : "")
                        + (before == null ? "" : "（原 " + before + " 级）"),
                details(Map.of(
                        "caseId",
                        gradingCase.id(),
                        "previousGrade",
                        String.valueOf(before),
                        "inspectionIntervalMonths",
                        String.valueOf(interval),
                        "stationing",
                        String.valueOf(stationing))),
                "graded:" + pid);
        boolean downgraded = Grades.isDowngrade(before, finalGrade);
        cases.finish(pid, finalGrade, downgraded, OffsetDateTime.now(clock));
        execution.setVariable("finalGrade", finalGrade);
        execution.setVariable("downgraded", downgraded);
        execution.setVariable("inspectionIntervalMonths", interval);
        execution.setVariable("stationing", stationing);
    }

    // ------------------------------------------------------------------ helpers

    /** The score and flags of a submission. */
    private record Assessment(BigDecimal score, boolean vetoFailed, boolean mandatoryMissing) {}

    /**
     * The score and the veto and mandatory flags, computed from the checklist answers
     * ({@code checklistAnswers}: item id → MET, PARTIAL, NOT_MET, NOT_APPLICABLE) against the case's
     * checklist, whatever else was sent: the score is never typed in, neither by the enterprise nor by
     * the department. Every item must be answered. The computed values are written back as the task's
     * outputs.
     */
    private Assessment assess(DelegateTask task, GradingCase gradingCase) {
        Object raw = task.getVariable("checklistAnswers");
        if (raw == null) {
            throw new GradingRefused("grading.refused.checklistAnswersRequired");
        }
        String checklistId = gradingCase.checklistId() != null
                ? gradingCase.checklistId()
                : checklists
                        .current(
                                checklists.industryClassOf(
                                        gradeBook
                                                .requireSubject(gradingCase.uscc())
                                                .industryCode(),
                                        false),
                                gradingCase.startedAt().getYear())
                        .id();
        var checklist = checklists
                .find(checklistId)
                .orElseThrow(() -> new GradingRefused("grading.refused.checklistUnknown", checklistId));
        ScoreResult result;
        try {
            result = checklists.score(checklist, answers(raw));
        } catch (InvalidAnswersException e) {
            throw new GradingRefused(e.messageKey(), String.join("、", e.itemIds()));
        }
        BigDecimal score = result.score().setScale(1, RoundingMode.HALF_UP);
        task.setVariable("selfScore", score.doubleValue());
        task.setVariable("vetoFailed", result.vetoFailed());
        task.setVariable("mandatoryMissing", result.mandatoryMissing());
        task.setVariable("failedVetoItems", String.join(",", result.failedVetoItems()));
        task.setVariable("missingMandatoryItems", String.join(",", result.missingMandatoryItems()));
        return new Assessment(score, result.vetoFailed(), result.mandatoryMissing());
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> answers(Object raw) {
        if (raw instanceof Map<?, ?> map) {
            Map<String, String> answers = new LinkedHashMap<>();
            map.forEach((k, v) -> answers.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
            return answers;
        }
        try {
            Object parsed = json.readValue(String.valueOf(raw), Object.class);
            if (parsed instanceof Map<?, ?>) {
                return answers(parsed);
            }
        } catch (JsonProcessingException e) {
            // refused below
        }
        throw new GradingRefused("grading.refused.checklistAnswersInvalid");
    }

    private int round(
            GradingCase gradingCase,
            String kind,
            DelegateTask task,
            String actor,
            String outcome,
            String grade,
            BigDecimal score,
            String comment) {
        int round = cases.countRounds(gradingCase.id(), kind) + 1;
        cases.insertRound(new GradingRound(
                null,
                gradingCase.id(),
                kind,
                round,
                actor,
                OffsetDateTime.now(clock),
                outcome,
                grade,
                score,
                comment,
                null,
                task.getId()));
        return round;
    }

    private static boolean bool(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value != null && !(value instanceof Boolean)) {
            throw new GradingRefused("grading.refused.flag", name);
        }
        return Boolean.TRUE.equals(value);
    }

    private static String grade(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (!(value instanceof String s) || !Grades.isGrade(s)) {
            throw new GradingRefused("grading.refused.grade", name, String.valueOf(value));
        }
        return s;
    }

    /** A start variable as text, or null when absent or blank. */
    private static String startString(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw new GradingRefused(
                    "grading.refused."
                            + ("trigger".equals(name)
                                    ? "trigger"
                                    : "noticePeriod".equals(name) ? "noticePeriod" : "unknownCampaign"),
                    String.valueOf(value));
        }
        return s.isBlank() ? null : s;
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
