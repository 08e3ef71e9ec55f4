package cn.safetygrading.supervision.persistence;

import cn.safetygrading.ledger.domain.Scope;
import cn.safetygrading.supervision.domain.AssignedEnterprise;
import cn.safetygrading.supervision.domain.GridMember;
import cn.safetygrading.supervision.domain.PublicContact;
import cn.safetygrading.supervision.domain.RosterRow;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The grid's people and contacts (members, heads, phones, 监督电话), overrides, key enterprises, the public contact link and the monthly roster. */
@Mapper
public interface GridUnitMapper {

    /** Members of the grid units under a region path, with their unit's name and level. */
    List<GridMember> members(String regionPath);

    int removeMember(@Param("userId") String userId, @Param("regionCode") String regionCode);

    int clearHead(String regionCode);

    int setHead(@Param("userId") String userId, @Param("regionCode") String regionCode);

    int setPhone(@Param("userId") String userId, @Param("regionCode") String regionCode, @Param("phone") String phone);

    int setHotline(@Param("regionCode") String regionCode, @Param("hotline") String hotline);

    Optional<String> hotline(String regionCode);

    boolean isMember(@Param("userId") String userId, @Param("regionCode") String regionCode);

    int saveOverride(
            @Param("uscc") String uscc,
            @Param("gridLevel") String gridLevel,
            @Param("by") String by,
            @Param("at") OffsetDateTime at,
            @Param("reason") String reason);

    Optional<String> overrideLevel(String uscc);

    int saveRisk(
            @Param("uscc") String uscc,
            @Param("riskLevel") String riskLevel,
            @Param("decidedLevel") String decidedLevel);

    /** The risk level alone, decided again when a fact changes (the grid level follows at the next assignment). */
    int saveRiskLevel(@Param("uscc") String uscc, @Param("riskLevel") String riskLevel);

    /** Assigned enterprises under a region path with their risk level, grid level, supervisor and override, key enterprises first. */
    List<AssignedEnterprise> assignments(@Param("scope") Scope scope, @Param("keyOnly") boolean keyOnly);

    Optional<String> contactToken(String uscc);

    int saveContactToken(@Param("uscc") String uscc, @Param("token") String token, @Param("at") OffsetDateTime at);

    /** What the public contact page shows for a token: enterprise, supervisor, phone, unit, head (the hotline null: the service looks it up the grid). */
    Optional<PublicContact> publicContact(String token);

    /** One row per assigned enterprise under a region path: township, supervisor, the month's duties and problems. */
    List<RosterRow> monthlyRoster(
            @Param("scope") Scope scope,
            @Param("from") OffsetDateTime from,
            @Param("to") OffsetDateTime to,
            @Param("now") OffsetDateTime now);
}
