package cn.safetygrading.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.SummaryTable;
import cn.safetygrading.dashboard.service.DashboardService.OverdueByAssignee;
import cn.safetygrading.ledger.domain.LedgerTally;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dashboard table and its Excel export read one declaration: same headers, same values, same order. */
class ColumnsTest {

    @Test
    void theExportHasTheHeadersAndCellsTheTableShows() {
        var columns = DashboardTables.overdueByAssignee(key -> "«" + key + "»");
        List<OverdueByAssignee> rows =
                List.of(new OverdueByAssignee("reviewer", 3, 5), new OverdueByAssignee("", 2, 1));
        SummaryTable<OverdueByAssignee> table = columns.showIn(new SummaryTable<>());
        table.setItems(rows);

        var export = columns.export("overdue", rows);

        assertThat(export.headers())
                .isEqualTo(table.getHeaders())
                .containsExactly("«inbox.assignee»", "«dashboard.overdueTasks»", "«dashboard.maxDaysOverdue»");
        assertThat(export.rows().get(0)).containsExactly("reviewer", 3L, 5L);
        // an unclaimed task is named the same way on screen and in the workbook
        assertThat(export.rows().get(1)).containsExactly("«dashboard.unclaimed»", 2L, 1L);
        for (int row = 0; row < rows.size(); row++) {
            for (int column = 0; column < export.headers().size(); column++) {
                assertThat(table.getCellText(row, column))
                        .isEqualTo(String.valueOf(export.rows().get(row).get(column)));
            }
        }
    }

    @Test
    void theLedgerTablesShowTheLabelThenEveryCount() {
        var columns = DashboardTables.ledger(key -> key, "ledger.region");
        assertThat(columns.columns()).hasSize(1 + DashboardTables.COUNTS.size());
        assertThat(columns.columns().get(0).header()).isEqualTo("ledger.region");
        assertThat(columns.export("ledger", List.<LedgerTally>of()).rows()).isEmpty();
    }
}
