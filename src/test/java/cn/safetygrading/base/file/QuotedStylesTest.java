package cn.safetygrading.base.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class QuotedStylesTest {

    @Test
    void formulaLikeTextIsWrittenAsItIsAndMarkedQuotePrefixed() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10)) {
            CellStyle bold = wb.createCellStyle();
            bold.setFont(wb.createFont());
            QuotedStyles text = new QuotedStyles(wb);
            Row row = wb.createSheet("s").createRow(0);
            text.text(row, 0, "=1+1", null);
            text.text(row, 1, "@SUM(A1)", bold);
            text.text(row, 2, "1+1", bold);
            text.text(row, 3, "-2", bold);
            wb.write(out);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("=1+1");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getQuotePrefixed())
                    .isTrue();
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("@SUM(A1)");
            assertThat(sheet.getRow(0).getCell(1).getCellStyle().getQuotePrefixed())
                    .isTrue();
            assertThat(sheet.getRow(0).getCell(2).getCellStyle().getQuotePrefixed())
                    .isFalse();
            // one quoted clone per base style
            assertThat(sheet.getRow(0).getCell(3).getCellStyle().getIndex())
                    .isEqualTo(sheet.getRow(0).getCell(1).getCellStyle().getIndex());
        }
    }
}
