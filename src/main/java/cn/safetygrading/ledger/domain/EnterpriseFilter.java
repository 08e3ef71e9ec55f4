package cn.safetygrading.ledger.domain;

/** Filters of the ledger grid; null means "any". {@code text} matches name or USCC. */
public record EnterpriseFilter(String text, String regionCode, String enterpriseClass, String grade, String status) {

    public static EnterpriseFilter none() {
        return new EnterpriseFilter(null, null, null, null, null);
    }
}
