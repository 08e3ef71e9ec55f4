package cn.safetygrading.grading.service;

import cn.safetygrading.ledger.domain.Grade;
import java.util.Map;

/**
 * Domain §11: during a watch period the enterprise is inspected at least as often as grade C of its
 * class — its interval is min(interval of its grade, interval of C).
 */
public final class WatchIntervals {

    private WatchIntervals() {}

    public static Integer atLeastAsOftenAsC(Decisions decisions, String enterpriseClass, Integer gradeInterval) {
        Map<String, Object> c =
                decisions.supervisionMeasures(enterpriseClass, Grade.C.code()).orElse(Map.of());
        Integer cInterval = c.get("inspectionIntervalMonths") instanceof Number n ? n.intValue() : null;
        if (gradeInterval == null) {
            return cInterval;
        }
        return cInterval == null ? gradeInterval : Math.min(gradeInterval, cInterval);
    }
}
