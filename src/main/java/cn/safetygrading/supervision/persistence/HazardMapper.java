package cn.safetygrading.supervision.persistence;

import cn.safetygrading.supervision.domain.Hazard;
import cn.safetygrading.supervision.domain.PublicHazard;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface HazardMapper {

    int insert(Hazard hazard);

    Optional<Hazard> find(String id);

    Optional<Hazard> byProcess(String processInstanceId);

    List<Hazard> byEnterprise(String uscc);

    int setProcess(@Param("id") String id, @Param("pid") String processInstanceId);

    int rectified(@Param("id") String id, @Param("text") String text, @Param("at") OffsetDateTime at);

    int verified(
            @Param("id") String id,
            @Param("accepted") boolean accepted,
            @Param("by") String by,
            @Param("text") String text,
            @Param("at") OffsetDateTime at);

    /** Marks the hazard overdue; 0 when it already was (so the consequences follow once). */
    int markOverdue(String id);

    List<PublicHazard> listed(@Param("text") String text, @Param("offset") int offset, @Param("limit") int limit);

    long countListed(@Param("text") String text);
}
