package cn.safetygrading.ledger.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.dashboard.service.DashboardService;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.ledger.LedgerFiles;
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

    private final String demo = DemoDataLoader.enterprises(OffsetDateTime.now()).stream()
            .filter(e -> e.name().equals("威海环翠纺织服装有限公司"))
            .findFirst()
            .orElseThrow()
            .uscc();

    /**
     * An enterprise of this test's own, a copy of the demo textile firm (same region, class and departments) under
     * a fresh USCC: earlier tests downgrade the demo firm itself, and one downgrade per 12 months would refuse ours.
     */
    private String ownEnterprise() {
        String uscc = LedgerFiles.uscc("371002", "WF");
        jdbc.update(
                "insert into enterprise select (jsonb_populate_record(null::enterprise, to_jsonb(e)"
                        + " || jsonb_build_object('uscc', ?, 'name', ?, 'grade', 'B'))).* from enterprise e where uscc = ?",
                uscc,
                "重点关注测试纺织有限公司" + uscc.substring(10, 17),
                demo);
        return uscc;
    }

    @Test
    void aDowngradedEnterpriseIsFlaggedInTheLedgerAndCountedOnTheDashboard() {
        String uscc = ownEnterprise();
        try {
            flaggedAndCounted(uscc);
        } finally {
            // no watch period of ours left running for the tests after this one; the firm leaves the ledger's active
            runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(uscc)
                    .list()
                    .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset", true, true));
            jdbc.update("update enterprise set status = 'CLOSED' where uscc = ?", uscc);
        }
    }

    private void flaggedAndCounted(String uscc) {
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
