package cn.safetygrading.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.supervision.domain.DrawInputs;
import cn.safetygrading.supervision.domain.DrawInputs.Candidate;
import cn.safetygrading.supervision.domain.DrawInputs.Conflict;
import cn.safetygrading.supervision.domain.DrawResult;
import cn.safetygrading.supervision.service.DrawAlgorithm;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The 双随机 draw: reproducible, the due first but at random, weighted by frequency, a pool per department, conflicts kept apart, work spread evenly. */
class DrawAlgorithmTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    private static List<Candidate> candidates(int n, int dueBefore) {
        return IntStream.range(0, n)
                .mapToObj(i -> new Candidate(
                        String.format("E%03d", i),
                        "企业" + i,
                        i < dueBefore ? AS_OF.minusDays(i + 1) : AS_OF.plusMonths(1),
                        i % 2 == 0 ? 3 : 12))
                .toList();
    }

    private static final List<String> POOL = List.of("ins-a", "ins-b", "ins-c", "ins-d", "ins-e");

    @Test
    void theSameSeedAndInputsGiveTheSameDrawWhateverTheirOrder() {
        List<Candidate> list = new ArrayList<>(candidates(40, 3));
        DrawResult first = DrawAlgorithm.draw(new DrawInputs(AS_OF, 10, 42L, list, POOL, List.of()));
        Collections.reverse(list);
        DrawResult again = DrawAlgorithm.draw(
                new DrawInputs(AS_OF, 10, 42L, list, List.of("ins-e", "ins-d", "ins-c", "ins-b", "ins-a"), List.of()));
        assertThat(again).isEqualTo(first);
        DrawResult other = DrawAlgorithm.draw(new DrawInputs(AS_OF, 10, 43L, list, POOL, List.of()));
        assertThat(other.picks()).isNotEqualTo(first.picks());
    }

    @Test
    void theDueComeFirstDrawnAtRandomNotInCodeOrder() {
        // 12 due (E000…E011, E011 the earliest), 5 places: only due ones are drawn, which and in which order the seed
        // decides
        Set<String> firsts = new HashSet<>();
        Set<List<String>> sets = new HashSet<>();
        for (long seed = 0; seed < 60; seed++) {
            DrawResult result = DrawAlgorithm.draw(new DrawInputs(AS_OF, 5, seed, candidates(40, 12), POOL, List.of()));
            assertThat(result.picks()).hasSize(5).allMatch(p -> p.reason().equals("DUE"));
            assertThat(result.picks())
                    .extracting(DrawResult.Pick::uscc)
                    .doesNotHaveDuplicates()
                    .allMatch(u -> Integer.parseInt(u.substring(1)) < 12);
            firsts.add(result.picks().get(0).uscc());
            sets.add(result.picks().stream().map(DrawResult.Pick::uscc).sorted().toList());
        }
        assertThat(firsts).hasSizeGreaterThan(5); // not the earliest due, not the lowest code, every time
        assertThat(sets).hasSizeGreaterThan(20); // nor the same five
    }

    @Test
    void theDueFillTheirPlacesBeforeTheRest() {
        DrawResult result = DrawAlgorithm.draw(new DrawInputs(AS_OF, 5, 7L, candidates(40, 3), POOL, List.of()));
        assertThat(result.picks().subList(0, 3))
                .extracting(DrawResult.Pick::uscc)
                .containsExactlyInAnyOrder("E002", "E001", "E000");
        assertThat(result.picks().subList(0, 3)).allMatch(p -> p.reason().equals("DUE"));
        assertThat(result.picks().subList(3, 5)).allMatch(p -> p.reason().equals("RANDOM"));
    }

    @Test
    void twoDrawsWithFreshSeedsDiffer() {
        SecureRandom seeds = new SecureRandom();
        List<Candidate> list = candidates(40, 12);
        DrawResult one = DrawAlgorithm.draw(new DrawInputs(AS_OF, 10, seeds.nextLong(), list, POOL, List.of()));
        DrawResult two = DrawAlgorithm.draw(new DrawInputs(AS_OF, 10, seeds.nextLong(), list, POOL, List.of()));
        assertThat(two.picks()).isNotEqualTo(one.picks());
    }

    @Test
    void aDrawStoredBeforeIssue13IsRunAgainAsItWasDrawn() {
        // version 0: the due in due-date order, as the draws stored then were made
        DrawResult result =
                DrawAlgorithm.draw(new DrawInputs(AS_OF, 5, 7L, candidates(40, 3), POOL, List.of(), 0, null));
        assertThat(result.picks().subList(0, 3))
                .extracting(DrawResult.Pick::uscc)
                .containsExactly("E002", "E001", "E000");
    }

    @Test
    void eachEnterpriseIsPairedFromItsOwnPool() {
        List<Candidate> list = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            list.add(new Candidate(
                    String.format("E%03d", i),
                    "企业" + i,
                    AS_OF.minusDays(1),
                    6,
                    i < 5 ? "inspector-371002-housing" : null));
        }
        DrawInputs in = new DrawInputs(
                AS_OF,
                10,
                5L,
                list,
                POOL,
                List.of(),
                DrawInputs.CURRENT,
                Map.of("inspector-371002-housing", List.of("hs-1", "hs-2", "hs-3")));
        DrawResult result = DrawAlgorithm.draw(in);
        assertThat(result.picks()).hasSize(10);
        result.picks().forEach(p -> {
            if (Integer.parseInt(p.uscc().substring(1)) < 5) {
                assertThat(p.inspectors()).isSubsetOf("hs-1", "hs-2", "hs-3");
            } else {
                assertThat(p.inspectors()).isSubsetOf(POOL);
            }
        });
        assertThat(DrawAlgorithm.draw(in)).isEqualTo(result);
    }

    @Test
    void moreFrequentlyInspectedEnterprisesAreDrawnMoreOften() {
        Map<Integer, Integer> byInterval = new HashMap<>();
        List<Candidate> list = candidates(40, 0);
        for (long seed = 0; seed < 400; seed++) {
            DrawAlgorithm.draw(new DrawInputs(AS_OF, 4, seed, list, POOL, List.of()))
                    .picks()
                    .forEach(p -> byInterval.merge(
                            list.stream()
                                    .filter(c -> c.uscc().equals(p.uscc()))
                                    .findFirst()
                                    .orElseThrow()
                                    .intervalMonths(),
                            1,
                            Integer::sum));
        }
        // quarterly (weight 4) against yearly (weight 1): far more often, not always
        assertThat(byInterval.get(3)).isGreaterThan(2 * byInterval.get(12));
        assertThat(byInterval.get(12)).isPositive();
    }

    @Test
    void pairsNeverIncludeAConflictAndTheWorkIsSpread() {
        List<Conflict> conflicts =
                List.of(new Conflict("ins-a", "E000"), new Conflict("ins-b", "E000"), new Conflict("ins-c", "E001"));
        DrawResult result = DrawAlgorithm.draw(new DrawInputs(AS_OF, 20, 99L, candidates(40, 2), POOL, conflicts));
        assertThat(result.unpaired()).isEmpty();
        assertThat(result.picks())
                .allMatch(p -> p.inspectors().size() == 2
                        && !p.inspectors().get(0).equals(p.inspectors().get(1)));
        DrawResult.Pick e000 = result.picks().stream()
                .filter(p -> p.uscc().equals("E000"))
                .findFirst()
                .orElseThrow();
        assertThat(e000.inspectors()).doesNotContain("ins-a", "ins-b");
        DrawResult.Pick e001 = result.picks().stream()
                .filter(p -> p.uscc().equals("E001"))
                .findFirst()
                .orElseThrow();
        assertThat(e001.inspectors()).doesNotContain("ins-c");
        Map<String, Integer> load = new HashMap<>();
        result.picks().forEach(p -> p.inspectors().forEach(i -> load.merge(i, 1, Integer::sum)));
        assertThat(load.values().stream().mapToInt(Integer::intValue).max().orElseThrow()
                        - load.values().stream()
                                .mapToInt(Integer::intValue)
                                .min()
                                .orElseThrow())
                .isLessThanOrEqualTo(1);
    }

    @Test
    void anEnterpriseWithoutTwoFreeInspectorsIsReportedNotHalfInspected() {
        List<Conflict> conflicts = List.of(new Conflict("ins-a", "E000"), new Conflict("ins-b", "E000"));
        DrawResult result = DrawAlgorithm.draw(
                new DrawInputs(AS_OF, 2, 1L, candidates(5, 1), List.of("ins-a", "ins-b", "ins-c"), conflicts));
        assertThat(result.unpaired()).containsExactly("E000");
        assertThat(result.picks()).extracting(DrawResult.Pick::uscc).doesNotContain("E000");
    }
}
