package cn.safetygrading.inbox.service;

import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.grading.domain.ChecklistItem;
import cn.safetygrading.grading.service.ChecklistService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives a demo grading case to its preliminary review the honest way: the self-assessment is
 * completed with checklist answers (its only outputs besides the comment), never with a typed score.
 */
public record GradingCases(
        RuntimeService runtime, TaskService tasks, ManagementService management, ChecklistService checklists) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static String uscc(String enterpriseName) {
        return DemoDataLoader.enterprises(OffsetDateTime.now()).stream()
                .filter(e -> e.name().equals(enterpriseName))
                .findFirst()
                .orElseThrow()
                .uscc();
    }

    /** Ends the enterprise's running processes, so each test starts clean. */
    public void reset(String uscc) {
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(uscc)
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset", true, true));
    }

    /** A new cycle (never sampled) waiting at its self-assessment. */
    public ProcessInstance start(String uscc) {
        return start(uscc, 0.0);
    }

    /** A new cycle with this sampling ratio (1.0: always spot-checked), waiting at its self-assessment. */
    public ProcessInstance start(String uscc, double spotCheckRatio) {
        reset(uscc);
        ProcessInstance pi = runtime.startProcessInstanceByKey(
                "grading-cycle", uscc, Map.of("uscc", uscc, "spotCheckRatio", spotCheckRatio));
        runJobs(pi.getId());
        return pi;
    }

    public Task open(ProcessInstance pi) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    /** The self-assessment's outputs: every checklist item answered as {@code answer} says. */
    public Map<String, Object> selfAssessment(ProcessInstance pi, Function<ChecklistItem, String> answer) {
        String checklistId = (String) runtime.getVariable(pi.getId(), "checklistId");
        Map<String, String> answers = new LinkedHashMap<>();
        checklists.find(checklistId).orElseThrow().items().forEach(item -> answers.put(item.id(), answer.apply(item)));
        try {
            return Map.of("checklistAnswers", JSON.writeValueAsString(answers), "comment", "自评完成");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Completes the open self-assessment with every item met. */
    public void selfAssess(ProcessInstance pi) {
        selfAssess(pi, item -> "MET");
    }

    public void selfAssess(ProcessInstance pi, Function<ChecklistItem, String> answer) {
        tasks.complete(open(pi).getId(), selfAssessment(pi, answer));
        runJobs(pi.getId());
    }

    /** A new cycle at its preliminary review, self-assessed with every item met; the review task's id. */
    public String atReview(String uscc) {
        return atReview(uscc, item -> "MET");
    }

    public String atReview(String uscc, Function<ChecklistItem, String> answer) {
        ProcessInstance pi = start(uscc);
        tasks.complete(open(pi).getId(), selfAssessment(pi, answer));
        runJobs(pi.getId());
        Task review = open(pi);
        if (!"preliminaryReview".equals(review.getTaskDefinitionKey())) {
            throw new AssertionError("waiting at " + review.getTaskDefinitionKey());
        }
        return review.getId();
    }

    public void runJobs(String processInstanceId) {
        for (int i = 0; i < 20; i++) {
            var due = management
                    .createJobQuery()
                    .processInstanceId(processInstanceId)
                    .executable()
                    .list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(j -> management.executeJob(j.getId()));
        }
    }
}
