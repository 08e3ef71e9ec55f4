package cn.safetygrading.facts.service;

import cn.safetygrading.facts.domain.Register;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Which grade-event (contract: grade-adjustment events) a register entry is a ground for; the move
 * rules themselves are the adjustment's. One event per entry: a concealed accident is
 * CONCEALED_ACCIDENT, one of level 一般 or above GENERAL_ACCIDENT, a liability accident below that
 * LIABILITY_ACCIDENT; a penalty with another decided in the 365 days before it REPEATED_PENALTY.
 */
final class GradeGrounds {

    private GradeGrounds() {}

    static String eventOf(Register register, Map<String, Object> columns, BooleanSupplier earlierPenalty) {
        return switch (register) {
            case ACCIDENTS -> {
                if (Boolean.TRUE.equals(columns.get("concealed"))) {
                    yield "CONCEALED_ACCIDENT";
                }
                if (!"MINOR".equals(columns.get("level"))) {
                    yield "GENERAL_ACCIDENT";
                }
                yield Boolean.TRUE.equals(columns.get("liability")) ? "LIABILITY_ACCIDENT" : null;
            }
            case PENALTIES -> earlierPenalty.getAsBoolean() ? "REPEATED_PENALTY" : null;
            case COMMENDATIONS -> "COMMENDATION";
            case STANDARDIZATION -> "STANDARDIZATION_CERTIFIED";
            case DUAL_PREVENTION ->
                switch ((String) columns.get("result")) {
                    case "BENCHMARK" -> "DUAL_PREVENTION_BENCHMARK";
                    case "NOT_RUNNING" -> "DUAL_PREVENTION_NOT_RUNNING";
                    default -> null;
                };
            case RISK_FACTS, CREDIT -> null;
        };
    }
}
