package cn.safetygrading.grading.persistence;

import cn.safetygrading.grading.domain.GradeAdjustment;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface GradeAdjustmentMapper {

    /** Inserts unless the process instance has recorded its adjustment already (a retried job). */
    int insert(GradeAdjustment adjustment);

    List<GradeAdjustment> byEnterprise(String uscc);

    int countEventsSince(@Param("uscc") String uscc, @Param("events") Collection<String> events,
                         @Param("since") java.time.OffsetDateTime since);

    boolean anyEventSince(@Param("uscc") String uscc, @Param("events") Collection<String> events,
                          @Param("since") OffsetDateTime since);

    boolean anyFatalitiesSince(@Param("uscc") String uscc, @Param("since") OffsetDateTime since);
}
