package cn.safetygrading.grading.service;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
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
}
