package cn.safetygrading.ledger.service;

import cn.safetygrading.ledger.domain.Industry;
import cn.safetygrading.ledger.domain.RiskFeature;
import java.util.Set;

/** A valid row of a ledger file, parsed: null means "not stated in the file". */
record ImportedRow(
        int row,
        String uscc,
        String name,
        String address,
        Industry industry,
        String regionCode,
        String enterpriseClass,
        Set<RiskFeature> features,
        String remarkText,
        String grade,
        String managementLevel,
        String competent,
        String supervising,
        String status) {}
