package cn.safetygrading.supervision.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a 双随机 draw is drawn from; stored with the draw so it can be run again.
 * {@code version} names the algorithm (0: the due in due-date order, one pool — draws stored before
 * issue 13; 1: the due drawn at random too, a pool per department); {@code pools} are the inspector
 * pools by group id, a candidate's {@code pool} naming its own (null: {@code inspectors}).
 */
public record DrawInputs(
        LocalDate asOf,
        int requested,
        long seed,
        List<Candidate> candidates,
        List<String> inspectors,
        List<Conflict> conflicts,
        int version,
        Map<String, List<String>> pools) {

    /** The algorithm of new draws. */
    public static final int CURRENT = 1;

    /** A draw with the current algorithm and the one pool {@code inspectors} for every candidate. */
    public DrawInputs(
            LocalDate asOf,
            int requested,
            long seed,
            List<Candidate> candidates,
            List<String> inspectors,
            List<Conflict> conflicts) {
        this(asOf, requested, seed, candidates, inspectors, conflicts, CURRENT, Map.of());
    }

    /** An enterprise that may be drawn: when it is due, how often it is to be inspected, whose inspectors may go. */
    public record Candidate(String uscc, String name, LocalDate nextDue, int intervalMonths, String pool) {

        public Candidate(String uscc, String name, LocalDate nextDue, int intervalMonths) {
            this(uscc, name, nextDue, intervalMonths, null);
        }
    }

    /** An inspector who must not inspect an enterprise (kin, former employer, earlier dispute…). */
    public record Conflict(String inspector, String uscc) {}
}
