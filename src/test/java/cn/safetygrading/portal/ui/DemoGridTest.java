package cn.safetygrading.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.security.service.AccountService;
import cn.safetygrading.supervision.service.SupervisionGridService;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo 包保 grid (seed 004): on a fresh database the loader gives 环翠区 a 网格长 and a 安全专员 with
 * phones and a 监督电话 and assigns the district, so the {@code enterprise} account's portal shows its
 * 包保 person and the contact sheet has content. Other tests change the grid of the shared database:
 * this one empties 环翠区's unit and runs the loader again, as on a fresh start.
 */
class DemoGridTest extends UiTest {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    SupervisionGridService grid;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private final String own = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());

    @Test
    void theDemoEnterprisesPortalShowsItsSupervisorAndTheContactSheet() {
        jdbc.update("delete from grid_member where region_code = '371002'");
        jdbc.update("delete from supervision_override where uscc = ?", own);
        loader.run(new DefaultApplicationArguments());

        var manager = accounts.find("manager").orElseThrow();
        assertThat(grid.members(manager, "371002"))
                .filteredOn(m -> "371002".equals(m.regionCode()))
                .extracting(m -> m.userId())
                .containsExactlyInAnyOrder("gridhead", "supervisor");
        var enterprise = accounts.find("enterprise").orElseThrow();
        var assignment = grid.assignmentOf(enterprise, own).orElseThrow();
        assertThat(assignment.supervisor()).isIn("gridhead", "supervisor");
        assertThat(assignment.riskLevel()).isNotNull();
        var contact = grid.publicContact(grid.contactToken(enterprise, own)).orElseThrow();
        assertThat(contact.headName()).isEqualTo("周网格");
        assertThat(contact.hotline()).isEqualTo("0631-5230000");
        assertThat(contact.supervisorPhone()).isIn("0631-5230001", "0631-5230002");

        login("enterprise", "demo");
        navigate("enterprise");
        EnterprisePortalView portal = _get(EnterprisePortalView.class);
        portal.tabs.setSelectedTab(portal.supervisionTab);
        assertThat(portal.supervisionPanel.assignment.getText()).contains(assignment.supervisor());
        assertThat(portal.supervisionPanel.contact.getText()).contains("周网格", "0631-5230000");
    }
}
