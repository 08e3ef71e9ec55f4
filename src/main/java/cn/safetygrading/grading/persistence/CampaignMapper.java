package cn.safetygrading.grading.persistence;

import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.grading.domain.LeftOut;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

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

    /** Enterprises of a region subtree, gradable by a campaign, whose grading-cycle runs now. */
    String RUNNING_IN = " from enterprise e join region r on r.code = e.region_code"
            + " where (e.status = 'ACTIVE' or (e.status = 'INDIVIDUAL' and e.enterprise_class is distinct from 'II'))"
            + " and (r.path = #{regionPath} or r.path like #{regionPath} || '/%')"
            + " and exists (select 1 from grading_case c join act_ru_execution x on x.id_ = c.process_instance_id"
            + " where c.uscc = e.uscc)";

    @Select("select count(*)" + RUNNING_IN)
    long countRunningIn(@Param("regionPath") String regionPath);

    @Select("select e.uscc, e.name, r.name as region_name" + RUNNING_IN + " order by e.uscc limit #{limit}")
    List<LeftOut> runningIn(@Param("regionPath") String regionPath, @Param("limit") int limit);

    /** Records that the campaign left these enterprises out (a retried batch records nothing twice). */
    @Insert({
        "<script>insert into campaign_left_out (campaign_id, uscc, recorded_at) values",
        "<foreach collection='usccs' item='u' separator=','>(#{id}, #{u}, #{at})</foreach>",
        "on conflict do nothing</script>"
    })
    int recordLeftOut(
            @Param("id") String id, @Param("usccs") java.util.Collection<String> usccs, @Param("at") OffsetDateTime at);

    @Select("select e.uscc, e.name, r.name as region_name from campaign_left_out l join enterprise e on e.uscc = l.uscc"
            + " join region r on r.code = e.region_code where l.campaign_id = #{id} order by e.uscc")
    List<LeftOut> leftOut(@Param("id") String id);

    @Select("select count(*) from campaign_left_out where campaign_id = #{id}")
    long countLeftOut(@Param("id") String id);
}
