package cn.safetygrading.grading.service;

import cn.safetygrading.grading.domain.GradeAdjustment;
import cn.safetygrading.grading.persistence.GradeAdjustmentMapper;
import cn.safetygrading.ledger.domain.GradingSubject;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.ledger.service.GradeBook;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dynamic adjustment (动态调整): the grade-adjustment decision applied at once to the ledger. */
@Service
@Transactional
public class GradeAdjustmentService {

    private final Decisions decisions;
    private final GradeBook gradeBook;
    private final GradeAdjustmentMapper adjustments;
    private final EnterpriseFileService file;
    private final Clock clock;

    public GradeAdjustmentService(Decisions decisions, GradeBook gradeBook, GradeAdjustmentMapper adjustments,
                                  EnterpriseFileService file, Clock clock) {
        this.decisions = decisions;
        this.gradeBook = gradeBook;
        this.adjustments = adjustments;
        this.file = file;
        this.clock = clock;
    }

    /**
     * Task_ApplyAdjustment. Sets {@code adjusted}, {@code newGrade}, {@code watchPeriod}; an event the
     * decision does not know (or an upgrade of a never-graded enterprise) changes nothing and is recorded as refused.
     */
    public void apply(DelegateExecution execution) {
        String uscc = execution.getProcessBusinessKey();
        if (uscc == null) {
            throw new IllegalArgumentException("grade-event needs the enterprise's USCC as business key");
        }
        GradingSubject subject = gradeBook.requireSubject(uscc);
        String event = (String) execution.getVariable("event");
        String note = (String) execution.getVariable("note");
        Object fatalitiesValue = execution.getVariable("fatalities");
        int fatalities = fatalitiesValue instanceof Number n ? n.intValue() : 0;
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("currentGrade", subject.grade());
        inputs.put("event", event);
        Optional<Map<String, Object>> result = event == null ? Optional.empty() : decisions.single("grade-adjustment", inputs);
        String key = "adjustment:" + execution.getProcessInstanceId();
        execution.setVariable("currentGrade", subject.grade());
        if (result.isEmpty() || result.get().get("newGrade") == null) {
            execution.setVariable("adjusted", false);
            execution.setVariable("watchPeriod", false);
            file.record(uscc, "ADJUSTMENT_REFUSED", "system", "等级调整事由不适用，未调整：" + event
                    + (note == null ? "" : "（" + note + "）"), null, key);
            return;
        }
        String newGrade = (String) result.get().get("newGrade");
        boolean watch = Boolean.TRUE.equals(result.get().get("watchPeriod"));
        Map<String, Object> measures = decisions.supervisionMeasures(subject.enterpriseClass(), newGrade).orElse(Map.of());
        Integer interval = measures.get("inspectionIntervalMonths") instanceof Number n ? n.intValue() : null;
        adjustments.insert(new GradeAdjustment(UUID.randomUUID().toString(), uscc, event, subject.grade(), newGrade, watch,
                fatalities, note, OffsetDateTime.now(clock), execution.getProcessInstanceId()));
        gradeBook.writeGrade(uscc, newGrade, interval, (String) measures.get("stationing"), "ADJUSTED", "system",
                "等级动态调整：" + (subject.grade() == null ? "未定级" : subject.grade()) + " → " + newGrade
                        + "（" + event + (note == null ? "" : "：" + note) + "）", null, key);
        execution.setVariable("adjusted", true);
        execution.setVariable("newGrade", newGrade);
        execution.setVariable("watchPeriod", watch);
    }
}
