package cn.safetygrading.notice.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue #12: objection receipt numbers were the date and six digits; now they cannot be guessed. */
class ReceiptNumbersTest {

    private final ReceiptNumbers receipts = new ReceiptNumbers();

    @Test
    void twelveUnambiguousCharactersInGroupsOfFour() {
        for (int i = 0; i < 1000; i++) {
            assertThat(receipts.next())
                    .matches("[ACDEFGHJKMNPQRTWXY3479]{4}(-[ACDEFGHJKMNPQRTWXY3479]{4}){2}")
                    .doesNotContainPattern("[01258OILZSBUV]");
        }
    }

    /** Receipts drawn one after the other share no prefix, no suffix and no running number. */
    @Test
    void consecutiveReceiptsShareNoPattern() {
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            drawn.add(receipts.next());
        }
        assertThat(new HashSet<>(drawn)).hasSize(drawn.size());
        Set<String> prefixes = new HashSet<>();
        Set<String> suffixes = new HashSet<>();
        for (String r : drawn) {
            prefixes.add(r.substring(0, 4));
            suffixes.add(r.substring(10));
        }
        // with 22^4 = 234,256 groups, 10,000 random draws give nearly 10,000 different first and last groups
        assertThat(prefixes).hasSizeGreaterThan(9_500);
        assertThat(suffixes).hasSizeGreaterThan(9_500);
        int samePosition = 0;
        for (int i = 1; i < drawn.size(); i++) {
            for (int c = 0; c < drawn.get(i).length(); c++) {
                if (drawn.get(i).charAt(c) != '-'
                        && drawn.get(i).charAt(c) == drawn.get(i - 1).charAt(c)) {
                    samePosition++;
                }
            }
        }
        // a random pair agrees in 12/22 positions on average; a sequence would agree in nearly all
        assertThat((double) samePosition / (drawn.size() - 1)).isBetween(0.3, 0.8);
    }

    @Test
    void whatWasTypedBecomesTheStoredNumber() {
        assertThat(ReceiptNumbers.canonical(" k7qh 3xda-rm9w ")).contains("K7QH-3XDA-RM9W");
        assertThat(ReceiptNumbers.canonical("K7QH3XDARM9W")).contains("K7QH-3XDA-RM9W");
        assertThat(ReceiptNumbers.canonical("yy20260101000001")).contains("YY20260101000001");
        assertThat(ReceiptNumbers.canonical("K7QH-3XDA-RM9")).isEmpty();
        assertThat(ReceiptNumbers.canonical("' or 1=1 --")).isEmpty();
        assertThat(ReceiptNumbers.canonical(null)).isEmpty();
    }
}
