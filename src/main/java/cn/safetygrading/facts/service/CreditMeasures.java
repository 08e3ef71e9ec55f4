package cn.safetygrading.facts.service;

import cn.safetygrading.facts.persistence.FactMapper;
import cn.safetygrading.grading.domain.IndustryClass;
import cn.safetygrading.supervision.service.CreditIntervals;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * What seed 001 makes of the credit grade, for the inspection planner to ask ({@link CreditIntervals}): the
 * longest interval between enforcement inspections (a: 24 months, b: 12, c: 6, d: 3), and the d-grade
 * enterprises (四级, 重点监管对象: the blacklist). Only for the credit-graded industries of seed 001 (非煤矿山类,
 * 危险化学品类, 烟花爆竹类, 工贸八大行业类: {@link IndustryClass} other than GENERAL, by GB/T 4754 division; of the
 * sections only C 制造业 and F 批发和零售业, which hold nothing else). The planner takes the strictest of this,
 * supervision-measures and the watch period.
 */
@Service
public class CreditMeasures implements CreditIntervals {

    private static final Map<String, Integer> INTERVAL_MONTHS = Map.of("a", 24, "b", 12, "c", 6, "d", 3);
    private static final Set<String> CREDIT_GRADED_SECTIONS = Set.of("C", "F");

    private final FactDecisions decisions;
    private final FactMapper facts;

    public CreditMeasures(FactDecisions decisions, FactMapper facts) {
        this.decisions = decisions;
        this.facts = facts;
    }

    /** Whether seed 001 grades the industry's credit (one of its four credit industry classes). */
    public static boolean creditGraded(String industryCode) {
        if (industryCode == null || industryCode.isBlank()) {
            return false;
        }
        String code = industryCode.strip();
        if (CREDIT_GRADED_SECTIONS.contains(code)) {
            return true;
        }
        try {
            return IndustryClass.ofDivision(code, false, false) != IndustryClass.GENERAL;
        } catch (IllegalArgumentException notADivision) {
            return false;
        }
    }

    @Override
    public Optional<Integer> intervalMonths(String industryCode, String creditGrade) {
        if (creditGrade == null || !creditGraded(industryCode)) {
            return Optional.empty();
        }
        return Optional.ofNullable(INTERVAL_MONTHS.get(creditGrade.strip()));
    }

    /** The enterprise's credit interval (its stored grade and industry); empty as {@link #intervalMonths}. */
    public Optional<Integer> inspectionIntervalMonths(String uscc, String industryCode) {
        return decisions.storedCreditGrade(uscc).flatMap(g -> intervalMonths(industryCode, g));
    }

    /** Whether the enterprise is on the blacklist now (stored credit grade d, credit-graded industry). */
    public boolean blacklistedNow(String uscc, String industryCode) {
        return decisions
                .storedCreditGrade(uscc)
                .map(g -> blacklisted(industryCode, g))
                .orElse(false);
    }

    /** The credit grade d enterprises of a region subtree (its path, as {@code Region.path()}), any industry. */
    public List<String> creditGradeD(String regionPath) {
        return facts.creditGradeD(regionPath);
    }
}
