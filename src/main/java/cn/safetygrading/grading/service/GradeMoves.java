package cn.safetygrading.grading.service;

import cn.safetygrading.grading.domain.GradeAdjustment;
import cn.safetygrading.grading.persistence.GradeAdjustmentMapper;
import cn.safetygrading.grading.process.AdjustmentConfirmation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/** The moves of an enterprise's grade between gradings, for the file's tab "等级变动" (the file checks the scope). */
@Service
public class GradeMoves {

    /** One row of the tab: a recorded move, or a pending proposal. */
    public record Row(
            LocalDate occurredOn,
            String change,
            String ground,
            String factRef,
            String note,
            String who,
            String state) {}

    private final GradeAdjustmentMapper moves;
    private final TaskService tasks;

    public GradeMoves(GradeAdjustmentMapper moves, TaskService tasks) {
        this.moves = moves;
        this.tasks = tasks;
    }

    /** The moves and the pending proposals, pending first, then newest first. */
    public List<Row> rows(String uscc, java.util.function.Function<String, String> t) {
        List<Row> rows = new ArrayList<>();
        for (Task task : tasks.createTaskQuery()
                .processInstanceBusinessKey(uscc)
                .taskDefinitionKey(AdjustmentConfirmation.TASK)
                .orderByTaskCreateTime()
                .desc()
                .list()) {
            Map<String, Object> v = tasks.getVariables(task.getId());
            Object occurred = v.get("occurredOn");
            rows.add(new Row(
                    occurred == null ? null : LocalDate.parse(occurred.toString()),
                    "",
                    GradeAdjustmentService.groundText((String) v.get("event")),
                    (String) v.get("factRef"),
                    (String) v.get("note"),
                    (String) v.get("raisedBy"),
                    t.apply("gradeMoves.pending")));
        }
        for (GradeAdjustment m : moves.moves(uscc)) {
            String from = m.previousGrade() == null ? t.apply("grading.adjustment.ungraded") : m.previousGrade();
            rows.add(new Row(
                    m.occurredOn(),
                    m.refused() ? from : from + " → " + m.newGrade(),
                    GradeAdjustmentService.groundText(m.event()),
                    m.factRef(),
                    m.note(),
                    m.actor(),
                    m.refused()
                            ? t.apply("gradeMoves.refused") + t.apply("grading.refusal." + m.refusalReason())
                            : t.apply(m.watchPeriod() ? "gradeMoves.appliedWatch" : "gradeMoves.applied")));
        }
        return rows;
    }
}
