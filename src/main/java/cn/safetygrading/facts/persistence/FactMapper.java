package cn.safetygrading.facts.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The registers' tables. Table and column names come only from {@code Register} (never from input);
 * values are bound. Rows come back as {@link FactRow}: the shared frame typed, the register's own
 * columns as a JSON object (the columns vary by register).
 */
@Mapper
public interface FactMapper {

    int insert(
            @Param("table") String table,
            @Param("id") String id,
            @Param("uscc") String uscc,
            @Param("recordedBy") String recordedBy,
            @Param("recordedAt") OffsetDateTime recordedAt,
            @Param("gradeEvent") String gradeEvent,
            @Param("values") List<FactColumn> values);

    List<FactRow> list(@Param("table") String table, @Param("uscc") String uscc);

    FactRow find(@Param("table") String table, @Param("uscc") String uscc, @Param("id") String id);

    /** Points an entry not yet superseded at its correction; 0 when it was superseded already. */
    int supersede(@Param("table") String table, @Param("id") String id, @Param("by") String by);

    /** Whether another penalty in force was decided within [from, to]. */
    boolean otherPenaltyBetween(
            @Param("uscc") String uscc,
            @Param("id") String id,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    /** Accidents in force that happened within [from, to], by kind (see the statement). */
    int accidentsBetween(
            @Param("uscc") String uscc,
            @Param("kind") String kind,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    /** Credit facts in force of a kind that happened within [from, to]. */
    int creditBetween(
            @Param("uscc") String uscc,
            @Param("kind") String kind,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    /** Whether a joint punishment in force has begun by the day and not ended before it. */
    boolean jointPunishmentOn(@Param("uscc") String uscc, @Param("day") LocalDate day);

    /** The level of the newest standardisation in force certified by the day, or null. */
    Integer standardizationLevel(@Param("uscc") String uscc, @Param("day") LocalDate day);

    /** The newest risk facts in force assessed by the day, or null. */
    RiskRow currentRisk(@Param("uscc") String uscc, @Param("day") LocalDate day);

    int saveCreditGrade(@Param("uscc") String uscc, @Param("grade") String grade, @Param("at") OffsetDateTime at);

    String creditGrade(@Param("uscc") String uscc);

    /** Enterprises of a region subtree whose credit grade is d (四级: 重点监管对象), by USCC. */
    List<String> creditGradeD(@Param("regionPath") String regionPath);
}
