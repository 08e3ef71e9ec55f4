package cn.safetygrading.ledger.domain;

/**
 * Filters of the ledger grid; null means "any". {@code text} matches name or USCC; {@code regionCode}
 * takes the region and everything below it; {@code industryCode} a division (01–97) or a section (A–T).
 */
public record EnterpriseFilter(
        String text, String regionCode, String industryCode, String enterpriseClass, String grade, String status) {

    /** The filters the ledger had before industries were added. */
    public EnterpriseFilter(String text, String regionCode, String enterpriseClass, String grade, String status) {
        this(text, regionCode, null, enterpriseClass, grade, status);
    }

    /** {@code status} that keeps the enterprises the statistics count (active, and class-I individual businesses). */
    public static final String GRADABLE = "GRADABLE";

    public static EnterpriseFilter none() {
        return new EnterpriseFilter(null, null, null, null, null, null);
    }
}
