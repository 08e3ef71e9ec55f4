package cn.safetygrading.grading.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.grading.domain.Grades;
import cn.safetygrading.grading.domain.GradingCase;
import cn.safetygrading.grading.domain.GradingStep;
import cn.safetygrading.grading.domain.RoundKind;
import cn.safetygrading.grading.domain.RoundOutcome;
import cn.safetygrading.grading.domain.ScoreResult;
import cn.safetygrading.grading.persistence.GradingCaseMapper;
import cn.safetygrading.ledger.domain.Grade;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.ledger.service.GradeBook;
import cn.safetygrading.notice.service.NoticeService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user tasks of a grading (self-assessment, department diagnosis, preliminary review, spot
 * check, objection review): what their creation and completion record in the case, its rounds and
 * the enterprise file. The task listener reads the task once into a {@link TaskSubmission}.
 * <p>
 * Long because each of the five tasks' record (what a completion writes into the case, its round and the file) is
 * short and they share the case's checks; split per task they would repeat them.
 */
@Service
@Transactional
public class GradingTasks {

    /** The task variables a completion reads: each task's own form outputs. */
    public static final Set<String> INPUTS = Set.of(
            "checklistAnswers",
            "comment",
            "reviewDecision",
            "reviewComment",
            "proposedGrade",
            "verifiedGrade",
            "falsified",
            "spotCheckComment",
            "objectionUpheld",
            "objectionDecision");

    /** A completed task as its listener read it: its ids, its assignee and the values of {@link #INPUTS}. */
    public record TaskSubmission(
            String taskId, String processInstanceId, GradingStep step, String assignee, Map<String, Object> values) {

        Object value(String name) {
            return values.get(name);
        }

        String text(String name) {
            return values.get(name) instanceof String s ? s : null;
        }
    }

    private final GradingCaseService gradingCases;
    private final GradingCaseMapper cases;
    private final GradeBook gradeBook;
    private final EnterpriseFileService file;
    private final GradingFacts facts;
    private final NoticeService notices;
    private final ChecklistService checklists;
    private final ObjectMapper json;
    private final CaseRecords records;
    private final Translations texts;

    GradingTasks(
            Translations texts,
            GradingCaseService gradingCases,
            GradingCaseMapper cases,
            GradeBook gradeBook,
            EnterpriseFileService file,
            GradingFacts facts,
            NoticeService notices,
            ChecklistService checklists,
            ObjectMapper json,
            CaseRecords records) {
        this.texts = texts;
        this.gradingCases = gradingCases;
        this.cases = cases;
        this.gradeBook = gradeBook;
        this.file = file;
        this.facts = facts;
        this.notices = notices;
        this.checklists = checklists;
        this.json = json;
        this.records = records;
    }

    /** Each task's own outputs, cleared when it is created so that only its own completion can set them. */
    private static final Map<GradingStep, List<String>> OUTPUTS = Map.of(
            GradingStep.selfAssessment, List.of("checklistAnswers"),
            GradingStep.departmentDiagnosis, List.of("checklistAnswers"),
            GradingStep.preliminaryReview, List.of("reviewDecision", "reviewComment", "returnItems"),
            GradingStep.spotCheck, List.of("verifiedGrade", "falsified", "spotCheckComment"),
            GradingStep.objectionReview, List.of("objectionUpheld", "objectionDecision"));

    /** A task was created: the case's step follows; returns the task's outputs the listener must clear. */
    public List<String> taskCreated(String processInstanceId, GradingStep step) {
        cases.setStep(processInstanceId, step);
        if (step == GradingStep.objectionReview) {
            gradingCases.openNotice(processInstanceId).ifPresent(n -> notices.markObjectionsInReview(n.id()));
        }
        return OUTPUTS.getOrDefault(step, List.of());
    }

    /**
     * Re-checks on the server what each task's form requires, records the task's own decision in the
     * case and its round, or refuses the completion. The values decided on (flags, accident facts,
     * the checklist) come from the case and the enterprise file, never from other variables. Returns
     * the computed outputs the listener writes back to the task.
     */
    public Map<String, Object> taskCompleted(TaskSubmission task) {
        String pid = task.processInstanceId();
        GradingCase gradingCase = gradingCases.caseOf(pid);
        String actor = records.actor(task.assignee());
        Map<String, Object> written = new LinkedHashMap<>();
        switch (task.step()) {
            case selfAssessment, departmentDiagnosis -> {
                boolean self = task.step() == GradingStep.selfAssessment;
                Assessment assessment = assess(task, gradingCase, written);
                cases.setSelfAssessment(
                        pid, assessment.score(), assessment.vetoFailed(), assessment.mandatoryMissing());
                RoundKind kind = self ? RoundKind.SELF_ASSESSMENT : RoundKind.DEPARTMENT_DIAGNOSIS;
                int round = records.round(
                        gradingCase,
                        kind,
                        task.taskId(),
                        actor,
                        RoundOutcome.SUBMITTED,
                        null,
                        assessment.score(),
                        task.text("comment"));
                file.record(
                        gradingCase.uscc(),
                        kind.code(),
                        actor,
                        texts.zh(
                                self ? "grading.text.assessed.self" : "grading.text.assessed.diagnosis",
                                round,
                                assessment.score().toPlainString(),
                                assessment.vetoFailed() ? texts.zh("grading.text.assessed.vetoFailed") : "",
                                assessment.mandatoryMissing()
                                        ? texts.zh("grading.text.assessed.mandatoryMissing")
                                        : ""),
                        null,
                        "task:" + task.taskId());
            }
            case preliminaryReview -> {
                Object decisionValue = task.value("reviewDecision");
                RoundOutcome decision =
                        decisionValue instanceof String d ? RoundOutcome.of(d).orElse(null) : null;
                String comment = task.text("reviewComment");
                if (decision == RoundOutcome.RETURN) {
                    if (comment == null || comment.isBlank()) {
                        throw new GradingRefused("grading.refused.returnReason");
                    }
                    cases.setReview(pid, RoundOutcome.RETURN, null);
                    records.round(
                            gradingCase,
                            RoundKind.PRELIMINARY_REVIEW,
                            task.taskId(),
                            actor,
                            RoundOutcome.RETURN,
                            null,
                            null,
                            comment);
                    file.record(
                            gradingCase.uscc(),
                            "REVIEW_RETURNED",
                            actor,
                            texts.zh("grading.text.reviewReturned", comment),
                            null,
                            "task:" + task.taskId());
                    return written;
                }
                if (decision != RoundOutcome.APPROVE) {
                    throw new GradingRefused("grading.refused.reviewDecision", String.valueOf(decisionValue));
                }
                String proposed = grade(task.value("proposedGrade"), "proposedGrade");
                if (Boolean.TRUE.equals(gradingCase.mandatoryMissing())) {
                    throw new GradingRefused("grading.refused.mandatoryMissing");
                }
                Map<String, Object> accidents = facts.accidents(gradingCase.uscc());
                boolean forcesD = Boolean.TRUE.equals(gradingCase.vetoFailed())
                        || accidents.values().contains(Boolean.TRUE);
                if (forcesD && !Grade.D.is(proposed)) {
                    throw new GradingRefused("grading.refused.forcedD");
                }
                cases.setReview(pid, RoundOutcome.APPROVE, proposed);
                records.round(
                        gradingCase,
                        RoundKind.PRELIMINARY_REVIEW,
                        task.taskId(),
                        actor,
                        RoundOutcome.APPROVE,
                        proposed,
                        null,
                        comment);
                file.record(
                        gradingCase.uscc(),
                        "REVIEW_APPROVED",
                        actor,
                        texts.zh("grading.text.reviewApproved", proposed),
                        null,
                        "task:" + task.taskId());
            }
            case spotCheck -> {
                String verified = grade(task.value("verifiedGrade"), "verifiedGrade");
                boolean falsified = bool(task.value("falsified"), "falsified");
                written.put("falsified", falsified);
                cases.setVerification(pid, verified, falsified);
                records.round(
                        gradingCase,
                        RoundKind.SPOT_CHECK,
                        task.taskId(),
                        actor,
                        falsified ? RoundOutcome.FALSIFIED : RoundOutcome.VERIFIED,
                        verified,
                        null,
                        task.text("spotCheckComment"));
                file.record(
                        gradingCase.uscc(),
                        RoundKind.SPOT_CHECK.code(),
                        actor,
                        texts.zh(
                                "grading.text.spotChecked",
                                verified,
                                falsified ? texts.zh("grading.text.spotChecked.falsified") : ""),
                        null,
                        "task:" + task.taskId());
            }
            case objectionReview -> {
                if (!(task.value("objectionUpheld") instanceof Boolean upheld)) {
                    throw new GradingRefused("grading.refused.objectionUpheld");
                }
                String comment = task.text("objectionDecision");
                gradingCases.openNotice(pid).ifPresent(n -> notices.decideObjections(n.id(), upheld, actor, comment));
                cases.setObjectionDecision(pid, upheld);
                records.round(
                        gradingCase,
                        RoundKind.OBJECTION_REVIEW,
                        task.taskId(),
                        actor,
                        upheld ? RoundOutcome.UPHELD : RoundOutcome.DISMISSED,
                        null,
                        null,
                        comment);
                file.record(
                        gradingCase.uscc(),
                        "OBJECTION_DECIDED",
                        actor,
                        texts.zh(upheld ? "grading.text.objectionUpheld" : "grading.text.objectionRejected"),
                        null,
                        "task:" + task.taskId());
            }
            default -> throw new IllegalStateException("no completion rule for step " + task.step());
        }
        return written;
    }

    /** The score and flags of a submission. */
    private record Assessment(BigDecimal score, boolean vetoFailed, boolean mandatoryMissing) {}

    /**
     * The score and the veto and mandatory flags, computed from the checklist answers
     * ({@code checklistAnswers}: item id → MET, PARTIAL, NOT_MET, NOT_APPLICABLE) against the case's
     * checklist, whatever else was sent: the score is never typed in, neither by the enterprise nor by
     * the department. Every item must be answered. The computed values are written back as the task's
     * outputs.
     */
    private Assessment assess(TaskSubmission task, GradingCase gradingCase, Map<String, Object> written) {
        Object raw = task.value("checklistAnswers");
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
        written.put("selfScore", score.doubleValue());
        written.put("vetoFailed", result.vetoFailed());
        written.put("mandatoryMissing", result.mandatoryMissing());
        written.put("failedVetoItems", String.join(",", result.failedVetoItems()));
        written.put("missingMandatoryItems", String.join(",", result.missingMandatoryItems()));
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

    private static boolean bool(Object value, String name) {
        if (value != null && !(value instanceof Boolean)) {
            throw new GradingRefused("grading.refused.flag", name);
        }
        return Boolean.TRUE.equals(value);
    }

    private static String grade(Object value, String name) {
        if (!(value instanceof String s) || !Grades.isGrade(s)) {
            throw new GradingRefused("grading.refused.grade", name, String.valueOf(value));
        }
        return s;
    }
}
