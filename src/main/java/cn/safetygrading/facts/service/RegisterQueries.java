package cn.safetygrading.facts.service;

import cn.safetygrading.facts.persistence.FactMapper;
import cn.safetygrading.facts.persistence.RiskRow;
import cn.safetygrading.grading.service.FactRegisters;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The decision inputs the registers give (domain §3, §4, §11), for the day of the decision. Only
 * entries in force count (not superseded), each by the day it happened: a fact that happened four
 * years ago and was typed in today lies outside a three-year window.
 */
@Service
public class RegisterQueries implements FactRegisters {

    private final FactMapper facts;

    public RegisterQueries(FactMapper facts) {
        this.facts = facts;
    }

    @Override
    public Map<String, Object> diagnosisInputs(String uscc, LocalDate day) {
        return Map.of(
                "fatalAccidentWithin3Years", accidents(uscc, "FATAL", day.minusYears(3), day) > 0,
                "generalAccident", accidents(uscc, "GENERAL", day.minusYears(1), day) > 0);
    }

    /**
     * 重大/较大 criteria of order 331: accidents whose conditions may still exist are taken as those of
     * the last three years; place, hazard source, workers and assessment from the newest risk facts.
     */
    @Override
    public Map<String, Object> riskInputs(String uscc, LocalDate day, String ledgerAssessedLevel) {
        LocalDate from = day.minusYears(3);
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("seriousAccident", accidents(uscc, "SERIOUS", from, day) > 0);
        inputs.put("minorAccidents", accidents(uscc, "MINOR", from, day));
        RiskRow risk = facts.currentRisk(uscc, day);
        if (risk == null) {
            inputs.put("majorHazardSource", false);
            inputs.put("hazardousPlace", false);
            inputs.put("workersAtOnce", 0);
            inputs.put("assessedLevel", ledgerAssessedLevel);
        } else {
            inputs.put("majorHazardSource", Boolean.TRUE.equals(risk.majorHazardSource()));
            inputs.put("hazardousPlace", Boolean.TRUE.equals(risk.hazardousPlace()));
            inputs.put("workersAtOnce", risk.workersAtOnce() == null ? 0 : risk.workersAtOnce());
            inputs.put("assessedLevel", risk.assessedLevel());
        }
        return inputs;
    }

    /** [001]: fatal and larger accidents are liability accidents; a concealed accident is a severe violation. */
    @Override
    public Map<String, Object> creditInputs(String uscc, LocalDate day) {
        LocalDate year = day.minusYears(1);
        LocalDate threeYears = day.minusYears(3);
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("publicCommitment", credit(uscc, "PUBLIC_COMMITMENT", LocalDate.MIN, day) > 0);
        inputs.put("dishonestWithin1Year", credit(uscc, "DISHONEST", year, day) > 0);
        inputs.put("dishonestWithin3Years", credit(uscc, "DISHONEST", threeYears, day) > 0);
        int fatalInYear = accidents(uscc, "FATAL_LIABILITY", year, day);
        inputs.put("fatalAccidentWithin1Year", fatalInYear > 0);
        inputs.put("fatalAccidentWithin3Years", accidents(uscc, "FATAL_LIABILITY", threeYears, day) > 0);
        inputs.put("fatalGeneralAccidentsWithin1Year", fatalInYear);
        inputs.put("jointPunishment", facts.jointPunishmentOn(uscc, day));
        inputs.put("largerAccidentLastYear", accidents(uscc, "LARGER_LIABILITY", year, day) > 0);
        inputs.put(
                "severeViolation",
                credit(uscc, "SEVERE_VIOLATION", year, day) > 0 || accidents(uscc, "CONCEALED", year, day) > 0);
        Integer level = facts.standardizationLevel(uscc, day);
        inputs.put("standardizationLevel", level == null ? 0 : level);
        return inputs;
    }

    private int accidents(String uscc, String kind, LocalDate from, LocalDate to) {
        return facts.accidentsBetween(uscc, kind, from, to);
    }

    private int credit(String uscc, String kind, LocalDate from, LocalDate to) {
        // LocalDate.MIN is not a date PostgreSQL stores
        return facts.creditBetween(
                uscc, kind, from.isBefore(LocalDate.of(1900, 1, 1)) ? LocalDate.of(1900, 1, 1) : from, to);
    }
}
