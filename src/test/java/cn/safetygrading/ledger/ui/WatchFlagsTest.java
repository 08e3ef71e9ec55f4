package cn.safetygrading.ledger.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.dashboard.service.DashboardService;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.security.service.AccountService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.Span;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A watch period (重点关注期, #14) is flagged in the ledger grid and counted on the dashboard. */
class WatchFlagsTest extends UiTest {

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DashboardService dashboard;

    @Autowired
    AccountService accounts;

    private final String uscc = DemoDataLoader.enterprises(OffsetDateTime.now()).stream()
            .filter(e -> e.name().equals("威海环翠纺织服装有限公司"))
            .findFirst()
            .orElseThrow()
            .uscc();

    @Test
    void aDowngradedEnterpriseIsFlaggedInTheLedgerAndCountedOnTheDashboard() {
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(uscc)
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset", true, true));
        jdbc.update("update enterprise set grade = 'B' where uscc = ?", uscc);
        long before = dashboard.watched(accounts.find("manager").orElseThrow());
        runtime.createMessageCorrelation("grade-event")
                .processInstanceBusinessKey(uscc)
                .setVariable("event", "REFUSED_ORDER")
                .setVariable("note", "拒不执行整改指令")
                .correlateStartMessage();
        assertThat(dashboard.watched(accounts.find("manager").orElseThrow())).isEqualTo(before + 1);

        login("manager", "demo");
        navigate("ledger");
        LedgerView view = _get(LedgerView.class);
        view.search.setValue(uscc);
        Enterprise row = GridKt._get(view.grid, 0);
        assertThat(row.uscc()).isEqualTo(uscc);
        assertThat(((Span) view.watchBadge(row)).getText()).isEqualTo("重点关注");
        assertThat(view.grid.getColumnByKey("watch").getHeaderText()).isEqualTo("重点关注");
    }
}
