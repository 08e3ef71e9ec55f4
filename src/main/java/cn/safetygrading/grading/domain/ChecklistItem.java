package cn.safetygrading.grading.domain;

/**
 * One item of a checklist: what is checked ({@code text}), how it is scored ({@code method}) and the
 * points it carries. A <b>mandatory</b> item (必备项) is a licence or certificate the industry must
 * hold: answered {@link Answer#NOT_MET} the submission cannot pass review. A <b>veto</b> item (否决项)
 * states the absence of one kind of major accident hazard of the industry's national criteria
 * ({@code basis} cites them): answered {@link Answer#NOT_MET} or {@link Answer#PARTIAL} the enterprise
 * is graded D. An item may be both (e.g. special-operation certificates, which the criteria also list
 * as a major hazard). Veto-only items usually carry no points: they gate, they do not score.
 *
 * @param id        stable within the checklist, e.g. {@code M01}
 * @param basis     the rule the item comes from (required for veto items), e.g.
 *                  《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条; may be null
 */
public record ChecklistItem(
        String id, String text, int points, String method, boolean mandatory, boolean veto, String basis) {

    /** True if the item cannot be answered {@link Answer#NOT_APPLICABLE}. */
    public boolean alwaysApplicable() {
        return mandatory || veto;
    }
}
