package cn.safetygrading.grading.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.grading.domain.Grades;
import cn.safetygrading.grading.domain.GradingCase;
import cn.safetygrading.grading.persistence.CampaignMapper;
import cn.safetygrading.grading.persistence.GradingCaseMapper;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sample and spot-check steps of a grading: the draw, its outcome, falsification found. */
@Service
@Transactional
public class GradingSampling {

    /** The draw of a case and the ratio it was drawn against. */
    public record Draw(BigDecimal draw, BigDecimal ratio) {}

    private final GradingCaseService gradingCases;
    private final GradingCaseMapper cases;
    private final CampaignMapper campaigns;
    private final EnterpriseFileService file;
    private final SamplingService sampling;
    private final GradingProperties properties;
    private final Clock clock;
    private final CaseRecords records;
    private final Translations texts;

    GradingSampling(
            Translations texts,
            GradingCaseService gradingCases,
            GradingCaseMapper cases,
            CampaignMapper campaigns,
            EnterpriseFileService file,
            SamplingService sampling,
            GradingProperties properties,
            Clock clock,
            CaseRecords records) {
        this.texts = texts;
        this.gradingCases = gradingCases;
        this.cases = cases;
        this.campaigns = campaigns;
        this.file = file;
        this.sampling = sampling;
        this.properties = properties;
        this.clock = clock;
        this.records = records;
    }

    /**
     * Task_PrepareSample: the draw. Its seed is made now, at the draw, from a strong random source
     * and kept with the case (so the stored seed re-computes the draw), never shown to the enterprise;
     * the ratio is the case's, or the campaign's current ratio for the case's county.
     */
    public Draw prepareSample(String pid) {
        GradingCase gradingCase = gradingCases.caseOf(pid);
        Grades.require(gradingCase.proposedGrade(), "proposedGrade");
        BigDecimal ratio = gradingCase.spotCheckRatio();
        ratio = sampling.ratioFor(gradingCase.campaignId(), gradingCase.countyCode(), ratio);
        long seed = gradingCase.sampleSeed() != null ? gradingCase.sampleSeed() : sampling.newSeed();
        BigDecimal draw =
                BigDecimal.valueOf(sampling.draw(seed, gradingCase.uscc())).setScale(9, RoundingMode.HALF_UP);
        ratio = ratio.setScale(3, RoundingMode.HALF_UP);
        cases.setDraw(pid, seed, draw, ratio);
        return new Draw(draw, ratio);
    }

    /**
     * Task_RecordSample: the outcome ({@code sampleReason}) of the spot-check-required decision,
     * evaluated just before in this transaction. Returns whether the case was sampled.
     */
    public boolean recordSample(StepRef step, String reason) {
        String pid = step.processInstanceId();
        boolean sampled = reason != null && !"NOT_SAMPLED".equals(reason);
        cases.setSample(pid, sampled, reason);
        GradingCase gradingCase = gradingCases.caseOf(pid);
        file.record(
                step.businessKey(),
                "SAMPLING",
                "system",
                sampled ? texts.zh("grading.text.sampled", reason) : texts.zh("grading.text.notSampled"),
                records.details(Map.of(
                        "draw",
                        gradingCase.sampleDraw().toPlainString(),
                        "ratio",
                        gradingCase.sampleRatio().toPlainString(),
                        "reason",
                        String.valueOf(reason))),
                step.key("sampling"));
        return sampled;
    }

    /** Falsified data raises the county's sampling ratio for the rest of the campaign and is reported. */
    public void recordFalsification(StepRef step) {
        GradingCase gradingCase = gradingCases.caseOf(step.processInstanceId());
        String campaignId = gradingCase.campaignId();
        String county = gradingCase.countyCode();
        String uscc = gradingCase.uscc();
        String summary = texts.zh("grading.text.falsification");
        if (campaignId != null) {
            double current = campaigns
                    .regionRatio(campaignId, county)
                    .orElse(gradingCase.spotCheckRatio())
                    .doubleValue();
            BigDecimal raised = BigDecimal.valueOf(Math.min(
                            1.0,
                            current + properties.falsificationRatioIncrease().doubleValue()))
                    .setScale(3, RoundingMode.HALF_UP);
            campaigns.raiseRegionRatio(
                    campaignId, county, raised, "falsification found at " + uscc, OffsetDateTime.now(clock));
            summary += texts.zh(
                    "grading.text.falsification.ratioRaised",
                    county,
                    raised.multiply(BigDecimal.valueOf(100))
                            .stripTrailingZeros()
                            .toPlainString());
        }
        file.record(uscc, "FALSIFICATION", records.actor(null), summary, null, step.key("falsification"));
    }
}
