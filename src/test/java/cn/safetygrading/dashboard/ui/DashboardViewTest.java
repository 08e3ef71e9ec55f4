package cn.safetygrading.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.SpreadsheetExport;
import cn.safetygrading.base.ui.UiTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The manager's dashboard: the city by region, overdue work, exports. */
class DashboardViewTest extends UiTest {

    @Test
    void aCityManagerSeesEveryCountyOfTheCity() {
        login("manager", "demo");
        navigate("dashboard");
        DashboardView view = _get(DashboardView.class);
        // the demo enterprises sit in the four districts; overdue work is shown for every county-level
        // division of the city, the three development zones included
        assertThat(_size(view.regions)).isEqualTo(4);
        assertThat(_size(view.overdueByRegion)).isEqualTo(7);
    }

    @Test
    void exportsAreRealWorkbooksWithFormulasNeutralised() throws Exception {
        byte[] bytes = SpreadsheetExport.xlsx(new SpreadsheetExport.Table("t", List.of("名称", "数量"),
                List.of(List.of("=HYPERLINK(\"http://x\")", 3), List.of("环翠区", 5))));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名称");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(5.0);
        }
    }
}
