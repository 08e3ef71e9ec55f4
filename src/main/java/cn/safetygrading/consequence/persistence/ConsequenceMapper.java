package cn.safetygrading.consequence.persistence;

import cn.safetygrading.consequence.domain.CountyFigures;
import cn.safetygrading.consequence.domain.GradeStreak;
import cn.safetygrading.consequence.domain.Measure;
import cn.safetygrading.consequence.domain.MeasureProposal;
import cn.safetygrading.ledger.domain.Scope;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ConsequenceMapper {

    /** Inserts the measure and answers its id; null when a measure with the same idempotency key exists. */
    Long insert(Measure measure);

    Optional<Long> idByKey(String idempotencyKey);

    List<Measure> measures(String uscc);

    /** Opens a proposal unless one of the same reason is open for the enterprise. */
    int propose(
            @Param("uscc") String uscc,
            @Param("grade") String grade,
            @Param("reason") String reason,
            @Param("at") OffsetDateTime at);

    /** Closes the enterprise's open proposals with the measure that answers them. */
    int closeProposals(@Param("uscc") String uscc, @Param("measureId") long measureId, @Param("at") OffsetDateTime at);

    List<MeasureProposal> openProposals(@Param("scope") Scope scope);

    /** The type of the enterprise file's latest event (in the writer's transaction: the one just written). */
    Optional<String> latestEventType(String uscc);

    /** The final grade of the enterprise's latest finished grading. */
    Optional<String> latestFinishedGrade(String uscc);

    /** Enterprises in scope whose two latest finished gradings are both among {@code grades}. */
    List<GradeStreak> streaks(@Param("scope") Scope scope, @Param("grades") List<String> grades);

    List<CountyFigures> countyFigures(@Param("campaignId") String campaignId, @Param("now") OffsetDateTime now);

    /**
     * The ratio a falsification raised for the county in the latest earlier campaign that graded in that
     * county (launched before this one); empty when that campaign raised none.
     */
    Optional<BigDecimal> carriedRatio(@Param("campaignId") String campaignId, @Param("county") String county);
}
