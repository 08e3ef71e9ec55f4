package cn.safetygrading.grading.persistence;

import cn.safetygrading.grading.domain.GradingCase;
import cn.safetygrading.grading.domain.GradingRound;
import cn.safetygrading.grading.domain.GradingStep;
import cn.safetygrading.grading.domain.RoundKind;
import cn.safetygrading.grading.domain.RoundOutcome;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface GradingCaseMapper {

    /** Inserts unless the process instance has its case already (a retried start). */
    int insert(GradingCase gradingCase);

    Optional<GradingCase> byProcessInstance(String processInstanceId);

    List<GradingCase> byEnterprise(String uscc);

    /** Those of these enterprises that have a case in the campaign already. */
    List<String> inCampaign(@Param("campaignId") String campaignId, @Param("usccs") java.util.Collection<String> usccs);

    /** The department that works the case's 初审 and 部门诊断定级 (by name), when the enterprise's changes. */
    @org.apache.ibatis.annotations.Update(
            "update grading_case set department = #{department} where process_instance_id = #{pid}")
    int setDepartment(@Param("pid") String processInstanceId, @Param("department") String department);

    /** Enterprises with an open case that has no department yet (cases of releases before departments). */
    @org.apache.ibatis.annotations.Select(
            "select distinct uscc from grading_case where finished_at is null and department is null")
    java.util.List<String> openWithoutDepartment();

    int setStep(@Param("pid") String processInstanceId, @Param("step") GradingStep step);

    int setSelfAssessment(
            @Param("pid") String processInstanceId,
            @Param("score") BigDecimal score,
            @Param("vetoFailed") boolean vetoFailed,
            @Param("mandatoryMissing") boolean mandatoryMissing);

    int setDiagnosis(@Param("pid") String processInstanceId, @Param("grade") String diagnosedGrade);

    /** The preliminary review's decision; an approval also sets the proposed grade (proposed by REVIEW). */
    int setReview(
            @Param("pid") String processInstanceId,
            @Param("decision") RoundOutcome decision,
            @Param("proposedGrade") String proposedGrade);

    /** The department's diagnosis is the proposal (proposed by DEPARTMENT). */
    int setDepartmentProposal(@Param("pid") String processInstanceId, @Param("grade") String grade);

    /** The draw: its seed (made at the draw), the number drawn and the ratio it is compared with. */
    int setDraw(
            @Param("pid") String processInstanceId,
            @Param("seed") long seed,
            @Param("draw") BigDecimal draw,
            @Param("ratio") BigDecimal ratio);

    int setSample(
            @Param("pid") String processInstanceId, @Param("sampled") boolean sampled, @Param("reason") String reason);

    int setVerification(
            @Param("pid") String processInstanceId,
            @Param("verifiedGrade") String verifiedGrade,
            @Param("falsified") boolean falsified);

    int setObjectionDecision(@Param("pid") String processInstanceId, @Param("upheld") boolean upheld);

    int setNoticeGrade(@Param("pid") String processInstanceId, @Param("grade") String grade);

    int finish(
            @Param("pid") String processInstanceId,
            @Param("finalGrade") String finalGrade,
            @Param("downgraded") boolean downgraded,
            @Param("at") OffsetDateTime at);

    /** Any earlier case of the enterprise in which falsified data was found. */
    boolean everFalsified(String uscc);

    int insertRound(GradingRound round);

    int countRounds(@Param("caseId") String caseId, @Param("kind") RoundKind kind);

    List<GradingRound> rounds(String caseId);

    /** Per final grade and per step, the cases of a campaign: the campaign summary. */
    List<CampaignCount> campaignCounts(String campaignId);

    /** A campaign's progress per county and step, of the cases whose enterprise lies within the scope. */
    List<cn.safetygrading.grading.domain.CampaignProgress> campaignProgress(
            @Param("campaignId") String campaignId, @Param("scope") cn.safetygrading.ledger.domain.Scope scope);

    /** How many of a campaign's cases have this final grade ("-" while open) and stand at this step. */
    record CampaignCount(String grade, GradingStep step, long cases) {}
}
