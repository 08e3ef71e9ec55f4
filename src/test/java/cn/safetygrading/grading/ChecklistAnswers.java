package cn.safetygrading.grading;

import cn.safetygrading.grading.domain.Checklist;
import cn.safetygrading.grading.domain.ChecklistItem;
import cn.safetygrading.grading.service.ChecklistService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Completion variables of selfAssessment (or departmentDiagnosis) for tests: honest checklist
 * answers for the case's own checklist that the system scores at or just above a target, optionally
 * with a failed veto item or a missing mandatory item. The score is never typed in.
 */
public final class ChecklistAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChecklistAnswers() {}

    public static Map<String, Object> scoring(
            ChecklistService checklists, JdbcTemplate jdbc, String processInstanceId, double target) {
        return scoring(checklists, jdbc, processInstanceId, target, false, false);
    }

    public static Map<String, Object> scoring(
            ChecklistService checklists,
            JdbcTemplate jdbc,
            String processInstanceId,
            double target,
            boolean vetoFailed,
            boolean mandatoryMissing) {
        // the checklist the system gave the case when it started (its display variable, before anyone could change it)
        String checklistId = jdbc.queryForObject(
                "select text_ from act_hi_varinst where proc_inst_id_ = ? and name_ = 'checklistId'"
                        + " order by create_time_ limit 1",
                String.class,
                processInstanceId);
        Checklist checklist = checklists.find(checklistId).orElseThrow();
        Map<String, String> answers = new LinkedHashMap<>();
        checklist.items().forEach(i -> answers.put(i.id(), "MET"));
        if (vetoFailed) {
            answers.put(
                    checklist.items().stream()
                            .filter(ChecklistItem::veto)
                            .min(java.util.Comparator.comparing(ChecklistItem::mandatory))
                            .stream()
                            .findFirst()
                            .orElseThrow(() -> new AssertionError(checklistId + " has no veto item"))
                            .id(),
                    "NOT_MET");
        }
        if (mandatoryMissing) {
            answers.put(
                    checklist.items().stream()
                            .filter(i -> i.mandatory() && !i.veto())
                            .findFirst()
                            .orElseThrow(() -> new AssertionError(checklistId + " has no mandatory item"))
                            .id(),
                    "NOT_MET");
        }
        BigDecimal goal = BigDecimal.valueOf(target);
        for (ChecklistItem item : checklist.items()) {
            if (item.veto() || item.mandatory()) {
                continue;
            }
            answers.put(item.id(), "NOT_MET");
            if (checklists.score(checklist, answers).score().compareTo(goal) < 0) {
                answers.put(item.id(), "MET");
            }
        }
        try {
            return Map.of("checklistAnswers", JSON.writeValueAsString(answers));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
