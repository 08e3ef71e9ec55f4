package cn.safetygrading.grading.service;

import cn.safetygrading.grading.persistence.GradeAdjustmentMapper;
import cn.safetygrading.grading.persistence.GradingCaseMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The facts of the enterprise file that bear on a grade: accidents (recorded as grade events) and
 * earlier falsification. Read at the start of a cycle and again when the grade is applied, so an
 * accident during a running cycle still forces D.
 */
@Service
public class GradingFacts {

    /** Events that are a general-or-above production accident (一般及以上生产安全事故). */
    public static final List<String> GENERAL_ACCIDENT_EVENTS = List.of("GENERAL_ACCIDENT", "CONCEALED_ACCIDENT");

    private final GradeAdjustmentMapper adjustments;
    private final GradingCaseMapper cases;
    private final Clock clock;

    public GradingFacts(GradeAdjustmentMapper adjustments, GradingCaseMapper cases, Clock clock) {
        this.adjustments = adjustments;
        this.cases = cases;
        this.clock = clock;
    }

    /** {@code fatalAccidentWithin3Years} and {@code generalAccident} (within the last year), as decision inputs. */
    public Map<String, Object> accidents(String uscc) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Map.of(
                "fatalAccidentWithin3Years", adjustments.anyFatalitiesSince(uscc, now.minusYears(3)),
                "generalAccident", adjustments.anyEventSince(uscc, GENERAL_ACCIDENT_EVENTS, now.minusYears(1)));
    }

    /**
     * The facts the {@code risk-level} decision reads that the system knows: a fatal accident and the
     * general accidents of the last three years, and the assessed level on the ledger. Facts the
     * ledger does not hold (major hazard source, hazardous place, workers at once) count as absent.
     */
    public Map<String, Object> riskInputs(String uscc, String assessedLevel) {
        OffsetDateTime threeYears = OffsetDateTime.now(clock).minusYears(3);
        Map<String, Object> inputs = new java.util.HashMap<>();
        inputs.put("seriousAccident", adjustments.anyFatalitiesSince(uscc, threeYears));
        inputs.put("minorAccidents", adjustments.countEventsSince(uscc, GENERAL_ACCIDENT_EVENTS, threeYears));
        inputs.put("assessedLevel", assessedLevel);
        return inputs;
    }

    public boolean previouslyFalsified(String uscc) {
        return cases.everFalsified(uscc);
    }
}
