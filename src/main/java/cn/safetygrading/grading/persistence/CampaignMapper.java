package cn.safetygrading.grading.persistence;

import cn.safetygrading.grading.domain.Campaign;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface CampaignMapper {

    int insert(Campaign campaign);

    Optional<Campaign> find(String id);

    List<Campaign> inRegions(
            @Param("regionPath") String regionPath, @Param("offset") int offset, @Param("limit") int limit);

    List<Campaign> all(@Param("offset") int offset, @Param("limit") int limit);

    int setProcessInstance(@Param("id") String id, @Param("pid") String processInstanceId);

    int setTotal(@Param("id") String id, @Param("total") long total);

    /** Counts the cycles started from the grading cases, so a retried batch cannot count twice. */
    int refreshStarted(String id);

    int setRunning(String id);

    int close(@Param("id") String id, @Param("at") OffsetDateTime at, @Param("summary") String summaryJson);

    /** Records who asked for an early close and why; 0 when the campaign is not running or was asked already. */
    int requestClose(
            @Param("id") String id,
            @Param("by") String by,
            @Param("at") OffsetDateTime at,
            @Param("reason") String reason);

    /** The campaign's gradings that have not reached a final grade yet. */
    long runningCases(@Param("id") String id);

    Optional<BigDecimal> regionRatio(@Param("campaignId") String campaignId, @Param("regionCode") String regionCode);

    int raiseRegionRatio(
            @Param("campaignId") String campaignId,
            @Param("regionCode") String regionCode,
            @Param("ratio") BigDecimal ratio,
            @Param("reason") String reason,
            @Param("at") OffsetDateTime at);
}
