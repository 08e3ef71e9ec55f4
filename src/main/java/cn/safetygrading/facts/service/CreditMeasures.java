package cn.safetygrading.facts.service;

import cn.safetygrading.facts.persistence.FactMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What seed 001 makes of the credit grade, for the inspection planner to ask: the longest interval
 * between enforcement inspections (a: 24 months, b: 12, c: 6, d: 3), and the d-grade enterprises
 * (四级, 重点监管对象: the blacklist). The planner takes the stricter of this and supervision-measures.
 */
@Service
public class CreditMeasures {

    private static final Map<String, Integer> INTERVAL_MONTHS = Map.of("a", 24, "b", 12, "c", 6, "d", 3);

    private final FactDecisions decisions;
    private final FactMapper facts;

    public CreditMeasures(FactDecisions decisions, FactMapper facts) {
        this.decisions = decisions;
        this.facts = facts;
    }

    /** The interval the enterprise's credit grade allows at most; empty while it has none. */
    public Optional<Integer> inspectionIntervalMonths(String uscc) {
        return decisions.storedCreditGrade(uscc).map(INTERVAL_MONTHS::get);
    }

    /** The blacklist of a region subtree (its path, as {@code Region.path()}). */
    public List<String> blacklist(String regionPath) {
        return facts.creditGradeD(regionPath);
    }
}
