package cn.safetygrading.document;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.consequence.service.FalsificationFigures;
import cn.safetygrading.consequence.ui.MeasuresPanel;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.ledger.domain.SignOff;
import cn.safetygrading.ledger.service.SignOffService;
import cn.safetygrading.portal.ui.EnterprisePortalView;
import cn.safetygrading.security.service.AccountService;
import cn.safetygrading.supervision.service.InspectionService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The print buttons beside the decisions (Karibu, real services): an inspection's record and order in the
 * enterprise file's 文书 and the portal's 检查与整改指令, a 通报 in 处理措施, a sign-off in 审签记录.
 */
class DocumentButtonsTest extends UiTest {

    private static final String USCC = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InspectionService inspections;

    @Autowired
    TaskService tasks;

    @Autowired
    FalsificationFigures falsifications;

    @Autowired
    SignOffService signOffs;

    @Autowired
    AccountService accounts;

    @Autowired
    Clock clock;

    private String orderedInspection() {
        LocalDate today = LocalDate.now(clock);
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "insert into inspection (id, uscc, inspectors, planned_on, status) values (?, ?, 'ins-d,ins-e', ?, 'PLANNED')",
                id,
                USCC,
                today);
        inspections.start(id, USCC, List.of("ins-d", "ins-e"), today);
        String pid = jdbc.queryForObject("select process_instance_id from inspection where id = ?", String.class, id);
        tasks.complete(
                tasks.createTaskQuery().processInstanceId(pid).singleResult().getId(),
                Map.of(
                        "site",
                        "成品库",
                        "legalRepresentative",
                        "张三",
                        "timeSpan",
                        "09:00–10:00",
                        "findings",
                        "成品库灭火器过期",
                        "signed",
                        true,
                        "orderNeeded",
                        true,
                        "orderDeadline",
                        today.plusDays(5).toString()));
        return id;
    }

    private long stored(String kind, String subject) {
        return jdbc.queryForObject(
                "select count(*) from official_document where kind = ? and subject_key = ?", Long.class, kind, subject);
    }

    private void openTab(String label) {
        TabSheet tabs = _get(TabSheet.class);
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTabAt(i).getLabel().startsWith(label)) {
                tabs.setSelectedIndex(i);
            }
        }
    }

    @Test
    void theEnterpriseFilePrintsTheInspectionRecordAndOrder() {
        String id = orderedInspection();
        login("reviewer", "demo");
        navigate("ledger/" + USCC);
        openTab("文书");
        _click(_get(Button.class, s -> s.withId("inspection-record-" + id)));
        _click(_get(Button.class, s -> s.withId("rectification-order-" + id)));
        _click(_get(Button.class, s -> s.withId("rectification-order-" + id)));
        assertThat(stored("INSPECTION_RECORD", id)).isEqualTo(1);
        assertThat(stored("RECTIFICATION_ORDER", id)).isEqualTo(1);
    }

    @Test
    void thePortalsOrdersCarryTheirDocuments() {
        String id = orderedInspection();
        login("enterprise", "demo");
        navigate("enterprise");
        openTab(_get(EnterprisePortalView.class).getTranslation("inspection.orders"));
        Grid<?> grid = _get(Grid.class, s -> s.withId("portal-inspections"));
        int row = rowOf(grid, r -> r.toString().contains(id));
        Component cell = GridKt._getCellComponent(grid, row, "documents");
        _click(_get(cell, Button.class, s -> s.withId("rectification-order-" + id)));
        assertThat(stored("RECTIFICATION_ORDER", id)).isEqualTo(1);
    }

    @Test
    void aCircularMeasurePrintsItsCircular() {
        String caseId = UUID.randomUUID().toString();
        falsifications.circulate(USCC, caseId, null, "自评材料与现场不符", "doc-ui-" + caseId);
        long measureId = jdbc.queryForObject(
                "select id from enterprise_measure where idempotency_key = ?", Long.class, "doc-ui-" + caseId);
        login("manager", "demo");
        navigate("ledger/" + USCC);
        openTab("处理措施");
        MeasuresPanel panel = _get(MeasuresPanel.class);
        Grid<?> grid = _get(panel, Grid.class, s -> s.withId("measure-grid"));
        int row = rowOf(grid, r -> r.toString().contains("id=" + measureId + ","));
        _click(_get(
                GridKt._getCellComponent(grid, row, "document"), Button.class, s -> s.withId("circular-" + measureId)));
        assertThat(stored("CIRCULAR", String.valueOf(measureId))).isEqualTo(1);
        // in the 文书 tab too
        openTab("文书");
        assertThat(_find(Button.class, s -> s.withId("circular-" + measureId))).hasSize(1);
    }

    @Test
    void aSignOffPrintsItsSheet() {
        SignOff signOff = signOffs.sign(accounts.find("manager").orElseThrow(), "371003", LocalDate.now(clock), null);
        login("manager", "demo");
        navigate("ledger");
        _click(_get(Button.class, s -> s.withId("ledger-signoffs-button")));
        Grid<?> grid = _get(Grid.class, s -> s.withId("ledger-signoffs"));
        int row = rowOf(grid, r -> ((SignOff) r).id() == signOff.id());
        _click(_get(
                GridKt._getCellComponent(grid, row, "download"),
                Button.class,
                s -> s.withId("sign-off-sheet-" + signOff.id())));
        assertThat(stored("SIGN_OFF_SHEET", String.valueOf(signOff.id()))).isEqualTo(1);
    }

    private static int rowOf(Grid<?> grid, java.util.function.Predicate<Object> match) {
        int size = GridKt._size(grid);
        for (int i = 0; i < size; i++) {
            if (match.test(GridKt._get(grid, i))) {
                return i;
            }
        }
        throw new AssertionError("no such row");
    }
}
