package cn.safetygrading.grading.service;

import cn.safetygrading.base.json.Json;
import cn.safetygrading.grading.domain.Checklist;
import cn.safetygrading.grading.domain.ScoreResult;
import cn.safetygrading.grading.persistence.GradingCaseMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department's side of 部门诊断定级: the case's checklist (the one the completion is scored against),
 * the live score of the answers so far, and the answers as the task's {@code checklistAnswers} output.
 * The score, veto and mandatory flags are computed by the task listener from the answers, as for the
 * enterprise's self-assessment; a typed score is not an output of the task.
 */
@Service
@Transactional(readOnly = true)
public class DepartmentDiagnosisService {

    private final GradingCaseMapper cases;
    private final ChecklistService checklists;
    private final ObjectMapper json;

    public DepartmentDiagnosisService(GradingCaseMapper cases, ChecklistService checklists, ObjectMapper json) {
        this.cases = cases;
        this.checklists = checklists;
        this.json = json;
    }

    /** The checklist of the grading case of this process instance (the caller has checked it may see the task). */
    public Optional<Checklist> checklistOf(String processInstanceId) {
        return cases.byProcessInstance(processInstanceId)
                .map(c -> c.checklistId())
                .flatMap(checklists::find);
    }

    public ScoreResult preview(Checklist checklist, Map<String, String> answers) {
        return checklists.preview(checklist, answers);
    }

    /** The answers as the completion's {@code checklistAnswers} (JSON text: item id → MET, PARTIAL, NOT_MET, NOT_APPLICABLE). */
    public String answersOutput(Map<String, String> answers) {
        return Json.of(json).write(answers);
    }
}
