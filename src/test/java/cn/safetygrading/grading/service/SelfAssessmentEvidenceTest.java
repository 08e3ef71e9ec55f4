package cn.safetygrading.grading.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.grading.service.SelfAssessmentService.EvidenceFile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An evidence file's first bytes must be what its extension says: a renamed executable is not a PDF. */
class SelfAssessmentEvidenceTest {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void eachAllowedTypeIsRecognisedByItsMagicBytes() {
        assertThat(SelfAssessmentEvidence.matchesType("pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .isTrue();
        assertThat(SelfAssessmentEvidence.matchesType("png", bytes(0x89, 'P', 'N', 'G', 0x0D)))
                .isTrue();
        assertThat(SelfAssessmentEvidence.matchesType("jpg", bytes(0xFF, 0xD8, 0xFF, 0xE0)))
                .isTrue();
        assertThat(SelfAssessmentEvidence.matchesType("jpeg", bytes(0xFF, 0xD8, 0xFF)))
                .isTrue();
        assertThat(SelfAssessmentEvidence.matchesType("docx", bytes('P', 'K', 3, 4, 0)))
                .isTrue();
        assertThat(SelfAssessmentEvidence.matchesType("xlsx", bytes('P', 'K', 3, 4)))
                .isTrue();
        assertThat(SelfAssessmentEvidence.matchesType("doc", bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1)))
                .isTrue();
        assertThat(SelfAssessmentEvidence.matchesType("xls", bytes(0xD0, 0xCF, 0x11, 0xE0)))
                .isTrue();
    }

    @Test
    void aRenamedOrTruncatedOrUnknownFileIsNotGenuine() {
        byte[] executable = bytes('M', 'Z', 0x90, 0x00);
        assertThat(SelfAssessmentEvidence.matchesType("pdf", executable)).isFalse();
        assertThat(SelfAssessmentEvidence.matchesType("png", "%PDF".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(SelfAssessmentEvidence.matchesType("pdf", "%PD".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(SelfAssessmentEvidence.matchesType("exe", executable)).isFalse();
        assertThat(SelfAssessmentEvidence.matchesType("", new byte[0])).isFalse();
        assertThat(new EvidenceFile("a.pdf", "pdf", executable).genuine()).isFalse();
        assertThat(new EvidenceFile("a.pdf", "pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)).genuine())
                .isTrue();
    }
}
