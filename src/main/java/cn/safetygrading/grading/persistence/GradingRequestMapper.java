package cn.safetygrading.grading.persistence;

import cn.safetygrading.grading.domain.GradingRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface GradingRequestMapper {

    String COLUMNS =
            "id, uscc, kind, origin, campaign_id as campaignId, department, reason, requested_by as requestedBy,"
                    + " requested_at as requestedAt, process_instance_id as processInstanceId";

    @Insert(
            "insert into grading_request (id, uscc, kind, origin, campaign_id, department, reason, requested_by, requested_at)"
                    + " values (#{id}, #{uscc}, #{kind}, #{origin}, #{campaignId}, #{department}, #{reason}, #{requestedBy}, #{requestedAt})")
    int insert(GradingRequest request);

    @Select("select " + COLUMNS + " from grading_request where id = #{id}")
    Optional<GradingRequest> find(String id);

    /** Binds a request to the cycle it started; 0 when it is bound already (a request starts one cycle). */
    @Update("update grading_request set process_instance_id = #{pid} where id = #{id} and process_instance_id is null")
    int bind(@Param("id") String id, @Param("pid") String processInstanceId);

    @Select("select " + COLUMNS + " from grading_request where uscc = #{uscc} order by requested_at desc")
    List<GradingRequest> byEnterprise(String uscc);

    @Select("select " + COLUMNS + " from grading_request where campaign_id = #{campaignId} order by requested_at")
    List<GradingRequest> byCampaign(String campaignId);

    /**
     * Holds the enterprise's grading start lock until the transaction ends: two starts of one
     * enterprise (a page, a campaign batch, a watch period's end, {@code /engine-rest}) run one after
     * the other, and the second sees the first's cycle.
     */
    @Select("select 1 from (select pg_advisory_xact_lock(hashtext('grading-cycle:' || #{uscc}))) l")
    int lockEnterprise(String uscc);

    /** Of these enterprises, those with a grading-cycle running now (its case's process instance still in the engine). */
    @Select({
        "<script>select distinct c.uscc from grading_case c where c.uscc in",
        "<foreach collection='usccs' item='u' open='(' separator=',' close=')'>#{u}</foreach>",
        "and exists (select 1 from act_ru_execution e where e.id_ = c.process_instance_id)</script>"
    })
    List<String> running(@Param("usccs") Collection<String> usccs);

    /** The process instance of the enterprise's running grading-cycle other than the given one, if any. */
    @Select(
            "select c.process_instance_id from grading_case c where c.uscc = #{uscc} and c.process_instance_id <> #{except}"
                    + " and exists (select 1 from act_ru_execution e where e.id_ = c.process_instance_id) limit 1")
    Optional<String> runningOther(@Param("uscc") String uscc, @Param("except") String exceptProcessInstanceId);

    /** The enterprises of a campaign whose case has no self-assessment submitted (never submitted). */
    @Select("select c.uscc from grading_case c where c.campaign_id = #{campaignId} and not exists"
            + " (select 1 from grading_round r where r.case_id = c.id and r.kind = 'SELF_ASSESSMENT') order by c.uscc")
    List<String> neverSubmitted(String campaignId);
}
