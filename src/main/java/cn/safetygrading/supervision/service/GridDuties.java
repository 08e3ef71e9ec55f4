package cn.safetygrading.supervision.service;

import static cn.safetygrading.supervision.service.GridAccess.requireManager;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.supervision.domain.GridDuty;
import cn.safetygrading.supervision.domain.SupervisionAssignment;
import cn.safetygrading.supervision.persistence.GridMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;

/**
 * The duties of the {@code supervision-duties} process (八条规定): each duty recorded when created and
 * done, 临时 duties a unit head gives, and the escalation of an overdue duty up the grid. The process's
 * listeners and delegates read the variables and call it with plain values.
 */
@Service
public class GridDuties {

    /** A duty task was created: its id, enterprise, task key, supervisor, unit, title (or null) and due instant. */
    public record DutyCreated(
            String taskId, String uscc, String key, String supervisor, String unit, String title, Instant due) {}

    /**
     * A duty task is completed: who did it, the note (or the consultation's answer) and a problem the
     * supervisor registers with it (kind and text, both blank when none).
     */
    public record DutyDone(
            String taskId,
            String uscc,
            String key,
            String name,
            String actor,
            String note,
            String problemKind,
            String problemText) {

        /** The form field that holds the note: the answer of a consultation, else the duty note. */
        public String noteField() {
            return CONSULTATION.equals(key) ? "consultationAnswer" : "dutyNote";
        }

        /** Whether the supervisor registers a problem with this duty. */
        public boolean reportsProblem() {
            return problemKind != null && !problemKind.isBlank();
        }
    }

    /** The task key of a consultation's answer (its note is the answer). */
    public static final String CONSULTATION = "consultationAnswer";

    private final GridMapper grid;
    private final GridAccess access;
    private final DutyCalendar calendar;
    private final EnterpriseFileService file;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Clock clock;
    private final Translations texts;

    GridDuties(
            Translations texts,
            GridMapper grid,
            GridAccess access,
            DutyCalendar calendar,
            EnterpriseFileService file,
            RuntimeService runtime,
            TaskService tasks,
            Clock clock) {
        this.texts = texts;
        this.grid = grid;
        this.access = access;
        this.calendar = calendar;
        this.file = file;
        this.runtime = runtime;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Records a created duty with its calendar period (recurring duties) and its title. */
    public void created(DutyCreated duty) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        DutyCalendar.Cycle cycle = SupervisionGridService.DUTY_CYCLE.get(duty.key());
        grid.insertDuty(
                duty.taskId(),
                duty.uscc(),
                duty.key(),
                duty.supervisor(),
                duty.unit(),
                now,
                duty.due().atZone(clock.getZone()).toOffsetDateTime());
        String title = duty.title();
        grid.dutyPeriod(
                duty.taskId(),
                cycle == null ? null : DutyCalendar.periodStart(cycle, now.toLocalDate()),
                title == null ? null : title.substring(0, Math.min(200, title.length())));
    }

    /**
     * Records a done duty in the register and the enterprise file; refused (as the engine's
     * form error) without a note or with a problem kind but no text. Returns the stripped note.
     */
    public String done(DutyDone duty) {
        String note = duty.note();
        if (note == null || note.isBlank() || note.length() > 4000) {
            throw new IllegalArgumentException(
                    duty.noteField() + ": say how the duty was done (at most 4000 characters)");
        }
        if (duty.reportsProblem()
                && (duty.problemText() == null || duty.problemText().isBlank())) {
            throw new IllegalArgumentException("problemText: describe the problem to register it");
        }
        String text = note.strip();
        grid.dutyDone(
                duty.taskId(),
                duty.actor(),
                text.substring(0, Math.min(2000, text.length())),
                OffsetDateTime.now(clock));
        file.record(
                duty.uscc(),
                "DUTY_DONE",
                duty.actor(),
                texts.zh("supervision.text.dutyDone", duty.name()),
                null,
                "task:" + duty.taskId());
        return text;
    }

    /**
     * A unit head (the head of the enterprise's unit or of a unit above it) or a manager of the region
     * gives the enterprise's 包保 person a 临时 duty with its deadline (八条规定 八).
     */
    public void assignAdHoc(Account head, String uscc, String title, LocalDate due) {
        SupervisionAssignment assignment =
                grid.assignment(uscc).orElseThrow(() -> new Refused("grid.notAssigned", uscc));
        boolean isHead = false;
        for (String r = assignment.regionCode(); r != null && !isHead; r = access.parent(r)) {
            isHead = head.userId().equals(grid.head(r).orElse(null));
        }
        if (!isHead) {
            requireManager(head);
            access.requireVisible(head, uscc);
        }
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new Refused("grid.adHocTitle", title);
        }
        if (due == null || due.isBefore(calendar.today())) {
            throw new Refused("grid.adHocDue", due == null ? "" : due.toString());
        }
        runtime.createMessageCorrelation(SupervisionGridService.AD_HOC_MESSAGE)
                .processInstanceId(assignment.processInstanceId())
                .setVariable("adHocTitle", title.strip())
                .setVariable("adHocDue", due.toString())
                .correlate();
        file.record(
                uscc,
                "DUTY_AD_HOC",
                head.userId(),
                texts.zh("supervision.text.dutyAdHoc", title.strip(), due),
                null,
                null);
    }

    /** Overdue duty: first to the unit's head, then to the head one level up (both as candidates of the task). */
    public void escalate(String taskId) {
        GridDuty duty = grid.duty(taskId).orElseThrow();
        if (tasks.createTaskQuery().taskId(taskId).active().count() == 0) {
            return;
        }
        int level = duty.escalation() + 1;
        String unit = duty.regionCode();
        String target = level == 1 ? unit : access.parent(unit);
        String head = target == null ? null : grid.head(target).orElse(null);
        grid.escalate(taskId);
        if (head != null) {
            tasks.addCandidateUser(taskId, head);
        }
        file.record(
                duty.uscc(),
                "DUTY_ESCALATED",
                "system",
                texts.zh(
                        level == 1 ? "supervision.text.dutyEscalated.head" : "supervision.text.dutyEscalated.up",
                        head == null
                                ? texts.zh("supervision.text.dutyEscalated.noHead")
                                : texts.zh("supervision.text.colonName", head)),
                null,
                "duty-escalated:" + taskId + ":" + level);
    }
}
