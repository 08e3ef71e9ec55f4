package cn.safetygrading.grading.service;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.zip.CRC32;
import org.springframework.stereotype.Service;

/**
 * Reproducible spot-check draws: the draw of an enterprise is a pure function of the recorded seed
 * (the campaign's, or the case's own outside a campaign) and the USCC, so anyone holding the seed
 * can draw the same sample again.
 */
@Service
public class SamplingService {

    /** A uniform number in [0, 1): {@code new SplittableRandom(seed ^ crc32(uscc)).nextDouble()}. */
    public double draw(long seed, String uscc) {
        CRC32 crc = new CRC32();
        crc.update(uscc.getBytes(StandardCharsets.US_ASCII));
        return new SplittableRandom(seed ^ crc.getValue()).nextDouble();
    }

    /** The seed of a case outside a campaign, derived from its process instance id and recorded with it. */
    public long seedFor(String processInstanceId) {
        return UUID.nameUUIDFromBytes(("seed:" + processInstanceId).getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
    }

    /** A fresh campaign seed. */
    public long newSeed() {
        return UUID.randomUUID().getMostSignificantBits();
    }
}
