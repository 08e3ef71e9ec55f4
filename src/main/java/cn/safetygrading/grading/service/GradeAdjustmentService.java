package cn.safetygrading.grading.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.grading.domain.GradeAdjustment;
import cn.safetygrading.grading.domain.GradeAdjustmentRefusal;
import cn.safetygrading.grading.domain.GradeEventRequest;
import cn.safetygrading.grading.persistence.GradeAdjustmentMapper;
import cn.safetygrading.ledger.domain.GradingSubject;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.ledger.service.GradeBook;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dynamic adjustment (动态调整, domain §11): an accident of level 一般 or above, or a concealed one, sets D
 * at once (fact within 3 years); every other ground moves the grade at most one level per 12 months in
 * each direction (fact within 12 months), and no upgrade is granted during a watch period. Every event is
 * recorded in grade_adjustment, a refused one with its reason.
 */
@Service
@Transactional
public class GradeAdjustmentService {

    public static final Set<String> ACCIDENTS = Set.of("GENERAL_ACCIDENT", "CONCEALED_ACCIDENT");
    public static final Set<String> DOWNGRADES = Set.of(
            "LIABILITY_ACCIDENT",
            "REPEATED_PENALTY",
            "REFUSED_ORDER",
            "PROMINENT_HAZARDS",
            "DUAL_PREVENTION_NOT_RUNNING",
            "RESPONSIBILITY_NOT_IMPLEMENTED",
            "SHORTCOMINGS",
            "OTHER_DOWN");
    public static final Set<String> UPGRADES = Set.of(
            "NO_ACCIDENT_3_YEARS",
            "STANDARDIZATION_CERTIFIED",
            "DUAL_PREVENTION_BENCHMARK",
            "INTRINSIC_SAFETY_GAIN",
            "COMMENDATION",
            "HIGH_MANAGEMENT",
            "EFFECTIVE_MEASURES");
    /** Seed 000's grounds that need a written reason and a manager's confirmation. */
    public static final Set<String> CONFIRMED_GROUNDS =
            Set.of("SHORTCOMINGS", "OTHER_DOWN", "HIGH_MANAGEMENT", "EFFECTIVE_MEASURES");

    private static final Translations TRANSLATIONS = new Translations();

    /** What became of one event. */
    public record Outcome(
            boolean adjusted,
            String previousGrade,
            String newGrade,
            boolean watchPeriod,
            GradeAdjustmentRefusal refusal) {}

    private final Decisions decisions;
    private final GradeBook gradeBook;
    private final GradeAdjustmentMapper adjustments;
    private final EnterpriseFileService file;
    private final RuntimeService runtime;
    private final Clock clock;

    public GradeAdjustmentService(
            Decisions decisions,
            GradeBook gradeBook,
            GradeAdjustmentMapper adjustments,
            EnterpriseFileService file,
            RuntimeService runtime,
            Clock clock) {
        this.decisions = decisions;
        this.gradeBook = gradeBook;
        this.adjustments = adjustments;
        this.file = file;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** Task_ApplyAdjustment: the rules above, then the decision; the ledger and the record are written here. */
    public Outcome apply(GradeEventRequest request) {
        String uscc = request.uscc();
        if (uscc == null) {
            throw new IllegalArgumentException("grade-event needs the enterprise's USCC as business key");
        }
        GradingSubject subject = gradeBook.requireSubject(uscc);
        String current = subject.grade();
        LocalDate today = LocalDate.now(clock);
        LocalDate occurred = request.occurredOn() == null ? today : request.occurredOn();
        String event = request.event();
        Optional<GradeAdjustmentRefusal> refusal = refusal(uscc, event, occurred, today);
        Optional<Map<String, Object>> result = Optional.empty();
        if (refusal.isEmpty()) {
            Map<String, Object> inputs = new HashMap<>();
            inputs.put("currentGrade", current);
            inputs.put("event", event);
            result = decisions.single("grade-adjustment", inputs).filter(r -> r.get("newGrade") != null);
            if (result.isEmpty()) {
                refusal = Optional.of(GradeAdjustmentRefusal.UNKNOWN_GROUND);
            }
        }
        String key = "adjustment:" + request.processInstanceId();
        if (refusal.isPresent()) {
            record(request, current, null, false, occurred, refusal.get());
            file.record(
                    uscc,
                    "ADJUSTMENT_REFUSED",
                    actor(request),
                    text(
                            "grading.adjustment.refusedSummary",
                            refusalText(refusal.get()),
                            groundText(event),
                            request.note() == null ? "" : request.note()),
                    null,
                    key);
            return new Outcome(false, current, null, false, refusal.get());
        }
        String newGrade = (String) result.get().get("newGrade");
        boolean watch = Boolean.TRUE.equals(result.get().get("watchPeriod"));
        Map<String, Object> measures = decisions
                .supervisionMeasures(subject.enterpriseClass(), newGrade)
                .orElse(Map.of());
        Integer interval = intervalOf(measures);
        if (watch || watching(uscc)) {
            interval = watchInterval(subject.enterpriseClass(), interval);
        }
        record(request, current, newGrade, watch, occurred, null);
        gradeBook.writeGrade(
                uscc,
                newGrade,
                interval,
                (String) measures.get("stationing"),
                "ADJUSTED",
                actor(request),
                text(
                        "grading.adjustment.appliedSummary",
                        current == null ? text("grading.adjustment.ungraded") : current,
                        newGrade,
                        groundText(event),
                        request.note() == null ? "" : request.note()),
                null,
                key);
        return new Outcome(true, current, newGrade, watch, null);
    }

    /**
     * confirmAdjustment answered 不予确认: recorded as a refused move (NOT_CONFIRMED) with the proposer as actor;
     * the grade stays.
     */
    public Outcome notConfirmed(GradeEventRequest request) {
        GradingSubject subject = gradeBook.requireSubject(request.uscc());
        LocalDate occurred = request.occurredOn() == null ? LocalDate.now(clock) : request.occurredOn();
        record(request, subject.grade(), null, false, occurred, GradeAdjustmentRefusal.NOT_CONFIRMED);
        return new Outcome(false, subject.grade(), null, false, GradeAdjustmentRefusal.NOT_CONFIRMED);
    }

    /** The ground in words (i18n {@code adjustment.<EVENT>}), the code itself when unknown. */
    public static String groundText(String event) {
        if (event == null) {
            return "";
        }
        String text = TRANSLATIONS.get("adjustment." + event, Translations.CHINESE);
        return text.startsWith("!") ? event : text;
    }

    /** A refusal in words (i18n {@code grading.refusal.<CODE>}). */
    public static String refusalText(GradeAdjustmentRefusal refusal) {
        return text("grading.refusal." + refusal.name());
    }

    /** A sentence of the grading bundle in Chinese (the language of the enterprise file). */
    public static String text(String key, Object... params) {
        return TRANSLATIONS.get(key, Translations.CHINESE, params);
    }

    /** While watching, inspected at least as often as grade C of its class: min(interval of grade, of C). */
    public Integer watchInterval(String enterpriseClass, Integer gradeInterval) {
        return WatchIntervals.atLeastAsOftenAsC(decisions, enterpriseClass, gradeInterval);
    }

    /** Whether the enterprise is in a watch period (a running watch-period process). */
    public boolean watching(String uscc) {
        return runtime.createProcessInstanceQuery()
                        .processDefinitionKey(WatchPeriodService.PROCESS)
                        .processInstanceBusinessKey(uscc)
                        .count()
                > 0;
    }

    private Optional<GradeAdjustmentRefusal> refusal(String uscc, String event, LocalDate occurred, LocalDate today) {
        if (event == null) {
            return Optional.of(GradeAdjustmentRefusal.UNKNOWN_GROUND);
        }
        if (occurred.isAfter(today)) {
            return Optional.of(GradeAdjustmentRefusal.FUTURE_FACT);
        }
        if (ACCIDENTS.contains(event)) {
            return occurred.plusYears(3).isAfter(today)
                    ? Optional.empty()
                    : Optional.of(GradeAdjustmentRefusal.STALE_FACT);
        }
        if (!occurred.plusDays(365).isAfter(today)) {
            return Optional.of(GradeAdjustmentRefusal.STALE_FACT);
        }
        boolean down = DOWNGRADES.contains(event);
        if (!down && UPGRADES.contains(event) && watching(uscc)) {
            return Optional.of(GradeAdjustmentRefusal.WATCH_PERIOD);
        }
        Set<String> sameDirection = down ? DOWNGRADES : UPGRADES;
        if ((down || UPGRADES.contains(event))
                && adjustments.appliedWithin(uscc, sameDirection, occurred.minusDays(365), occurred.plusDays(365))) {
            return Optional.of(GradeAdjustmentRefusal.ONE_LEVEL_PER_12_MONTHS);
        }
        return Optional.empty();
    }

    private void record(
            GradeEventRequest request,
            String previous,
            String newGrade,
            boolean watch,
            LocalDate occurred,
            GradeAdjustmentRefusal refusal) {
        adjustments.insert(new GradeAdjustment(
                UUID.randomUUID().toString(),
                request.uscc(),
                request.event(),
                previous,
                newGrade,
                watch,
                request.fatalities(),
                request.note(),
                OffsetDateTime.now(clock),
                request.processInstanceId(),
                request.factRef(),
                occurred,
                refusal != null,
                refusal == null ? null : refusal.name(),
                actor(request)));
    }

    private static String actor(GradeEventRequest request) {
        return request.actor() == null ? "system" : request.actor();
    }

    private static Integer intervalOf(Map<String, Object> measures) {
        return measures.get("inspectionIntervalMonths") instanceof Number n ? n.intValue() : null;
    }
}
