package cn.safetygrading.supervision.domain;

import java.time.LocalDate;
import java.util.List;

/** Everything a 双随机 draw is drawn from; stored with the draw so it can be run again. */
public record DrawInputs(LocalDate asOf, int requested, long seed, List<Candidate> candidates, List<String> inspectors,
                         List<Conflict> conflicts) {

    /** An enterprise that may be drawn: when it is due and how often it is to be inspected. */
    public record Candidate(String uscc, String name, LocalDate nextDue, int intervalMonths) {
    }

    /** An inspector who must not inspect an enterprise (kin, former employer, earlier dispute…). */
    public record Conflict(String inspector, String uscc) {
    }
}
