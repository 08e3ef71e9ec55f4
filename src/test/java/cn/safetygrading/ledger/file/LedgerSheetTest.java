package cn.safetygrading.ledger.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The header is found by its Chinese names, in any order, below title lines, in one row or the annex's two. */
class LedgerSheetTest {

    private final List<LedgerRow> rows = new ArrayList<>();
    private final LedgerSheet sheet = new LedgerSheet(rows::add);

    @Test
    void headerInAnotherOrderBelowTitleLines() throws Exception {
        sheet.row(1, List.of("威海市企业安全生产分类分级监督管理基础信息台账"));
        sheet.row(2, List.of("填报单位：环翠区"));
        sheet.row(3, List.of("备注", "统一社会\n信用代码", " 企业名称 ", "分级（A/B/C/D）", "分类"));
        sheet.row(4, List.of("矿山", "91350100M000100Y43", "威海金矿有限公司", "C", "Ⅰ"));
        sheet.row(5, List.of("", "", "", "", ""));
        sheet.row(6, List.of("注：1.企业名称：企业中文全称"));
        sheet.finish();
        assertThat(rows).hasSize(1);
        LedgerRow r = rows.get(0);
        assertThat(r.row()).isEqualTo(4);
        assertThat(r.get(LedgerColumn.NAME)).isEqualTo("威海金矿有限公司");
        assertThat(r.get(LedgerColumn.USCC)).isEqualTo("91350100M000100Y43");
        assertThat(r.get(LedgerColumn.GRADE)).isEqualTo("C");
        assertThat(r.get(LedgerColumn.CLASS)).isEqualTo("Ⅰ");
        assertThat(r.get(LedgerColumn.REMARK)).isEqualTo("矿山");
        assertThat(r.has(LedgerColumn.ADDRESS)).isFalse();
    }

    @Test
    void theAnnexTwoRowHeaderWithTheMergedGroup() throws Exception {
        sheet.row(3, List.of("序号", "企业名称", "统一社会信用代码", "生产经营地址", "企业分级", "", "", "", "行业主管部门", "直接监管责任部门", "备注"));
        sheet.row(4, List.of("", "", "", "", "行业类别", "分类", "分级", "监管分级", "", "", ""));
        sheet.row(
                5,
                List.of(
                        "1",
                        "威海金矿有限公司",
                        "91350100M000100Y43",
                        "文登区葛家镇",
                        "09",
                        "Ⅰ",
                        "C",
                        "市级",
                        "威海市应急管理局",
                        "威海市应急管理局",
                        "矿山"));
        sheet.finish();
        LedgerRow r = rows.get(0);
        assertThat(r.get(LedgerColumn.INDUSTRY)).isEqualTo("09");
        assertThat(r.get(LedgerColumn.MANAGEMENT_LEVEL)).isEqualTo("市级");
        assertThat(r.get(LedgerColumn.SUPERVISING_DEPARTMENT)).isEqualTo("威海市应急管理局");
    }

    @Test
    void aFileWithoutHeaderIsRefused() throws Exception {
        sheet.row(1, List.of("名称", "代码"));
        assertThatThrownBy(sheet::finish).hasMessageContaining("ledger.file.noHeader");
        LedgerSheet other = new LedgerSheet(rows::add);
        assertThatThrownBy(() -> {
                    for (int i = 1; i <= LedgerSheet.HEADER_SEARCH_ROWS + 1; i++) {
                        other.row(i, List.of("x"));
                    }
                })
                .hasMessageContaining("ledger.file.noHeader");
    }

    @Test
    void aColumnNamedTwiceIsRefused() {
        assertThatThrownBy(() -> sheet.row(1, List.of("企业名称", "统一社会信用代码", "企业名称")))
                .hasMessageContaining("ledger.file.duplicateColumn");
    }

    @Test
    void formulaNeutralisingApostrophesAreTakenOff() throws Exception {
        sheet.row(1, List.of("企业名称", "统一社会信用代码", "生产经营地址"));
        sheet.row(2, List.of("'=HYPERLINK(\"x\")", "91350100M000100Y43", "'-3号楼"));
        assertThat(rows.get(0).get(LedgerColumn.NAME)).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(rows.get(0).get(LedgerColumn.ADDRESS)).isEqualTo("-3号楼");
    }
}
