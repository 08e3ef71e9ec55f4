package cn.safetygrading.document.domain;

/** The issuing unit of a document: its department id (the counter's key), its name and its 文号 prefix (威环应急). */
public record Issuer(String code, String name, String prefix) {

    /** The 文号: prefix〔year〕serial号, e.g. 威环应急〔2026〕12号. */
    public String documentNo(int year, int serial) {
        return prefix + "〔" + year + "〕" + serial + "号";
    }
}
