package cn.safetygrading.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.supervision.domain.DrawInputs;
import cn.safetygrading.supervision.domain.DrawInputs.Candidate;
import cn.safetygrading.supervision.domain.DrawInputs.Conflict;
import cn.safetygrading.supervision.domain.DrawResult;
import cn.safetygrading.supervision.service.DrawAlgorithm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The 双随机 draw: reproducible, due first, weighted by frequency, conflicts kept apart, work spread evenly. */
class DrawAlgorithmTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    private static List<Candidate> candidates(int n, int dueBefore) {
        return IntStream.range(0, n).mapToObj(i -> new Candidate(String.format("E%03d", i), "企业" + i,
                i < dueBefore ? AS_OF.minusDays(i + 1) : AS_OF.plusMonths(1), i % 2 == 0 ? 3 : 12)).toList();
    }

    private static final List<String> POOL = List.of("ins-a", "ins-b", "ins-c", "ins-d", "ins-e");

    @Test
    void theSameSeedAndInputsGiveTheSameDrawWhateverTheirOrder() {
        List<Candidate> list = new ArrayList<>(candidates(40, 3));
        DrawResult first = DrawAlgorithm.draw(new DrawInputs(AS_OF, 10, 42L, list, POOL, List.of()));
        Collections.reverse(list);
        DrawResult again = DrawAlgorithm.draw(new DrawInputs(AS_OF, 10, 42L, list, List.of("ins-e", "ins-d", "ins-c", "ins-b", "ins-a"), List.of()));
        assertThat(again).isEqualTo(first);
        DrawResult other = DrawAlgorithm.draw(new DrawInputs(AS_OF, 10, 43L, list, POOL, List.of()));
        assertThat(other.picks()).isNotEqualTo(first.picks());
    }

    @Test
    void everythingDueComesFirstEarliestFirst() {
        DrawResult result = DrawAlgorithm.draw(new DrawInputs(AS_OF, 5, 7L, candidates(40, 3), POOL, List.of()));
        assertThat(result.picks()).hasSize(5);
        assertThat(result.picks().subList(0, 3)).extracting(DrawResult.Pick::uscc).containsExactly("E002", "E001", "E000");
        assertThat(result.picks().subList(0, 3)).allMatch(p -> p.reason().equals("DUE"));
        assertThat(result.picks().subList(3, 5)).allMatch(p -> p.reason().equals("RANDOM"));
        assertThat(result.picks()).extracting(DrawResult.Pick::uscc).doesNotHaveDuplicates();
    }

    @Test
    void moreFrequentlyInspectedEnterprisesAreDrawnMoreOften() {
        Map<Integer, Integer> byInterval = new HashMap<>();
        List<Candidate> list = candidates(40, 0);
        for (long seed = 0; seed < 400; seed++) {
            DrawAlgorithm.draw(new DrawInputs(AS_OF, 4, seed, list, POOL, List.of())).picks().forEach(p ->
                    byInterval.merge(list.stream().filter(c -> c.uscc().equals(p.uscc())).findFirst().orElseThrow().intervalMonths(), 1, Integer::sum));
        }
        // quarterly (weight 4) against yearly (weight 1): far more often, not always
        assertThat(byInterval.get(3)).isGreaterThan(2 * byInterval.get(12));
        assertThat(byInterval.get(12)).isPositive();
    }

    @Test
    void pairsNeverIncludeAConflictAndTheWorkIsSpread() {
        List<Conflict> conflicts = List.of(new Conflict("ins-a", "E000"), new Conflict("ins-b", "E000"), new Conflict("ins-c", "E001"));
        DrawResult result = DrawAlgorithm.draw(new DrawInputs(AS_OF, 20, 99L, candidates(40, 2), POOL, conflicts));
        assertThat(result.unpaired()).isEmpty();
        assertThat(result.picks()).allMatch(p -> p.inspectors().size() == 2 && !p.inspectors().get(0).equals(p.inspectors().get(1)));
        DrawResult.Pick e000 = result.picks().stream().filter(p -> p.uscc().equals("E000")).findFirst().orElseThrow();
        assertThat(e000.inspectors()).doesNotContain("ins-a", "ins-b");
        DrawResult.Pick e001 = result.picks().stream().filter(p -> p.uscc().equals("E001")).findFirst().orElseThrow();
        assertThat(e001.inspectors()).doesNotContain("ins-c");
        Map<String, Integer> load = new HashMap<>();
        result.picks().forEach(p -> p.inspectors().forEach(i -> load.merge(i, 1, Integer::sum)));
        assertThat(load.values().stream().mapToInt(Integer::intValue).max().orElseThrow()
                - load.values().stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThanOrEqualTo(1);
    }

    @Test
    void anEnterpriseWithoutTwoFreeInspectorsIsReportedNotHalfInspected() {
        List<Conflict> conflicts = List.of(new Conflict("ins-a", "E000"), new Conflict("ins-b", "E000"));
        DrawResult result = DrawAlgorithm.draw(new DrawInputs(AS_OF, 2, 1L, candidates(5, 1), List.of("ins-a", "ins-b", "ins-c"), conflicts));
        assertThat(result.unpaired()).containsExactly("E000");
        assertThat(result.picks()).extracting(DrawResult.Pick::uscc).doesNotContain("E000");
    }
}
