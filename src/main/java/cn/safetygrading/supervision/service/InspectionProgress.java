package cn.safetygrading.supervision.service;

import cn.safetygrading.base.i18n.Translations;
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
    private final Translations texts;

    InspectionProgress(
            Translations texts,
            InspectionMapper inspections,
            EnterpriseFileService file,
            GradeEvents gradeEvents,
            Clock clock) {
        this.texts = texts;
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
                        inspection.uscc(),
                        "ORDER_RECTIFIED",
                        actor,
                        texts.zh("supervision.text.orderReported"),
                        null,
                        "task:" + task.taskId());
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
                                    case "PASSED" -> texts.zh("supervision.text.recheck.PASSED");
                                    case "NOT_YET" -> texts.zh("supervision.text.recheck.NOT_YET");
                                    default -> texts.zh("supervision.text.recheck.REFUSED");
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
                texts.zh(
                        "supervision.text.inspected",
                        order
                                ? texts.zh("supervision.text.inspected.order", deadline)
                                : texts.zh("supervision.text.inspected.noOrder"),
                        penalty ? texts.zh("supervision.text.inspected.penalty") : ""),
                null,
                "task:" + task.taskId());
        if (penalty
                && inspections.penaltiesSince(inspection.uscc(), today.minusDays(InspectionService.PENALTY_WINDOW_DAYS))
                        >= 2) {
            gradeEvents.raise(
                    inspection.uscc(),
                    "REPEATED_PENALTY",
                    texts.zh("supervision.text.repeatedPenalty", inspection.id()),
                    "inspection:" + inspection.id(),
                    today);
        }
        if (task.flag("prominentHazards")) {
            gradeEvents.raise(
                    inspection.uscc(),
                    "PROMINENT_HAZARDS",
                    texts.zh("supervision.text.prominentHazards", inspection.id()),
                    "inspection:" + inspection.id(),
                    today);
        }
    }

    /** Task_RefusedOrder: the enterprise refused the order; recorded and REFUSED_ORDER raised. */
    void orderRefused(String id) {
        Inspection inspection = inspections.find(id).orElseThrow();
        inspections.rechecked(id, inspection.recheckNote(), "REFUSED");
        if (file.record(
                inspection.uscc(),
                "ORDER_REFUSED",
                "system",
                texts.zh("supervision.text.orderRefused"),
                null,
                "order-refused:" + id)) {
            gradeEvents.raise(
                    inspection.uscc(),
                    "REFUSED_ORDER",
                    texts.zh("supervision.text.refusedOrder", id),
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
