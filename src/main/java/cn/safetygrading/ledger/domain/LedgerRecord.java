package cn.safetygrading.ledger.domain;

import java.util.Set;

/**
 * An enterprise as the ledger holds it, every column of domain §2 plus region, status and the risk
 * features ({@link RiskFeature#mask}). What an import compares, a correction changes and an export writes.
 */
public record LedgerRecord(
        String uscc,
        String name,
        String address,
        String industryCode,
        String industryName,
        String regionCode,
        String regionName,
        String regionPath,
        String enterpriseClass,
        String grade,
        String managementLevel,
        String competentDepartment,
        String supervisingDepartment,
        String remark,
        String status,
        int featureMask) {

    public Set<RiskFeature> features() {
        return RiskFeature.fromMask(featureMask);
    }

    public boolean has(RiskFeature feature) {
        return (featureMask & (1 << feature.ordinal())) != 0;
    }
}
