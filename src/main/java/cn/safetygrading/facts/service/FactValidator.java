package cn.safetygrading.facts.service;

import cn.safetygrading.facts.domain.FactField;
import cn.safetygrading.facts.domain.InvalidFact;
import cn.safetygrading.facts.domain.Register;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a JSON body into a register's column values, refusing on the first wrong field: unknown
 * fields, missing required ones, dates not YYYY-MM-DD or after today, numbers out of range, choices
 * not listed, texts too long.
 */
final class FactValidator {

    private FactValidator() {}

    /** Column → value of the fields given (absent and blank ones left out, so the table's defaults hold). */
    static Map<String, Object> columns(Register register, Map<String, Object> body, LocalDate today) {
        Map<String, Object> input = body == null ? Map.of() : body;
        for (String name : input.keySet()) {
            if (register.fields().stream().noneMatch(f -> f.name().equals(name))) {
                throw new InvalidFact(name, "facts.error.unknown");
            }
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        for (FactField field : register.fields()) {
            Object raw = input.get(field.name());
            if (raw instanceof String s && s.isBlank()) {
                raw = null;
            }
            if (raw == null) {
                if (field.required()) {
                    throw new InvalidFact(field.name(), "facts.error.required");
                }
                continue;
            }
            columns.put(field.column(), value(field, raw, today));
        }
        if (register.dateField().column().equals("occurred_on") && !columns.containsKey("occurred_on")) {
            columns.put("occurred_on", today);
        }
        Object endsOn = columns.get("ends_on");
        if (endsOn instanceof LocalDate end && end.isBefore((LocalDate) columns.get("occurred_on"))) {
            throw new InvalidFact("endsOn", "facts.error.endsBefore");
        }
        return columns;
    }

    private static Object value(FactField field, Object raw, LocalDate today) {
        String name = field.name();
        return switch (field.type()) {
            case DATE -> {
                LocalDate date = date(name, raw);
                if (field.column().equals("occurred_on") && date.isAfter(today)) {
                    throw new InvalidFact(name, "facts.error.future");
                }
                if (date.getYear() < 1950) {
                    throw new InvalidFact(name, "facts.error.date");
                }
                yield date;
            }
            case INTEGER -> {
                if (!(raw instanceof Integer || raw instanceof Long)) {
                    throw new InvalidFact(name, "facts.error.integer");
                }
                long n = ((Number) raw).longValue();
                if ((field.min() != null && n < field.min()) || (field.max() != null && n > field.max())) {
                    throw new InvalidFact(name, "facts.error.range");
                }
                yield (int) n;
            }
            case AMOUNT -> {
                if (!(raw instanceof Number number)) {
                    throw new InvalidFact(name, "facts.error.amount");
                }
                BigDecimal amount = new BigDecimal(number.toString());
                if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12) {
                    throw new InvalidFact(name, "facts.error.amount");
                }
                yield amount;
            }
            case BOOLEAN -> {
                if (!(raw instanceof Boolean b)) {
                    throw new InvalidFact(name, "facts.error.flag");
                }
                yield b;
            }
            case CHOICE -> {
                if (!(raw instanceof String s) || !field.choices().contains(s)) {
                    throw new InvalidFact(name, "facts.error.choice");
                }
                yield s;
            }
            case TEXT -> {
                if (!(raw instanceof String s)) {
                    throw new InvalidFact(name, "facts.error.text");
                }
                String text = s.strip();
                if (text.length() > field.maxLength()) {
                    throw new InvalidFact(name, "facts.error.length");
                }
                yield text;
            }
        };
    }

    private static LocalDate date(String name, Object raw) {
        if (raw instanceof LocalDate d) {
            return d;
        }
        if (!(raw instanceof String s) || !s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new InvalidFact(name, "facts.error.date");
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new InvalidFact(name, "facts.error.date");
        }
    }
}
