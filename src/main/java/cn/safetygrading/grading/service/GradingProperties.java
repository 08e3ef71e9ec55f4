package cn.safetygrading.grading.service;

import java.math.BigDecimal;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The project defaults of the grading lifecycle (domain.md: never hard-coded). Periods apply where
 * no campaign sets a deadline.
 */
@ConfigurationProperties("app.grading")
public record GradingProperties(
        @DefaultValue("P30D") Period selfAssessmentPeriod,
        @DefaultValue("P3D") Period reminderLead,
        @DefaultValue("P15D") Period reviewPeriod,
        @DefaultValue("P15D") Period spotCheckPeriod,
        @DefaultValue("P5D") Period objectionReviewPeriod,
        @DefaultValue("P30D") Period lookBackPeriod,
        @DefaultValue("P7D") String noticePeriod,
        @DefaultValue("P1Y") String watchPeriod,
        @DefaultValue("0.2") BigDecimal spotCheckRatio,
        @DefaultValue("0.3") BigDecimal falsificationRatioIncrease,
        @DefaultValue("200") int campaignBatchSize,
        @DefaultValue("4") int campaignLanes,
        // a campaign cycle's own deadline timer, a safety net behind the campaign-level deadline batches
        @DefaultValue("PT1H") java.time.Duration campaignDeadlineSafetyNet) {}
