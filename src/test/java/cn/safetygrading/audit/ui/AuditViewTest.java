package cn.safetygrading.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit page: administrators see the rows, readable, filtered and exported; nobody else opens it. */
class AuditViewTest extends UiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorSeesTheChangesReadably() {
        String uscc = jdbc.queryForObject("select uscc from enterprise order by uscc limit 1", String.class);
        jdbc.update("update enterprise set remark = 'audit-view-1' where uscc = ?", uscc);
        jdbc.update("update enterprise set remark = 'audit-view-2' where uscc = ?", uscc);
        login("demo", "demo");
        navigate("audit");
        AuditView view = _get(AuditView.class);
        assertThat(GridKt._size(view.grid)).isPositive();
        view.record.setValue(uscc);
        view.table.setValue("enterprise");
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(2);
        String changes = GridKt.getPresentationValue(view.grid.getColumns().get(6), GridKt._get(view.grid, 0))
                .toString();
        assertThat(changes).isEqualTo("备注: audit-view-1 → audit-view-2");
        assertThat(GridKt.getPresentationValue(view.grid.getColumns().get(2), GridKt._get(view.grid, 0))
                        .toString())
                .isEqualTo("后台作业");
        String csv = new String(view.exportBytes("csv", Locale.SIMPLIFIED_CHINESE), StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(1 + GridKt._size(view.grid));

        view.sources.setSelectedIndex(1);
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void othersCannotOpenIt() {
        for (String user : new String[] {"reviewer", "manager", "enterprise"}) {
            login(user, "demo");
            navigate("audit");
            assertThat(UI.getCurrent()
                            .getInternals()
                            .getActiveRouterTargetsChain()
                            .get(0))
                    .as(user)
                    .isNotInstanceOf(AuditView.class);
        }
    }
}
