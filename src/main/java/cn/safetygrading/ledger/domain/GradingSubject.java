package cn.safetygrading.ledger.domain;

/**
 * What a grading needs to know of an enterprise: its class and grade now, its region and the county
 * and city above it (whose reviewers and experts work its case), its industry.
 */
public record GradingSubject(
        String uscc,
        String name,
        String enterpriseClass,
        String grade,
        String regionCode,
        String countyCode,
        String cityCode,
        String industryCode,
        String managementLevel,
        String status) {}
