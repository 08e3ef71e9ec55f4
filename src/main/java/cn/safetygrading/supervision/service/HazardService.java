package cn.safetygrading.supervision.service;

import cn.safetygrading.base.Page;
import cn.safetygrading.base.Refused;
import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.forms.model.FileRules;
import cn.safetygrading.forms.model.UploadedFile;
import cn.safetygrading.ledger.domain.GradingSubject;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.ledger.service.GradeBook;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.supervision.domain.Hazard;
import cn.safetygrading.supervision.domain.HazardLevel;
import cn.safetygrading.supervision.domain.HazardStatus;
import cn.safetygrading.supervision.domain.NewHazard;
import cn.safetygrading.supervision.domain.PublicHazard;
import cn.safetygrading.supervision.domain.TaskSubmission;
import cn.safetygrading.supervision.persistence.HazardMapper;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hazard self-report and rectification (隐患排查治理): the enterprise reports a hazard with its plan
 * and deadline, rectifies it, and the county verifies the fix; past the deadline the hazard is
 * marked overdue once and the grade-event PROMINENT_HAZARDS follows; major hazards are listed for
 * supervision (挂牌督办), shown on the public page, and escalate to the city when overdue. The row
 * in {@code hazard} is kept in step with the {@code hazard-rectification} process by its listeners,
 * so completing the tasks through /engine-rest keeps it right too.
 */
@Service
public class HazardService {

    /** The most listed hazards one request lists. */
    private static final int PUBLIC_PAGE = 200;

    public static final String PROCESS = "hazard-rectification";
    public static final String RECTIFY = "rectifyHazard";
    public static final String VERIFY = "verifyRectification";
    public static final String SUPERVISE = "superviseMajorHazard";
    public static final int MAX_TEXT = 2000;
    public static final int MAX_TITLE = 200;
    public static final int MAX_PHOTOS = 10;
    /** The variables the task listener reads for {@link #taskCompleted}. */
    public static final List<String> INPUTS = List.of("rectification", "rectificationAccepted", "verificationComment");

    /** What the deadline's passing decided, for the process: whether the hazard is major and escalates. */
    public record Overdue(boolean major, boolean escalate) {}

    private final HazardMapper hazards;
    private final GradeBook gradeBook;
    private final LedgerService ledger;
    private final EnterpriseFileService file;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Clock clock;
    private final HazardProgress progress;
    private final Translations texts;

    public HazardService(
            Translations texts,
            HazardProgress progress,
            HazardMapper hazards,
            GradeBook gradeBook,
            LedgerService ledger,
            EnterpriseFileService file,
            RuntimeService runtime,
            TaskService tasks,
            Clock clock) {
        this.texts = texts;
        this.progress = progress;
        this.hazards = hazards;
        this.gradeBook = gradeBook;
        this.ledger = ledger;
        this.file = file;
        this.runtime = runtime;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** The enterprise reports a hazard; its rectification process starts at once. Photos are checked like form files. */
    @Transactional
    public Hazard report(Account account, NewHazard report, List<UploadedFile> photos) {
        if (!account.isEnterprise() || account.uscc() == null) {
            throw new AccessDeniedException("hazards are reported by their enterprise");
        }
        LocalDate today = LocalDate.now(clock);
        String level = report.level();
        if (HazardLevel.of(level).isEmpty()) {
            throw new Refused("hazard.level", String.valueOf(level));
        }
        String title = required(report.title(), MAX_TITLE, "hazard.title");
        String description = required(report.description(), MAX_TEXT, "hazard.description");
        String plan = required(report.plan(), MAX_TEXT, "hazard.plan");
        String location = report.location() == null || report.location().isBlank()
                ? null
                : report.location().strip();
        if (location != null && location.length() > MAX_TITLE) {
            throw new Refused("hazard.tooLong", "hazard.location");
        }
        if (report.foundOn() == null || report.foundOn().isAfter(today)) {
            throw new Refused("hazard.foundOn", "");
        }
        if (report.deadline() == null
                || report.deadline().isBefore(today)
                || report.deadline().isAfter(today.plusYears(1))) {
            throw new Refused("hazard.deadline", "");
        }
        checkPhotos(photos);
        GradingSubject subject = gradeBook.requireSubject(account.uscc());
        OffsetDateTime now = OffsetDateTime.now(clock);
        // the deadline is the end of the day named
        OffsetDateTime deadline =
                report.deadline().plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        Hazard hazard = new Hazard(
                UUID.randomUUID().toString(),
                account.uscc(),
                level,
                title,
                description,
                location,
                report.foundOn(),
                plan,
                deadline,
                HazardStatus.RECTIFYING.code(),
                HazardLevel.MAJOR.is(level),
                false,
                account.userId(),
                now,
                null,
                null,
                null,
                null,
                null,
                0,
                null);
        hazards.insert(hazard);
        Map<String, Object> variables = new HashMap<>();
        variables.put("uscc", account.uscc());
        variables.put("hazardId", hazard.id());
        variables.put("hazardLevel", level);
        variables.put("hazardTitle", title);
        variables.put("hazardDescription", description);
        variables.put("rectificationPlan", plan);
        variables.put("deadline", Date.from(deadline.toInstant()));
        variables.put("enterpriseName", subject.name());
        variables.put("countyCode", subject.countyCode() != null ? subject.countyCode() : subject.regionCode());
        variables.put("cityCode", subject.cityCode() != null ? subject.cityCode() : subject.countyCode());
        ProcessInstance pi = runtime.startProcessInstanceByKey(PROCESS, account.uscc(), variables);
        hazards.setProcess(hazard.id(), pi.getId());
        photos.forEach(p -> attach(pi.getId(), null, p, texts.zh("supervision.text.hazardPhoto")));
        file.record(
                account.uscc(),
                "HAZARD_REPORTED",
                account.userId(),
                texts.zh(
                        hazard.major() ? "supervision.text.hazardReported.major" : "supervision.text.hazardReported",
                        title,
                        report.deadline()),
                null,
                "hazard-reported:" + hazard.id());
        return hazards.find(hazard.id()).orElseThrow();
    }

    /** The enterprise reports the hazard fixed, with what it did and photos; the county then verifies. */
    @Transactional
    public void rectify(Account account, String hazardId, String rectification, List<UploadedFile> photos) {
        Hazard hazard = own(account, hazardId);
        Task task = tasks.createTaskQuery()
                .processInstanceId(hazard.processInstanceId())
                .taskDefinitionKey(RECTIFY)
                .active()
                .singleResult();
        if (task == null) {
            throw new Refused("hazard.notRectifying", hazardId);
        }
        String text = required(rectification, MAX_TEXT, "hazard.rectification");
        checkPhotos(photos);
        photos.forEach(p ->
                attach(hazard.processInstanceId(), task.getId(), p, texts.zh("supervision.text.rectificationPhoto")));
        tasks.setAssignee(task.getId(), account.userId());
        tasks.complete(task.getId(), Map.of("rectification", text));
    }

    /** The hazards of an enterprise, newest first: for the enterprise itself and for officials whose scope holds it. */
    @Transactional(readOnly = true)
    public List<Hazard> forEnterprise(Account account, String uscc) {
        ledger.requireVisible(account, uscc);
        return hazards.byEnterprise(uscc);
    }

    /** The listed (挂牌督办) major hazards and where they stand, for the public page; open ones first. */
    @Transactional(readOnly = true)
    public List<PublicHazard> listed(String text, int offset, int limit) {
        Page page = Page.of(offset, limit, PUBLIC_PAGE);
        return hazards.listed(TaskInputs.search(text), page.offset(), page.limit());
    }

    @Transactional(readOnly = true)
    public long countListed(String text) {
        return hazards.countListed(TaskInputs.search(text));
    }

    // ---------------------------------------------------------------- called by the process

    /** Task listener, on complete: the rectification or the verification goes into the hazard's row and file. */
    public void taskCompleted(TaskSubmission task) {
        progress.taskCompleted(task);
    }

    /** The deadline passed before the hazard was closed: see {@link HazardProgress#deadlinePassed}. */
    public Overdue deadlinePassed(String processInstanceId) {
        return progress.deadlinePassed(processInstanceId);
    }

    // ----------------------------------------------------------------

    private Hazard own(Account account, String hazardId) {
        Hazard hazard = hazards.find(hazardId).orElseThrow(() -> new Refused("hazard.gone", hazardId));
        if (!account.isEnterprise() || !hazard.uscc().equals(account.uscc())) {
            throw new Refused("hazard.gone", hazardId);
        }
        return hazard;
    }

    private void checkPhotos(List<UploadedFile> photos) {
        if (photos.size() > MAX_PHOTOS) {
            throw new Refused("hazard.tooManyPhotos", String.valueOf(MAX_PHOTOS));
        }
        for (UploadedFile photo : photos) {
            FileRules.DEFAULT.check("photo", photo, "image/*,.pdf").ifPresent(error -> {
                throw new Refused(error.messageKey(), photo.fileName());
            });
        }
    }

    private void attach(String processInstanceId, String taskId, UploadedFile photo, String description) {
        tasks.createAttachment(
                FileRules.extension(photo.fileName()),
                taskId,
                processInstanceId,
                photo.fileName(),
                description,
                new ByteArrayInputStream(photo.bytes()));
    }

    private static String required(String value, int max, String field) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new Refused("hazard.required", field);
        }
        if (text.length() > max) {
            throw new Refused("hazard.tooLong", field);
        }
        return text;
    }

    /** The task keys of the process, for the inbox's labels. */
    public static final Set<String> TASK_KEYS = Set.of(RECTIFY, VERIFY, SUPERVISE);
}
