package cn.safetygrading.ledger.persistence;

import cn.safetygrading.ledger.domain.GradingSubject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The grade columns of the ledger, written by the grading processes. */
@Mapper
public interface GradeBookMapper {

    Optional<GradingSubject> subject(String uscc);

    int writeGrade(
            @Param("uscc") String uscc,
            @Param("grade") String grade,
            @Param("inspectionIntervalMonths") Integer inspectionIntervalMonths,
            @Param("stationing") String stationing,
            @Param("at") OffsetDateTime at);

    /** Active enterprises of a region subtree after a USCC, in USCC order: the census of a campaign, read in batches. */
    List<String> activeAfter(
            @Param("regionPath") String regionPath,
            @Param("afterUscc") String afterUscc,
            @Param("limit") int limit,
            @Param("lane") int lane,
            @Param("lanes") int lanes);

    long countActive(@Param("regionPath") String regionPath);
}
