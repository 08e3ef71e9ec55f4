package cn.safetygrading.supervision.persistence;

import cn.safetygrading.ledger.domain.Scope;
import cn.safetygrading.supervision.domain.RovingCandidate;
import cn.safetygrading.supervision.domain.Stationing;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface StationingMapper {

    int insert(
            @Param("id") String id,
            @Param("uscc") String uscc,
            @Param("mode") String mode,
            @Param("at") OffsetDateTime at,
            @Param("pid") String processInstanceId);

    int assign(
            @Param("id") String id,
            @Param("officials") String officials,
            @Param("location") String location,
            @Param("startsOn") LocalDate startsOn,
            @Param("by") String by);

    int report(
            @Param("id") String assignmentId,
            @Param("summary") String summary,
            @Param("issues") String issues,
            @Param("by") String by,
            @Param("at") OffsetDateTime at,
            @Param("taskId") String taskId);

    int end(@Param("id") String id, @Param("at") OffsetDateTime at);

    List<Stationing> byEnterprise(String uscc);

    /** The stationing the enterprise's grade calls for (STATIONED, ROVING, NONE or null when ungraded). */
    String stationingOf(@Param("uscc") String uscc);

    int insertChoice(
            @Param("id") String id,
            @Param("uscc") String uscc,
            @Param("station") boolean station,
            @Param("reason") String reason,
            @Param("by") String by,
            @Param("at") OffsetDateTime at);

    /** The active enterprises under a region path whose grade calls for roving stationing, with their newest choice. */
    List<RovingCandidate> rovingCandidates(@Param("scope") Scope scope);
}
