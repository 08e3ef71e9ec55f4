package cn.safetygrading.grading.domain;

import cn.safetygrading.base.Codes;
import java.util.Optional;

/**
 * Where a campaign stands: starting its cycles ({@code LAUNCHING}), running ({@code RUNNING}) or closed with its
 * summary ({@code CLOSED}). Stored in {@code campaign.status} and written in JSON by its code, the name.
 */
public enum CampaignStatus {
    LAUNCHING,
    RUNNING,
    CLOSED;

    /** The stored and JSON form. */
    public String code() {
        return name();
    }

    /** The grading bundle's label: 进行中 … */
    public String labelKey() {
        return "campaign.status." + name();
    }

    /** The status of a stored code, exactly as stored; empty for null or anything else. */
    public static Optional<CampaignStatus> of(String code) {
        return Codes.of(CampaignStatus.class, code);
    }
}
