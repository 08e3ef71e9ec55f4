package cn.safetygrading.supervision.service;

import cn.safetygrading.supervision.domain.DrawInputs;
import cn.safetygrading.supervision.domain.DrawInputs.Candidate;
import cn.safetygrading.supervision.domain.DrawResult;
import cn.safetygrading.supervision.domain.DrawResult.Pick;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The 双随机 draw as a pure function of its inputs and seed, so a stored draw can be run again and
 * give the same result.
 * <ol>
 * <li>Enterprises: every candidate due on or before the draw's date comes first (earliest due
 * first); the remaining places go at random, weighted by how often an enterprise is to be inspected
 * (12 / interval months: a quarterly D twice as likely as a half-yearly C), without replacement
 * (Efraimidis–Spirakis: each candidate gets the key u^(1/w), the largest keys win).</li>
 * <li>Inspectors: two per enterprise, never one with a recorded conflict with it, the least loaded
 * first so the work spreads evenly, ties broken by a seeded shuffle of the pool. An enterprise with
 * fewer than two inspectors free of conflict is reported as unpaired, not inspected by one.</li>
 * </ol>
 */
public final class DrawAlgorithm {

    public static final int PAIR = 2;

    private DrawAlgorithm() {
    }

    public static DrawResult draw(DrawInputs in) {
        Random random = new Random(in.seed());
        List<Candidate> sorted = new ArrayList<>(in.candidates());
        sorted.sort(Comparator.comparing(Candidate::uscc));        // the inputs' order never matters
        List<Candidate> due = sorted.stream().filter(c -> !c.nextDue().isAfter(in.asOf()))
                .sorted(Comparator.comparing(Candidate::nextDue).thenComparing(Candidate::uscc)).toList();
        List<Candidate> rest = sorted.stream().filter(c -> c.nextDue().isAfter(in.asOf())).toList();

        List<Pick> chosen = new ArrayList<>();
        for (Candidate c : due) {
            if (chosen.size() == in.requested()) {
                break;
            }
            chosen.add(new Pick(c.uscc(), c.name(), "DUE", List.of()));
        }
        if (chosen.size() < in.requested()) {
            Map<Candidate, Double> keys = new HashMap<>();
            for (Candidate c : rest) {
                double weight = 12.0 / Math.max(1, c.intervalMonths());
                keys.put(c, Math.pow(random.nextDouble(), 1.0 / weight));
            }
            rest.stream().sorted(Comparator.comparing((Candidate c) -> keys.get(c)).reversed().thenComparing(Candidate::uscc))
                    .limit(in.requested() - chosen.size())
                    .forEach(c -> chosen.add(new Pick(c.uscc(), c.name(), "RANDOM", List.of())));
        }

        List<String> pool = new ArrayList<>(new java.util.TreeSet<>(in.inspectors()));
        java.util.Collections.shuffle(pool, random);
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < pool.size(); i++) {
            order.put(pool.get(i), i);
        }
        Set<String> conflicts = new HashSet<>();
        in.conflicts().forEach(c -> conflicts.add(c.inspector() + "|" + c.uscc()));
        Map<String, Integer> load = new HashMap<>();
        pool.forEach(p -> load.put(p, 0));
        List<Pick> picks = new ArrayList<>();
        List<String> unpaired = new ArrayList<>();
        for (Pick pick : chosen) {
            List<String> free = pool.stream().filter(p -> !conflicts.contains(p + "|" + pick.uscc()))
                    .sorted(Comparator.comparing((String p) -> load.get(p)).thenComparing(order::get)).toList();
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
