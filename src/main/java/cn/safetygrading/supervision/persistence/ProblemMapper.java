package cn.safetygrading.supervision.persistence;

import cn.safetygrading.ledger.domain.Scope;
import cn.safetygrading.supervision.domain.Consultation;
import cn.safetygrading.supervision.domain.Problem;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The problem register (问题台账) and the consultations (首问负责). */
@Mapper
public interface ProblemMapper {

    int insertProblem(
            @Param("id") String id,
            @Param("uscc") String uscc,
            @Param("kind") String kind,
            @Param("description") String description,
            @Param("by") String by,
            @Param("at") OffsetDateTime at,
            @Param("sourceTaskId") String sourceTaskId,
            @Param("regionCode") String regionCode,
            @Param("handler") String handler);

    int problemStarted(@Param("id") String id, @Param("pid") String pid);

    Optional<Problem> problem(String id);

    int problemMoved(@Param("id") String id, @Param("regionCode") String regionCode, @Param("handler") String handler);

    int problemStatus(
            @Param("id") String id,
            @Param("status") String status,
            @Param("resolution") String resolution,
            @Param("by") String by,
            @Param("at") OffsetDateTime at);

    List<Problem> problems(String uscc);

    /** Problems of enterprises under a region path, open ones first. */
    List<Problem> problemsUnder(@Param("scope") Scope scope);

    int insertConsultation(
            @Param("id") String id,
            @Param("uscc") String uscc,
            @Param("question") String question,
            @Param("by") String by,
            @Param("at") OffsetDateTime at,
            @Param("supervisor") String supervisor);

    int consultationStarted(@Param("id") String id, @Param("pid") String pid);

    int answer(
            @Param("id") String id,
            @Param("answer") String answer,
            @Param("by") String by,
            @Param("at") OffsetDateTime at);

    List<Consultation> consultations(String uscc);
}
