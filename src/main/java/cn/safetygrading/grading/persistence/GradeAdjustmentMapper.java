package cn.safetygrading.grading.persistence;

import cn.safetygrading.grading.domain.GradeAdjustment;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface GradeAdjustmentMapper {

    /** Inserts unless the process instance has recorded its adjustment already (a retried job). */
    int insert(GradeAdjustment adjustment);

    /** The moves that were applied (not the refused ones), newest first. */
    List<GradeAdjustment> byEnterprise(String uscc);

    /** Every move, refused ones included, newest first (the enterprise file's 等级变动). */
    List<GradeAdjustment> moves(String uscc);

    /** Whether one of {@code events} moved the grade on a fact dated strictly between from and to. */
    boolean appliedWithin(
            @Param("uscc") String uscc,
            @Param("events") Collection<String> events,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    int countEventsSince(
            @Param("uscc") String uscc,
            @Param("events") Collection<String> events,
            @Param("since") java.time.OffsetDateTime since);

    boolean anyEventSince(
            @Param("uscc") String uscc,
            @Param("events") Collection<String> events,
            @Param("since") OffsetDateTime since);

    boolean anyFatalitiesSince(@Param("uscc") String uscc, @Param("since") OffsetDateTime since);
}
