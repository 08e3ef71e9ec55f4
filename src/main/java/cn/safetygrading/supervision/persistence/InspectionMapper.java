package cn.safetygrading.supervision.persistence;

import cn.safetygrading.ledger.domain.Scope;
import cn.safetygrading.supervision.domain.DrawInputs;
import cn.safetygrading.supervision.domain.InspectionDraw;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface InspectionMapper {

    /**
     * An enterprise of the plan as the ledger holds it: grade, class, risk, stated interval (null when
     * ungraded), its last inspection, whether a drawn inspection is open, and whether it was drawn or
     * inspected in the period asked for.
     */
    record PlanSource(
            String uscc,
            String name,
            String regionName,
            String enterpriseClass,
            String grade,
            String riskLevel,
            Integer intervalMonths,
            String managementLevel,
            String supervisingDepartment,
            LocalDate lastInspected,
            boolean drawnOpen,
            String regionPath,
            String industrySection,
            String industryCode,
            String creditGrade,
            boolean drawnInYear,
            boolean inspectedInYear) {}

    /**
     * The active enterprises in the scope with grade, class, risk, interval, the date of their last inspection,
     * region path, industry section and whether they were drawn or inspected between start and end.
     */
    List<PlanSource> planRows(
            @Param("scope") Scope scope,
            @Param("cityPlan") boolean cityPlan,
            @Param("start") LocalDate start,
            @Param("end") LocalDate end);

    /** The id of the department of this name ({@code 371002-housing}), if there is one. */
    Optional<String> departmentId(@Param("name") String name);

    boolean departmentExists(@Param("id") String id);

    List<DrawInputs.Conflict> conflicts(@Param("scope") Scope scope);

    int insertConflict(
            @Param("userId") String userId,
            @Param("uscc") String uscc,
            @Param("reason") String reason,
            @Param("by") String by,
            @Param("at") OffsetDateTime at);

    int insertDraw(InspectionDraw draw);

    Optional<InspectionDraw> draw(String id);

    /** The draws of the region subtree whose every enterprise (drawn from or picked) lies within the scope. */
    List<InspectionDraw> draws(
            @Param("regionPath") String regionPath, @Param("scope") Scope scope, @Param("limit") int limit);

    /** Whether every enterprise the draw names lies within the scope. */
    boolean drawVisible(@Param("id") String id, @Param("scope") Scope scope);

    int insertInspection(
            @Param("id") String id,
            @Param("uscc") String uscc,
            @Param("drawId") String drawId,
            @Param("inspectors") String inspectors,
            @Param("plannedOn") LocalDate plannedOn);

    int markDone(@Param("uscc") String uscc, @Param("doneOn") LocalDate doneOn);

    int setProcess(@Param("id") String id, @Param("pid") String processInstanceId);

    Optional<cn.safetygrading.supervision.domain.Inspection> find(String id);

    List<cn.safetygrading.supervision.domain.Inspection> byEnterprise(String uscc);

    int record(
            @Param("id") String id,
            @Param("doneOn") LocalDate doneOn,
            @Param("site") String site,
            @Param("legalRepresentative") String legalRepresentative,
            @Param("timeSpan") String timeSpan,
            @Param("findings") String findings,
            @Param("legalBasis") String legalBasis,
            @Param("orderDeadline") LocalDate orderDeadline,
            @Param("penalty") boolean penalty);

    int rectified(@Param("id") String id, @Param("text") String text);

    int rechecked(@Param("id") String id, @Param("note") String note, @Param("result") String result);

    int publish(@Param("id") String id);

    long penaltiesSince(@Param("uscc") String uscc, @Param("since") LocalDate since);

    List<cn.safetygrading.supervision.domain.PublicInspection> published(
            @Param("text") String text, @Param("offset") int offset, @Param("limit") int limit);

    long countPublished(@Param("text") String text);
}
