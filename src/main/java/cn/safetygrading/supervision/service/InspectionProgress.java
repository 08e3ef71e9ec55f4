package cn.safetygrading.supervision.service;

import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.supervision.domain.Inspection;
import cn.safetygrading.supervision.domain.TaskSubmission;
import cn.safetygrading.supervision.persistence.InspectionMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The {@code inspection} process's side of {@link InspectionService}: the on-site record, the
 * rectification report and the re-check kept in the inspection's row and the enterprise's file, the
 * grade events they raise (REPEATED_PENALTY, PROMINENT_HAZARDS) and the refused order (REFUSED_ORDER).
 */
@Component
class InspectionProgress {

    private final InspectionMapper inspections;
    private final EnterpriseFileService file;
    private final GradeEvents gradeEvents;
    private final Clock clock;

    InspectionProgress(InspectionMapper inspections, EnterpriseFileService file, GradeEvents gradeEvents, Clock clock) {
        this.inspections = inspections;
        this.file = file;
        this.gradeEvents = gradeEvents;
        this.clock = clock;
    }

    /** The end of a day in the application's zone, as the engine's date variables hold it. */
    static Date endOf(LocalDate day, Clock clock) {
        return Date.from(day.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    /**
     * Task listener, on complete: the record, the rectification report or the re-check is checked and kept.
     * Returns the variables to set on the task (the on-site record's {@code orderNeeded} and {@code orderDue}).
     */
    Map<String, Object> taskCompleted(TaskSubmission task) {
        String id = task.text("inspectionId");
        Inspection inspection = inspections.find(id).orElseThrow();
        String actor = task.assignee() == null ? "system" : task.assignee();
        Map<String, Object> out = new HashMap<>();
        switch (task.taskKey()) {
            case InspectionService.ON_SITE -> recorded(task, inspection, actor, out);
            case InspectionService.RECTIFY -> {
                String text = TaskInputs.text("rectification", task.value("rectification"), 2000, true);
                inspections.rectified(id, text);
                file.record(
                        inspection.uscc(), "ORDER_RECTIFIED", actor, "报告整改指令落实情况，待复查", null, "task:" + task.taskId());
            }
            case InspectionService.RECHECK -> {
                Object result = task.value("recheckResult");
                if (!(result instanceof String r) || !InspectionService.RECHECK_RESULTS.contains(r)) {
                    throw new IllegalArgumentException("recheckResult: PASSED, NOT_YET or REFUSED");
                }
                String note = TaskInputs.text("recheckNote", task.value("recheckNote"), 2000, true);
                inspections.rechecked(id, note, "PASSED".equals(r) ? "RECTIFIED" : null);
                file.record(
                        inspection.uscc(),
                        "RECHECKED",
                        actor,
                        switch (r) {
                                    case "PASSED" -> "整改复查：整改到位";
                                    case "NOT_YET" -> "整改复查：尚未到位，继续整改";
                                    default -> "整改复查：拒不整改";
                                }
                                + "（" + note + "）",
                        null,
                        "task:" + task.taskId());
            }
            default -> {}
        }
        return out;
    }

    private void recorded(TaskSubmission task, Inspection inspection, String actor, Map<String, Object> out) {
        if (!task.flag("signed")) {
            throw new IllegalArgumentException("signed: the record is signed by the inspectors and the enterprise");
        }
        String findings = TaskInputs.text("findings", task.value("findings"), 4000, true);
        boolean order = task.flag("orderNeeded");
        LocalDate deadline = date(task.value("orderDeadline"));
        LocalDate today = LocalDate.now(clock);
        if (order && (deadline == null || deadline.isBefore(today))) {
            throw new IllegalArgumentException("orderDeadline: a rectification order needs a deadline from today on");
        }
        boolean penalty = task.flag("penalty");
        inspections.record(
                inspection.id(),
                today,
                TaskInputs.text("site", task.value("site"), 200, true),
                TaskInputs.text("legalRepresentative", task.value("legalRepresentative"), 100, false),
                TaskInputs.text("timeSpan", task.value("timeSpan"), 40, false),
                findings,
                TaskInputs.text("legalBasis", task.value("legalBasis"), 2000, false),
                order ? deadline : null,
                penalty);
        out.put("orderNeeded", order);
        if (order) {
            out.put("orderDue", endOf(deadline, clock));
        }
        file.record(
                inspection.uscc(),
                "INSPECTED",
                actor,
                "双随机抽查现场检查" + (order ? "，责令于 " + deadline + " 前整改" : "，未责令整改") + (penalty ? "，给予行政处罚" : ""),
                null,
                "task:" + task.taskId());
        if (penalty
                && inspections.penaltiesSince(inspection.uscc(), today.minusDays(InspectionService.PENALTY_WINDOW_DAYS))
                        >= 2) {
            gradeEvents.raise(
                    inspection.uscc(),
                    "REPEATED_PENALTY",
                    "一年内多次受到行政处罚（检查记录 " + inspection.id() + "）",
                    "inspection:" + inspection.id(),
                    today);
        }
        if (task.flag("prominentHazards")) {
            gradeEvents.raise(
                    inspection.uscc(),
                    "PROMINENT_HAZARDS",
                    "现场检查认定问题隐患突出（检查记录 " + inspection.id() + "）",
                    "inspection:" + inspection.id(),
                    today);
        }
    }

    /** Task_RefusedOrder: the enterprise refused the order; recorded and REFUSED_ORDER raised. */
    void orderRefused(String id) {
        Inspection inspection = inspections.find(id).orElseThrow();
        inspections.rechecked(id, inspection.recheckNote(), "REFUSED");
        if (file.record(inspection.uscc(), "ORDER_REFUSED", "system", "拒不执行整改指令", null, "order-refused:" + id)) {
            gradeEvents.raise(
                    inspection.uscc(),
                    "REFUSED_ORDER",
                    "拒不执行整改指令（检查记录 " + id + "）",
                    "inspection:" + id,
                    LocalDate.now(clock));
        }
    }

    private LocalDate date(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(clock.getZone()).toLocalDate();
        }
        if (value instanceof LocalDate l) {
            return l;
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
