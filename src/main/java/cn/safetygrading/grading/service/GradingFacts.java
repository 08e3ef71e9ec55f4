package cn.safetygrading.grading.service;

import cn.safetygrading.grading.persistence.GradingCaseMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The facts of the enterprise file that bear on a grade, read from the registers at the moment a
 * decision is taken: at the start of a cycle and again when the grade is applied, so an accident
 * recorded during a running cycle still forces D. Windows count from the day a fact happened.
 */
@Service
public class GradingFacts {

    /** Events that are a general-or-above production accident (一般及以上生产安全事故). */
    public static final List<String> GENERAL_ACCIDENT_EVENTS = List.of("GENERAL_ACCIDENT", "CONCEALED_ACCIDENT");

    private final FactRegisters registers;
    private final GradingCaseMapper cases;
    private final Clock clock;

    public GradingFacts(FactRegisters registers, GradingCaseMapper cases, Clock clock) {
        this.registers = registers;
        this.cases = cases;
        this.clock = clock;
    }

    /** {@code fatalAccidentWithin3Years} and {@code generalAccident} (within the last year), as decision inputs. */
    public Map<String, Object> accidents(String uscc) {
        return registers.diagnosisInputs(uscc, LocalDate.now(clock));
    }

    /**
     * The inputs of the {@code risk-level} decision from the accident and risk registers; the ledger's
     * assessed level counts while no risk facts are recorded.
     */
    public Map<String, Object> riskInputs(String uscc, String assessedLevel) {
        return registers.riskInputs(uscc, LocalDate.now(clock), assessedLevel);
    }

    /** The inputs of the {@code credit-grade} decision from the registers. */
    public Map<String, Object> creditInputs(String uscc) {
        return registers.creditInputs(uscc, LocalDate.now(clock));
    }

    public boolean previouslyFalsified(String uscc) {
        return cases.everFalsified(uscc);
    }
}
