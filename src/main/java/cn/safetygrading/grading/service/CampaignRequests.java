package cn.safetygrading.grading.service;

import cn.safetygrading.base.Refused;
import cn.safetygrading.grading.domain.NewCampaign;
import cn.safetygrading.notice.service.NoticeService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;

/** What a campaign launch must satisfy, checked on the server whatever the page sent. */
final class CampaignRequests {

    private CampaignRequests() {}

    /**
     * Checks a launch on the server, whatever the page sent: a name, the four dates in order with the
     * self-assessment deadline still ahead (a past one would make every enterprise miss it at launch,
     * irreversibly), a ratio from 0 to 100 %, a notice of at least one day. Each refusal is a
     * {@link Refused} whose key names the field, in the user's language.
     */
    static void validate(NewCampaign r, Clock clock) {
        if (r.name() == null || r.name().isBlank()) {
            throw new Refused("campaign.invalid.name", "");
        }
        if (r.selfAssessmentDue() == null
                || r.reviewDue() == null
                || r.spotCheckDue() == null
                || r.closesAt() == null) {
            throw new Refused("campaign.invalid.dates", "");
        }
        if (!r.selfAssessmentDue().isAfter(OffsetDateTime.now(clock))) {
            throw new Refused("campaign.invalid.pastDeadline", "");
        }
        if (!(r.selfAssessmentDue().isBefore(r.reviewDue())
                && r.reviewDue().isBefore(r.spotCheckDue())
                && r.spotCheckDue().isBefore(r.closesAt()))) {
            throw new Refused("campaign.invalid.order", "");
        }
        if (r.spotCheckRatio() != null
                && (r.spotCheckRatio().signum() < 0 || r.spotCheckRatio().compareTo(BigDecimal.ONE) > 0)) {
            throw new Refused("campaign.invalid.ratio", "");
        }
        if (r.noticePeriod() != null) {
            java.time.temporal.TemporalAmount period;
            try {
                period = NoticeService.parsePeriod(r.noticePeriod());
            } catch (IllegalArgumentException notAPeriod) {
                throw new Refused("campaign.invalid.notice", r.noticePeriod());
            }
            OffsetDateTime start = OffsetDateTime.now(clock);
            if (start.plus(period).isBefore(start.plusDays(1))) {
                throw new Refused("campaign.invalid.notice", r.noticePeriod());
            }
        }
    }
}
