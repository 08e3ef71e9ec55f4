package cn.safetygrading.ledger.domain;

/**
 * One row of the ledger file (domain §2, [000] annex), as exported or frozen by a sign-off. Class, grade
 * and management level are the stored codes ({@code I}, {@code A}, {@code CITY}); the file writer turns
 * them into Ⅰ, A and 市级.
 */
public record LedgerLine(
        int seq,
        String name,
        String uscc,
        String address,
        String industryCode,
        String industryName,
        String enterpriseClass,
        String grade,
        String managementLevel,
        String competentDepartment,
        String supervisingDepartment,
        String remark) {}
