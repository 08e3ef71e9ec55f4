package cn.safetygrading.grading.ui;

import cn.safetygrading.grading.domain.GradingStep;
import cn.safetygrading.grading.service.DepartmentDiagnosisService;
import cn.safetygrading.grading.service.LookBackService;
import cn.safetygrading.security.domain.Account;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The grading parts the task page ({@code /tasks/{id}}) mounts for some tasks: the checklist of
 * 部门诊断定级 (its answers are the completion's {@code checklistAnswers}) and the actions of 回头看.
 * Each call makes fresh components for one UI.
 */
@Component
public class GradingTaskParts {

    private final DepartmentDiagnosisService diagnoses;
    private final LookBackService lookBacks;

    public GradingTaskParts(DepartmentDiagnosisService diagnoses, LookBackService lookBacks) {
        this.diagnoses = diagnoses;
        this.lookBacks = lookBacks;
    }

    /** The checklist to answer, for a departmentDiagnosis task of a case that has one. */
    public Optional<DiagnosisChecklist> diagnosis(String taskKey, String processInstanceId) {
        if (!GradingStep.departmentDiagnosis.is(taskKey) || processInstanceId == null) {
            return Optional.empty();
        }
        return diagnoses.checklistOf(processInstanceId).map(c -> new DiagnosisChecklist(diagnoses, c));
    }

    /** The enterprises a look-back found and the action that starts their gradings, for a lookBack task. */
    public Optional<LookBackActions> lookBack(Account account, String taskKey, String taskId) {
        if (!LookBackService.TASK_KEY.equals(taskKey)) {
            return Optional.empty();
        }
        return Optional.of(new LookBackActions(lookBacks, account, taskId));
    }
}
