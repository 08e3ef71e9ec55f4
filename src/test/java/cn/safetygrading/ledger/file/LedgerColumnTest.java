package cn.safetygrading.ledger.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Header cells are matched by the Chinese names and their variants, whatever brackets, spaces or marks they carry. */
class LedgerColumnTest {

    @Test
    void variantsWithFullWidthBracketsMatch() {
        assertThat(LedgerColumn.match("企业（单位）名称")).contains(LedgerColumn.NAME);
        assertThat(LedgerColumn.match("企业(单位)名称")).contains(LedgerColumn.NAME);
        assertThat(LedgerColumn.match(" 统一社会信用代码（18位）* ")).contains(LedgerColumn.USCC);
        assertThat(LedgerColumn.match("行业代码")).contains(LedgerColumn.INDUSTRY);
        assertThat(LedgerColumn.match("联系电话")).isEmpty();
    }
}
