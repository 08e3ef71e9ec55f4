package cn.safetygrading.grading.persistence;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** What the enterprise submitted in each self-assessment round of a case (V34). */
@Mapper
public interface SelfAssessmentSubmissionMapper {

    /** One submitted round: its answers (JSON, item id → answer) and comment. */
    record Submission(String taskId, String answers, String comment, OffsetDateTime submittedAt) {}

    @Insert(
            "insert into self_assessment_submission (process_instance_id, task_id, uscc, answers, comment, submitted_by, submitted_at)"
                    + " values (#{pid}, #{taskId}, #{uscc}, #{answers}, #{comment}, #{by}, #{at})")
    int insert(
            @Param("pid") String processInstanceId,
            @Param("taskId") String taskId,
            @Param("uscc") String uscc,
            @Param("answers") String answers,
            @Param("comment") String comment,
            @Param("by") String by,
            @Param("at") OffsetDateTime at);

    @Select("select task_id, answers, comment, submitted_at from self_assessment_submission"
            + " where process_instance_id = #{pid} order by id desc limit 1")
    Optional<Submission> last(@Param("pid") String processInstanceId);

    @Select("select task_id, answers, comment, submitted_at from self_assessment_submission"
            + " where process_instance_id = #{pid} and task_id = #{taskId}")
    Optional<Submission> byTask(@Param("pid") String processInstanceId, @Param("taskId") String taskId);
}
