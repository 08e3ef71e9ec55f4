package cn.safetygrading.supervision.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.supervision.domain.Hazard;
import cn.safetygrading.supervision.domain.TaskSubmission;
import cn.safetygrading.supervision.persistence.HazardMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;

/**
 * The {@code hazard-rectification} process's side of {@link HazardService}: a completed rectification
 * or verification kept in the hazard's row and file, and the passing of the deadline.
 */
@Component
class HazardProgress {

    private final HazardMapper hazards;
    private final EnterpriseFileService file;
    private final GradeEvents gradeEvents;
    private final Clock clock;
    private final Translations texts;

    HazardProgress(
            Translations texts,
            HazardMapper hazards,
            EnterpriseFileService file,
            GradeEvents gradeEvents,
            Clock clock) {
        this.texts = texts;
        this.hazards = hazards;
        this.file = file;
        this.gradeEvents = gradeEvents;
        this.clock = clock;
    }

    /** Task listener, on complete: the rectification or the verification goes into the hazard's row and file. */
    void taskCompleted(TaskSubmission task) {
        Hazard hazard = hazards.byProcess(task.processInstanceId()).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String actor = task.assignee() == null ? "system" : task.assignee();
        switch (task.taskKey()) {
            case HazardService.RECTIFY -> {
                String text = (String) task.value("rectification");
                if (text == null || text.isBlank()) {
                    throw new IllegalArgumentException("rectification: say what was done");
                }
                hazards.rectified(hazard.id(), text.strip(), now);
                file.record(
                        hazard.uscc(),
                        "HAZARD_RECTIFIED",
                        actor,
                        texts.zh("supervision.text.hazardRectified", hazard.title()),
                        null,
                        "task:" + task.taskId());
            }
            case HazardService.VERIFY -> {
                Object accepted = task.value("rectificationAccepted");
                if (!(accepted instanceof Boolean ok)) {
                    throw new IllegalArgumentException("rectificationAccepted: true or false");
                }
                String comment = (String) task.value("verificationComment");
                if (!ok && (comment == null || comment.isBlank())) {
                    throw new IllegalArgumentException("verificationComment: a rejected rectification needs reasons");
                }
                hazards.verified(hazard.id(), ok, actor, comment == null ? null : comment.strip(), now);
                file.record(
                        hazard.uscc(),
                        ok ? "HAZARD_CLOSED" : "HAZARD_REJECTED",
                        actor,
                        texts.zh(
                                ok ? "supervision.text.hazardClosed" : "supervision.text.hazardRejected",
                                hazard.title(),
                                comment == null || comment.isBlank()
                                        ? ""
                                        : texts.zh("supervision.text.parenthesis", comment.strip())),
                        null,
                        "task:" + task.taskId());
            }
            default -> {}
        }
    }

    /**
     * The deadline passed before the hazard was closed: marked overdue once and recorded. Only an overdue
     * 重大隐患 raises PROMINENT_HAZARDS (domain §11): an overdue 一般隐患 the enterprise reported itself never
     * downgrades, so that honest reporting is not punished.
     */
    HazardService.Overdue deadlinePassed(String processInstanceId) {
        Hazard hazard = hazards.byProcess(processInstanceId).orElseThrow();
        boolean first = hazards.markOverdue(hazard.id()) == 1;
        HazardService.Overdue overdue = new HazardService.Overdue(hazard.major(), first && hazard.major());
        if (!first) {
            return overdue;
        }
        file.record(
                hazard.uscc(),
                "HAZARD_OVERDUE",
                "system",
                texts.zh(
                        "supervision.text.hazardOverdue",
                        hazard.title(),
                        hazard.major() ? texts.zh("supervision.text.hazardOverdue.major") : ""),
                null,
                "hazard-overdue:" + hazard.id());
        if (hazard.major()) {
            gradeEvents.raise(
                    hazard.uscc(),
                    "PROMINENT_HAZARDS",
                    texts.zh("supervision.text.majorHazardOverdue", hazard.title()),
                    "hazard:" + hazard.id(),
                    LocalDate.now(clock));
        }
        return overdue;
    }
}
