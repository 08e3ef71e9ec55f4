package cn.safetygrading.grading.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.grading.domain.Grades;
import cn.safetygrading.grading.domain.GradingCase;
import cn.safetygrading.grading.persistence.GradingCaseMapper;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.notice.domain.Notice;
import cn.safetygrading.notice.service.NoticeService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case of one grading (grading-cycle) as later steps and the BPMN expressions read it, the
 * results of its decisions, and the self-assessment reminder and missed deadline. The other steps:
 * {@link GradingStart}, {@link GradingTasks}, {@link GradingSampling}, {@link GradingNotice},
 * {@link GradeApplication}. Every write is keyed by the process instance, activity or task, so a
 * retried job repeats nothing.
 */
@Service
@Transactional
public class GradingCaseService {

    public static final List<String> TRIGGERS = List.of("CAMPAIGN", "WATCH_PERIOD_END", "APPLICATION", "DEPARTMENT");

    private final GradingCaseMapper cases;
    private final EnterpriseFileService file;
    private final GradingFacts facts;
    private final NoticeService notices;
    private final Clock clock;
    private final Translations texts;

    public GradingCaseService(
            Translations texts,
            GradingCaseMapper cases,
            EnterpriseFileService file,
            GradingFacts facts,
            NoticeService notices,
            Clock clock) {
        this.texts = texts;
        this.cases = cases;
        this.file = file;
        this.facts = facts;
        this.notices = notices;
        this.clock = clock;
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

    /**
     * The end of a diagnosis-grade business rule task: its result, computed from the case's score and
     * flags and the accident facts, goes into the case in the same transaction. The department's
     * diagnosis is the proposal itself.
     */
    public void decisionTaken(String pid, String activityId, String diagnosedGrade, String proposedGrade) {
        switch (activityId) {
            case "Decision_Diagnose" -> cases.setDiagnosis(pid, Grades.require(diagnosedGrade, "diagnosedGrade"));
            case "Decision_DiagnoseByDepartment" ->
                cases.setDepartmentProposal(pid, Grades.require(proposedGrade, "proposedGrade"));
            default -> throw new IllegalStateException("no decision rule for " + activityId);
        }
    }

    // ------------------------------------------------------------------ service tasks

    public void remind(StepRef step) {
        String uscc = step.businessKey();
        OffsetDateTime due = caseOf(step.processInstanceId()).selfAssessmentDue();
        file.record(
                uscc,
                "REMINDER",
                "system",
                texts.zh(
                        "grading.text.reminder",
                        due.atZoneSameInstant(clock.getZone()).toLocalDate()),
                null,
                step.key("reminder"));
    }

    /**
     * The case's step is not written here: the department diagnosis task created next, in this transaction, sets it
     * ({@code GradingTasks.taskCreated}); a step written here would never be seen after the commit, and each write
     * cost a deadline of 50,000 cases some 4 % of its database time.
     */
    public void recordMissedDeadline(StepRef step) {
        file.record(
                step.businessKey(),
                "DEADLINE_MISSED",
                "system",
                texts.zh("grading.text.deadlineMissed"),
                null,
                step.key("missed"));
    }
}
