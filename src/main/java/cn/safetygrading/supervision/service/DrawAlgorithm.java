package cn.safetygrading.supervision.service;

import cn.safetygrading.supervision.domain.DrawInputs;
import cn.safetygrading.supervision.domain.DrawInputs.Candidate;
import cn.safetygrading.supervision.domain.DrawResult;
import cn.safetygrading.supervision.domain.DrawResult.Pick;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The 双随机 draw as a pure function of its inputs and seed, so a stored draw can be run again and
 * give the same result.
 * <ol>
 * <li>Enterprises: the candidates due on or before the draw's date are drawn first, <em>at random</em>,
 * then the remaining places from the rest; both weighted by how often an enterprise is to be
 * inspected (12 / interval months: a quarterly D four times as likely as a yearly B), without
 * replacement (Efraimidis–Spirakis: each candidate gets the key u^(1/w), the largest keys win). So
 * which of the due come first is known to nobody before the seed is made. (Version 0, the draws
 * stored before issue 13, took the due in due-date order; they are re-run as they were drawn.)</li>
 * <li>Inspectors: two per enterprise from its pool (its department's inspectors, or the region's),
 * never one with a recorded conflict with it, the least loaded first so the work spreads evenly,
 * ties broken by a seeded shuffle. An enterprise with fewer than two inspectors free of conflict is
 * reported as unpaired, not inspected by one.</li>
 * </ol>
 */
public final class DrawAlgorithm {

    public static final int PAIR = 2;

    private DrawAlgorithm() {}

    public static DrawResult draw(DrawInputs in) {
        Random random = new Random(in.seed());
        List<Candidate> sorted = new ArrayList<>(in.candidates());
        sorted.sort(Comparator.comparing(Candidate::uscc)); // the inputs' order never matters
        List<Candidate> due =
                sorted.stream().filter(c -> !c.nextDue().isAfter(in.asOf())).toList();
        List<Candidate> rest =
                sorted.stream().filter(c -> c.nextDue().isAfter(in.asOf())).toList();

        List<Pick> chosen = new ArrayList<>();
        if (in.version() == 0) {
            due.stream()
                    .sorted(Comparator.comparing(Candidate::nextDue).thenComparing(Candidate::uscc))
                    .limit(in.requested())
                    .forEach(c -> chosen.add(new Pick(c.uscc(), c.name(), "DUE", List.of())));
        } else {
            weighted(due, random).stream()
                    .limit(in.requested())
                    .forEach(c -> chosen.add(new Pick(c.uscc(), c.name(), "DUE", List.of())));
        }
        if (chosen.size() < in.requested()) {
            weighted(rest, random).stream()
                    .limit(in.requested() - chosen.size())
                    .forEach(c -> chosen.add(new Pick(c.uscc(), c.name(), "RANDOM", List.of())));
        }
        return pair(in, sorted, chosen, random);
    }

    /** The candidates (in USCC order) in a seeded random order weighted by inspection frequency. */
    private static List<Candidate> weighted(List<Candidate> candidates, Random random) {
        Map<Candidate, Double> keys = new HashMap<>();
        for (Candidate c : candidates) {
            double weight = 12.0 / Math.max(1, c.intervalMonths());
            keys.put(c, Math.pow(random.nextDouble(), 1.0 / weight));
        }
        return candidates.stream()
                .sorted(Comparator.comparing((Candidate c) -> keys.get(c))
                        .reversed()
                        .thenComparing(Candidate::uscc))
                .toList();
    }

    private static DrawResult pair(DrawInputs in, List<Candidate> candidates, List<Pick> chosen, Random random) {
        Map<String, List<String>> pools = in.pools() == null ? Map.of() : in.pools();
        Set<String> everyone = new TreeSet<>(in.inspectors());
        pools.values().forEach(everyone::addAll);
        List<String> shuffled = new ArrayList<>(everyone);
        Collections.shuffle(shuffled, random);
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < shuffled.size(); i++) {
            order.put(shuffled.get(i), i);
        }
        Map<String, String> poolOf = new HashMap<>();
        candidates.forEach(c -> {
            if (c.pool() != null) {
                poolOf.put(c.uscc(), c.pool());
            }
        });
        Set<String> conflicts = new HashSet<>();
        in.conflicts().forEach(c -> conflicts.add(c.inspector() + "|" + c.uscc()));
        Map<String, Integer> load = new HashMap<>();
        shuffled.forEach(p -> load.put(p, 0));
        List<Pick> picks = new ArrayList<>();
        List<String> unpaired = new ArrayList<>();
        for (Pick pick : chosen) {
            String poolId = poolOf.get(pick.uscc());
            List<String> pool = poolId != null && pools.containsKey(poolId) ? pools.get(poolId) : in.inspectors();
            List<String> free = pool.stream()
                    .distinct()
                    .filter(p -> !conflicts.contains(p + "|" + pick.uscc()))
                    .sorted(Comparator.comparing((String p) -> load.get(p)).thenComparing(order::get))
                    .toList();
            if (free.size() < PAIR) {
                unpaired.add(pick.uscc());
                continue;
            }
            List<String> pair = List.copyOf(free.subList(0, PAIR));
            pair.forEach(p -> load.merge(p, 1, Integer::sum));
            picks.add(new Pick(pick.uscc(), pick.name(), pick.reason(), pair));
        }
        return new DrawResult(picks, unpaired);
    }
}
