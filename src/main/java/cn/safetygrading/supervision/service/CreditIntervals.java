package cn.safetygrading.supervision.service;

import java.util.Optional;

/**
 * What seed 001 makes of an enterprise's credit grade (a…d) for the inspection plan, asked by the planner and
 * answered by the fact registers (which decide the grade), so supervision does not depend on them. Only the
 * credit-graded industries (非煤矿山类, 危险化学品类, 烟花爆竹类, 工贸八大行业类) have a credit interval or a blacklist.
 */
public interface CreditIntervals {

    /**
     * The longest interval between enforcement inspections the credit grade allows (a 24 months, b 12, c 6,
     * d 3); empty when the enterprise's industry is not credit-graded or it has no credit grade.
     */
    Optional<Integer> intervalMonths(String industryCode, String creditGrade);

    /** Whether the enterprise is on the blacklist (四级 d of a credit-graded industry: 重点监管对象). */
    default boolean blacklisted(String industryCode, String creditGrade) {
        return "d".equals(creditGrade == null ? null : creditGrade.strip())
                && intervalMonths(industryCode, creditGrade).isPresent();
    }
}
