package cn.safetygrading.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.ledger.domain.Industry;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.security.domain.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The departments and accounts pages: an administrator sets up a unit and its official; nobody else opens them. */
class AdminViewsTest extends UiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityService identity;

    private List<String> groups(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .sorted()
                .toList();
    }

    private static Region region(List<Region> items, String code) {
        return items.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void anAdministratorCreatesADepartmentAndAnAccountAndTheMembershipsFollow() throws Exception {
        login("demo", "demo");
        navigate("admin/departments");
        DepartmentsView departments = _get(DepartmentsView.class);
        assertThat(GridKt._size(departments.grid)).isGreaterThanOrEqualTo(50);

        DepartmentDialog dialog = departments.open(null);
        dialog.name.setValue("威海市环翠区市场监督管理局");
        dialog.region.setValue(region(dialog.region.getListDataView().getItems().toList(), "371002"));
        dialog.kind.setValue("market");
        Industry retail = dialog.supervising
                .getListDataView()
                .getItems()
                .filter(i -> i.code().equals("52"))
                .findFirst()
                .orElseThrow();
        dialog.supervising.setValue(Set.of(retail));
        assertThat(dialog.save()).isTrue();
        assertThat(jdbc.queryForList(
                        "select industry_code || role from department_industry where department_id = '371002-market'",
                        String.class))
                .containsExactly("52SUPERVISING");
        departments.text.setValue("市场监督");
        assertThat(GridKt._size(departments.grid)).isEqualTo(1);

        // a duplicate name is refused on its field
        DepartmentDialog twice = departments.open(null);
        twice.name.setValue("威海市环翠区市场监督管理局");
        twice.region.setValue(region(twice.region.getListDataView().getItems().toList(), "371002"));
        twice.kind.setValue("market2");
        assertThat(twice.save()).isFalse();
        assertThat(twice.name.isInvalid()).isTrue();
        assertThat(twice.name.getErrorMessage()).contains("已有名为");
        twice.close();

        navigate("admin/accounts");
        AccountsView accounts = _get(AccountsView.class);
        AccountDialog create = accounts.open(null);
        create.userId.setValue("hcmarket");
        create.displayName.setValue("孙市监");
        create.roles.setValue(Set.of(Role.REVIEWER));
        create.region.setValue(region(create.region.getListDataView().getItems().toList(), "371002"));
        create.department.setValue("威海市环翠区市场监督管理局");
        create.password.setValue("weak");
        assertThat(create.save()).isFalse();
        assertThat(create.password.isInvalid()).isTrue();
        create.password.setValue("Huancui-2026-Ok");
        assertThat(create.save()).isTrue();
        assertThat(groups("hcmarket")).containsExactly("reviewer", "reviewer-371002", "reviewer-371002-market");

        accounts.name.setValue("孙市监");
        assertThat(GridKt._size(accounts.grid)).isEqualTo(1);
        AccountDialog edit = accounts.open("hcmarket");
        assertThat(edit.department.getValue()).isEqualTo("威海市环翠区市场监督管理局");
        edit.roles.setValue(Set.of(Role.REVIEWER, Role.INSPECTOR));
        edit.department.setValue("环翠区住房和城乡建设局");
        assertThat(edit.save()).isTrue();
        assertThat(groups("hcmarket"))
                .containsExactly(
                        "inspector",
                        "inspector-371002",
                        "inspector-371002-housing",
                        "reviewer",
                        "reviewer-371002",
                        "reviewer-371002-housing");

        // the department with an account cannot be deleted; the message says why
        jdbc.update("update account set department = '威海市环翠区市场监督管理局' where user_id = 'hcmarket'");
        navigate("admin/departments");
        departments = _get(DepartmentsView.class);
        departments.text.setValue("市场监督");
        DepartmentDialog used = departments.open(GridKt._get(departments.grid, 0));
        assertThat(used.delete()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from department where id = '371002-market'", Long.class))
                .isEqualTo(1);

        // the 任务分工 import shows rejected rows
        Path bad = Files.createTempFile("duties", ".csv");
        Files.writeString(bad, "部门,区划代码,行业代码,职责\n无此局,371002,47,直接监管\n", StandardCharsets.UTF_8);
        var result = departments.importFile(bad, "分工.csv");
        assertThat(result.rejected()).hasSize(1);
        assertThat(departments.rejections.isVisible()).isTrue();
        assertThat(departments.importSummary.getText()).contains("未做任何更改");

        // the own account: no demotion, no disabling
        navigate("admin/accounts");
        accounts = _get(AccountsView.class);
        AccountDialog self = accounts.open("demo");
        assertThat(self.disable.isEnabled()).isFalse();
        self.roles.setValue(Set.of(Role.MANAGER));
        self.region.setValue(region(self.region.getListDataView().getItems().toList(), "371000"));
        assertThat(self.save()).isFalse();
        assertThat(self.roles.isInvalid()).isTrue();
        assertThat(groups("demo")).contains("camunda-admin");
    }

    @Test
    void othersCannotOpenThem() {
        for (String user : new String[] {"reviewer", "manager", "expert", "enterprise"}) {
            login(user, "demo");
            for (String route : new String[] {"admin/departments", "admin/accounts"}) {
                navigate(route);
                Object target = UI.getCurrent()
                        .getInternals()
                        .getActiveRouterTargetsChain()
                        .get(0);
                assertThat(target)
                        .as(user + " " + route)
                        .isNotInstanceOf(DepartmentsView.class)
                        .isNotInstanceOf(AccountsView.class);
            }
        }
    }
}
