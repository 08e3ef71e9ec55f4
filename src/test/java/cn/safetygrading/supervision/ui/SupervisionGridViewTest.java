package cn.safetygrading.supervision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.SpreadsheetExport;
import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.AccountService;
import cn.safetygrading.supervision.service.SupervisionGridService;
import com.vaadin.flow.component.UI;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** /supervision/grid: managers of the region run the grid in the UI; reviewers and enterprises do not. */
class SupervisionGridViewTest extends UiTest {

    @Autowired
    AccountService accounts;

    @Autowired
    SupervisionGridService grid;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theManagerAddsAMemberWithPhoneAndMakesThemHeadAndTheRosterExports() {
        if (accounts.find("grid-ui-1").isEmpty()) {
            accounts.create(
                    new NewAccount("grid-ui-1", "张网格", "secret-123", Set.of(Role.SUPERVISOR), "371002", "应急管理局", null));
        }
        login("manager", "demo");
        navigate("supervision/grid");
        SupervisionGridView view = _get(SupervisionGridView.class);
        view.region.setValue(view.region
                .getListDataView()
                .getItems()
                .filter(r -> r.code().equals("371002"))
                .findFirst()
                .orElseThrow());
        view.membersTab.memberId.setValue("grid-ui-1");
        view.membersTab.memberUnit.setValue(view.region.getValue());
        view.membersTab.memberPhone.setValue("0631-5201234");
        view.membersTab.memberHead.setValue(true);
        _click(view.membersTab.addMember);
        assertThat(jdbc.queryForMap(
                        "select head, phone from grid_member where user_id = 'grid-ui-1' and region_code = '371002'"))
                .containsEntry("head", true)
                .containsEntry("phone", "0631-5201234");
        assertThat(view.membersTab
                        .members
                        .getListDataView()
                        .getItems()
                        .filter(m -> "grid-ui-1".equals(m.userId()))
                        .count())
                .isOne();
        // a bad phone is refused with the field's sentence, nothing stored
        view.membersTab.memberPhone.setValue("打电话");
        _click(view.membersTab.addMember);
        assertThat(jdbc.queryForObject(
                        "select phone from grid_member where user_id = 'grid-ui-1' and region_code = '371002'",
                        String.class))
                .isEqualTo("0631-5201234");

        SpreadsheetExport.Table table = view.rosterTable();
        assertThat(table.headers()).contains("乡镇（街道）", "包保责任人", "本月应履职", "未闭环问题");
        assertThat(table.rows())
                .allSatisfy(row -> assertThat(row).hasSize(table.headers().size()));
    }

    @Test
    void reviewersAndEnterprisesDoNotOpenTheGrid() {
        login("reviewer", "demo");
        navigate("supervision/grid");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isNotInstanceOf(SupervisionGridView.class);
        login("enterprise", "demo");
        navigate("supervision/grid");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isNotInstanceOf(SupervisionGridView.class);
    }
}
