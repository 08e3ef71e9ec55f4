package cn.safetygrading.grading.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * The campaign's cases still at the self-assessment, read in batches for the campaign-level reminder and
 * deadline (grading-campaign's deadline lanes): in USCC order after a cursor, a lane's share
 * ({@code hashtext(uscc) mod lanes}, as the launch's lanes), served by {@code grading_case_campaign_uscc}.
 */
@Mapper
public interface CampaignDeadlineMapper {

    /** One open case: its enterprise and its grading-cycle instance. */
    record OpenCase(String uscc, String processInstanceId) {}

    @Select("<script>select c.uscc, c.process_instance_id from grading_case c"
            + " where c.campaign_id = #{campaignId} and c.finished_at is null and c.step = 'selfAssessment'"
            + " <if test='afterUscc != null'>and c.uscc &gt; #{afterUscc}</if>"
            + " <if test='lanes &gt; 1'>and mod(hashtext(c.uscc)::bigint + 2147483648, #{lanes}) = #{lane}</if>"
            + " order by c.uscc limit #{limit}</script>")
    List<OpenCase> openSelfAssessments(
            @Param("campaignId") String campaignId,
            @Param("afterUscc") String afterUscc,
            @Param("limit") int limit,
            @Param("lane") int lane,
            @Param("lanes") int lanes);
}
