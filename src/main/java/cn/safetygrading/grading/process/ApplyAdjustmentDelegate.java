package cn.safetygrading.grading.process;

import cn.safetygrading.grading.domain.GradeEventRequest;
import cn.safetygrading.grading.service.GradeAdjustmentService;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ApplyAdjustment (grade-adjustment): reads the grade-event's variables once (event, note, factRef,
 * occurredOn, fatalities, raisedBy) and sets {@code adjusted}, {@code currentGrade}, {@code newGrade},
 * {@code watchPeriod} and, when refused, {@code refusal}.
 */
@Component("applyAdjustmentDelegate")
public class ApplyAdjustmentDelegate implements JavaDelegate {

    private final GradeAdjustmentService adjustments;

    public ApplyAdjustmentDelegate(GradeAdjustmentService adjustments) {
        this.adjustments = adjustments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        GradeAdjustmentService.Outcome outcome = adjustments.apply(request(execution));
        execution.setVariable("currentGrade", outcome.previousGrade());
        execution.setVariable("adjusted", outcome.adjusted());
        execution.setVariable("watchPeriod", outcome.watchPeriod());
        if (outcome.adjusted()) {
            execution.setVariable("newGrade", outcome.newGrade());
        } else {
            execution.setVariable("refusal", outcome.refusal().name());
        }
    }

    /** The grade event as the message brought it (event, note, factRef, occurredOn, fatalities, raisedBy). */
    static GradeEventRequest request(DelegateExecution execution) {
        Object fatalities = execution.getVariable("fatalities");
        return new GradeEventRequest(
                execution.getProcessBusinessKey(),
                (String) execution.getVariable("event"),
                (String) execution.getVariable("note"),
                (String) execution.getVariable("factRef"),
                date(execution.getVariable("occurredOn")),
                fatalities instanceof Number n ? n.intValue() : 0,
                (String) execution.getVariable("raisedBy"),
                execution.getProcessInstanceId());
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return LocalDate.parse(s.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("occurredOn is not an ISO date: " + s);
            }
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
        }
        return null;
    }
}
