package cn.safetygrading.ledger.file;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.ledger.domain.LedgerHeader;
import cn.safetygrading.ledger.domain.LedgerLine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annex layout with its header block; no cell a spreadsheet could run; and it imports back. */
class LedgerFileWriterTest {

    @TempDir
    Path dir;

    private final LedgerHeader header =
            new LedgerHeader("威海市企业安全生产分类分级监督管理基础信息台账", "环翠区应急管理局", 2, 1, 1, "王主任", LocalDate.of(2024, 7, 15));
    private final List<LedgerLine> lines = List.of(
            new LedgerLine(
                    1,
                    "=cmd|' /C calc'!A0",
                    "91110000600037341L",
                    "+86 威海",
                    "26",
                    "化学原料和化学制品制造业",
                    "I",
                    "C",
                    "CITY",
                    "威海市工业和信息化局",
                    "威海市应急管理局",
                    "危险物品的生产、经营、储存、装卸"),
            new LedgerLine(
                    2,
                    "@SUM(A1)",
                    "91350100M000100Y43",
                    "-1号",
                    "34",
                    "通用设备制造业",
                    "II",
                    null,
                    "LOCAL",
                    null,
                    null,
                    "\tnote"));

    @Test
    void csvHasTheHeaderBlockAndNeutralisedCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LedgerFileWriter.writeCsv(out, header, lines::forEach);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF威海市企业安全生产分类分级监督管理基础信息台账\r\n");
        assertThat(csv).contains("审签人：王主任　　审签日期：2024年7月15日");
        assertThat(csv).contains("填报单位：环翠区应急管理局　　共计各类企业：2家，其中，Ⅰ类：1家；Ⅱ类：1家。");
        assertThat(csv).contains("序号,企业名称,统一社会信用代码,生产经营地址,行业类别,分类,分级,监管分级,行业主管部门,直接监管责任部门,备注");
        assertThat(csv).contains("1,'=cmd|' /C calc'!A0,91110000600037341L,'+86 威海,26 化学原料和化学制品制造业,Ⅰ,C,市级,");
        assertThat(csv).contains("2,'@SUM(A1),91350100M000100Y43,'-1号,34 通用设备制造业,Ⅱ,,区市级,,,'\tnote");
        for (String line : csv.split("\r\n")) {
            for (String cell : line.split(",")) {
                assertThat(cell)
                        .as(line)
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("-")
                        .doesNotStartWith("@");
            }
        }
    }

    @Test
    void xlsxHasTheAnnexHeaderAndOnlyTextCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LedgerFileWriter.writeXlsx(out, header, lines::forEach);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(header.title());
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("企业分级");
            assertThat(sheet.getRow(4).getCell(5).getStringCellValue()).isEqualTo("分类");
            // the text as it is, marked quote-prefixed: Excel shows it and never runs it
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
            assertThat(sheet.getRow(5).getCell(1).getCellStyle().getQuotePrefixed())
                    .isTrue();
            assertThat(sheet.getRow(5).getCell(2).getCellStyle().getQuotePrefixed())
                    .isFalse();
            assertThat(sheet.getRow(5).getCell(2).getCellStyle().getBorderTop())
                    .isEqualTo(sheet.getRow(5).getCell(1).getCellStyle().getBorderTop());
            assertThat(sheet.getRow(5).getCell(5).getStringCellValue()).isEqualTo("Ⅰ");
            sheet.forEach(
                    row -> row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA)));
        }
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameValues() throws Exception {
        for (boolean xlsx : new boolean[] {true, false}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (xlsx) {
                LedgerFileWriter.writeXlsx(out, header, lines::forEach);
            } else {
                LedgerFileWriter.writeCsv(out, header, lines::forEach);
            }
            Path file = Files.write(dir.resolve("back" + (xlsx ? ".xlsx" : ".csv")), out.toByteArray());
            List<LedgerRow> rows = new ArrayList<>();
            LedgerSheet sheet = new LedgerSheet(rows::add);
            if (xlsx) {
                new XlsxRowReader().read(file, sheet, f -> {});
            } else {
                new CsvRowReader().read(file, sheet, f -> {});
            }
            sheet.finish();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).get(LedgerColumn.NAME)).isEqualTo("=cmd|' /C calc'!A0");
            assertThat(rows.get(0).get(LedgerColumn.ADDRESS)).isEqualTo("+86 威海");
            assertThat(rows.get(0).get(LedgerColumn.MANAGEMENT_LEVEL)).isEqualTo("市级");
            assertThat(rows.get(1).get(LedgerColumn.NAME)).isEqualTo("@SUM(A1)");
            assertThat(rows.get(1).get(LedgerColumn.CLASS)).isEqualTo("Ⅱ");
        }
    }
}
