package cn.safetygrading.grading.service;

import cn.safetygrading.consequence.service.FalsificationFigures;
import cn.safetygrading.grading.persistence.CampaignMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import org.springframework.stereotype.Service;

/**
 * Spot-check draws (domain §11): each draw gets its own seed, made at the draw from a strong random
 * source, so nobody knows it before; the seed is kept with the case (never shown to the enterprise)
 * and re-computes the draw: the draw is a pure function of the stored seed and the USCC.
 */
@Service
public class SamplingService {

    private final SecureRandom random = new SecureRandom();
    private final CampaignMapper campaigns;
    private final FalsificationFigures falsification;
    private final Clock clock;

    public SamplingService(CampaignMapper campaigns, FalsificationFigures falsification, Clock clock) {
        this.campaigns = campaigns;
        this.falsification = falsification;
        this.clock = clock;
    }

    /** A uniform number in [0, 1): {@code new SplittableRandom(seed ^ crc32(uscc)).nextDouble()}. */
    public double draw(long seed, String uscc) {
        CRC32 crc = new CRC32();
        crc.update(uscc.getBytes(StandardCharsets.US_ASCII));
        return new SplittableRandom(seed ^ crc.getValue()).nextDouble();
    }

    /** A fresh seed from a strong random source. */
    public long newSeed() {
        return random.nextLong();
    }

    /**
     * The sampling ratio of a case of the county in the campaign: the campaign's raised ratio for the
     * county, else the case's. A falsification found in the county's previous campaign carries over
     * (seed 002: 提高该区县抽查比例): its raised ratio, if above, becomes this campaign's ratio for the county,
     * stored with the campaign so that a further falsification raises it from there.
     */
    public BigDecimal ratioFor(String campaignId, String county, BigDecimal caseRatio) {
        if (campaignId == null || county == null) {
            return caseRatio;
        }
        Optional<BigDecimal> raised = campaigns.regionRatio(campaignId, county);
        if (raised.isPresent()) {
            return raised.get();
        }
        Optional<BigDecimal> carried = falsification
                .carriedRatio(campaignId, county)
                .filter(r -> caseRatio == null || r.compareTo(caseRatio) > 0);
        if (carried.isEmpty()) {
            return caseRatio;
        }
        campaigns.raiseRegionRatio(
                campaignId,
                county,
                carried.get(),
                "carried over: falsification in the previous campaign",
                OffsetDateTime.now(clock));
        return carried.get();
    }
}
