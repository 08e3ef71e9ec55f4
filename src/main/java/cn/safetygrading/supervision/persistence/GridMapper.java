package cn.safetygrading.supervision.persistence;

import cn.safetygrading.ledger.domain.Scope;
import cn.safetygrading.supervision.domain.GridDuty;
import cn.safetygrading.supervision.domain.GridEnterprise;
import cn.safetygrading.supervision.domain.MemberLoad;
import cn.safetygrading.supervision.domain.SupervisionAssignment;
import cn.safetygrading.supervision.domain.UnitMonthly;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface GridMapper {

    int addMember(@Param("userId") String userId, @Param("regionCode") String regionCode, @Param("head") boolean head);

    int signCommitment(@Param("userId") String userId, @Param("at") OffsetDateTime at);

    /** The unit's members with how many enterprises each supervises, least loaded first. */
    List<MemberLoad> membersByLoad(String regionCode);

    Optional<String> head(String regionCode);

    /** Active enterprises in the scope with their name, region path, management level and risk level. */
    List<GridEnterprise> enterprises(@Param("scope") Scope scope);

    Optional<SupervisionAssignment> assignment(String uscc);

    int upsertAssignment(
            @Param("uscc") String uscc,
            @Param("gridLevel") String gridLevel,
            @Param("regionCode") String regionCode,
            @Param("supervisor") String supervisor,
            @Param("at") OffsetDateTime at,
            @Param("pid") String pid);

    int insertDuty(
            @Param("taskId") String taskId,
            @Param("uscc") String uscc,
            @Param("duty") String duty,
            @Param("supervisor") String supervisor,
            @Param("regionCode") String regionCode,
            @Param("at") OffsetDateTime at,
            @Param("due") OffsetDateTime due);

    int dutyPeriod(
            @Param("taskId") String taskId,
            @Param("periodStart") java.time.LocalDate periodStart,
            @Param("title") String title);

    int dutyDone(
            @Param("taskId") String taskId,
            @Param("by") String by,
            @Param("note") String note,
            @Param("at") OffsetDateTime at);

    int escalate(@Param("taskId") String taskId);

    Optional<GridDuty> duty(String taskId);

    /** Per grid unit of the scope's region (of its department's enterprises), for one month: duties due, done, open and overdue, escalated. */
    List<UnitMonthly> monthly(
            @Param("scope") Scope scope,
            @Param("from") OffsetDateTime from,
            @Param("to") OffsetDateTime to,
            @Param("now") OffsetDateTime now);
}
