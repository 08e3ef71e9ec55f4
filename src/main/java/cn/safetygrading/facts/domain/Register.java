package cn.safetygrading.facts.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The registers of facts (domain §11), each a table with the same frame (id, uscc, occurred_on,
 * document_no, recorded_by, recorded_at, superseded_by, grade_event) and fields of its own. The first
 * field is the day it happened; the table and column names here are the only ones the SQL uses.
 */
public enum Register {
    ACCIDENTS(
            "accidents",
            "fact_accident",
            List.of(
                    FactField.date("occurredOn", "occurred_on", true),
                    FactField.choice("level", "level", true, "MINOR", "GENERAL", "LARGER", "MAJOR", "EXTRAORDINARY"),
                    FactField.integer("deaths", "deaths", false, 0, 10000),
                    FactField.integer("seriousInjuries", "serious_injuries", false, 0, 10000),
                    FactField.integer("minorInjuries", "minor_injuries", false, 0, 10000),
                    FactField.flag("liability", "liability"),
                    FactField.flag("concealed", "concealed"),
                    FactField.text("documentNo", "document_no", false, 100),
                    FactField.text("description", "description", false, 2000))),
    PENALTIES(
            "penalties",
            "fact_penalty",
            List.of(
                    FactField.date("decidedOn", "occurred_on", true),
                    FactField.text("documentNo", "document_no", true, 100),
                    FactField.amount("amount", "amount"),
                    FactField.text("legalBasis", "legal_basis", false, 500))),
    COMMENDATIONS(
            "commendations",
            "fact_commendation",
            List.of(
                    FactField.date("awardedOn", "occurred_on", true),
                    FactField.choice("level", "level", true, "DISTRICT", "CITY", "PROVINCE", "NATIONAL"),
                    FactField.text("documentNo", "document_no", true, 100))),
    STANDARDIZATION(
            "standardization",
            "fact_standardization",
            List.of(
                    FactField.date("certifiedOn", "occurred_on", true),
                    FactField.integer("level", "level", true, 1, 3),
                    FactField.text("documentNo", "document_no", true, 100))),
    DUAL_PREVENTION(
            "dual-prevention",
            "fact_dual_prevention",
            List.of(
                    FactField.date("assessedOn", "occurred_on", true),
                    FactField.choice("result", "result", true, "BENCHMARK", "RUNNING", "NOT_RUNNING"),
                    FactField.text("documentNo", "document_no", false, 100))),
    RISK_FACTS(
            "risk-facts",
            "fact_risk",
            List.of(
                    FactField.date("assessedOn", "occurred_on", false),
                    FactField.flag("majorHazardSource", "major_hazard_source"),
                    FactField.flag("hazardousPlace", "hazardous_place"),
                    FactField.integer("workersAtOnce", "workers_at_once", false, 0, 1000000),
                    FactField.choice("assessedLevel", "assessed_level", false, "MAJOR", "LARGER", "GENERAL", "LOW"),
                    FactField.text("documentNo", "document_no", false, 100))),
    CREDIT(
            "credit-facts",
            "fact_credit",
            List.of(
                    FactField.date("occurredOn", "occurred_on", true),
                    FactField.choice(
                            "kind",
                            "kind",
                            true,
                            "PUBLIC_COMMITMENT",
                            "DISHONEST",
                            "JOINT_PUNISHMENT",
                            "SEVERE_VIOLATION"),
                    FactField.date("endsOn", "ends_on", false),
                    FactField.text("documentNo", "document_no", false, 100),
                    FactField.text("description", "description", false, 2000)));

    private final String path;
    private final String table;
    private final List<FactField> fields;

    Register(String path, String table, List<FactField> fields) {
        this.path = path;
        this.table = table;
        this.fields = fields;
    }

    /** The path segment under {@code /api/enterprises/{uscc}/}. */
    public String path() {
        return path;
    }

    public String table() {
        return table;
    }

    public List<FactField> fields() {
        return fields;
    }

    /** The field of the day it happened. */
    public FactField dateField() {
        return fields.get(0);
    }

    /** The i18n key stem of the register ({@code facts.register.accidents}). */
    public String key() {
        return "facts.register." + path;
    }

    public static Optional<Register> ofPath(String path) {
        return Arrays.stream(values()).filter(r -> r.path.equals(path)).findFirst();
    }
}
