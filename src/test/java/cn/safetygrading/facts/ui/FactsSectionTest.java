package cn.safetygrading.facts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.facts.domain.FactEntry;
import cn.safetygrading.facts.domain.Register;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The tab 事实登记 on /ledger/{uscc} (Karibu, real services): the owner records and corrects; others only read. */
class FactsSectionTest extends UiTest {

    private static final String USCC = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private FactsPanel open() {
        navigate("ledger/" + USCC);
        TabSheet tabs = _get(TabSheet.class);
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTabAt(i).getLabel().equals("事实登记")) {
                tabs.setSelectedIndex(i);
            }
        }
        return _get(FactsPanel.class);
    }

    @Test
    void theOwningDepartmentRecordsAPenaltyAndCorrectsIt() {
        login("reviewer", "demo");
        FactsPanel panel = open();
        assertThat(panel.recordButtons.get(Register.PENALTIES).isVisible()).isTrue();
        int before = GridKt._size(panel.grids.get(Register.PENALTIES));

        _click(panel.recordButtons.get(Register.PENALTIES));
        FactDialog dialog = _get(FactDialog.class);
        LocalDate day = LocalDate.now(clock).minusDays(20);
        ((DatePicker) dialog.fields.get("decidedOn")).setValue(day);
        _click(dialog.save);
        // the document number is required: the field says so in Chinese
        assertThat(((TextField) dialog.fields.get("documentNo")).isInvalid()).isTrue();
        assertThat(((TextField) dialog.fields.get("documentNo")).getErrorMessage())
                .isEqualTo("文书编号不能为空");
        ((TextField) dialog.fields.get("documentNo")).setValue("威环应急罚〔2026〕7号");
        ((BigDecimalField) dialog.fields.get("amount")).setValue(new BigDecimal("5000"));
        _click(dialog.save);

        assertThat(GridKt._size(panel.grids.get(Register.PENALTIES))).isEqualTo(before + 1);
        FactEntry entry = GridKt._get(panel.grids.get(Register.PENALTIES), 0);
        assertThat(entry.documentNo()).isEqualTo("威环应急罚〔2026〕7号");
        assertThat(entry.recordedBy()).isEqualTo("reviewer");
        // 登记人 shows the official's name, not the login
        String name = jdbc.queryForObject("select display_name from account where user_id = 'reviewer'", String.class);
        assertThat(GridKt._getFormattedRow(panel.grids.get(Register.PENALTIES), 0))
                .contains(name);
        assertThat(entry.occurredOn()).isEqualTo(day);

        assertThat(panel.details(entry)).contains("罚款金额（元）：5000");

        // 更正: a new entry with the values filled in, superseding the old one
        _click((Button) GridKt._getCellComponent(panel.grids.get(Register.PENALTIES), 0, "correct"));
        FactDialog correction = _get(FactDialog.class);
        TextField document = (TextField) correction.fields.get("documentNo");
        assertThat(document.getValue()).isEqualTo("威环应急罚〔2026〕7号");
        document.setValue("威环应急罚〔2026〕8号");
        _click(correction.save);
        assertThat(GridKt._size(panel.grids.get(Register.PENALTIES))).isEqualTo(before + 2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from fact_penalty where uscc = ? and superseded_by is not null"
                                + " and document_no = '威环应急罚〔2026〕7号'",
                        Integer.class,
                        USCC))
                .isOne();
        jdbc.update("delete from fact_penalty where uscc = ?", USCC);
    }

    @Test
    void anOfficialOfAnotherDepartmentInScopeOnlyReads() {
        login("expert", "demo");
        FactsPanel panel = open();
        assertThat(panel.recordButtons.values()).allMatch(b -> !b.isVisible());
        assertThat(panel.creditGrade.getText()).startsWith("信用等级");
    }

    @Test
    void aCreditGradeDOfACreditGradedIndustryIsShownAsBlacklisted() {
        String before = jdbc.queryForObject("select credit_grade from enterprise where uscc = ?", String.class, USCC);
        String industry =
                jdbc.queryForObject("select industry_code from enterprise where uscc = ?", String.class, USCC);
        try {
            jdbc.update("update enterprise set industry_code = '26', credit_grade = 'd' where uscc = ?", USCC);
            login("reviewer", "demo");
            assertThat(open().blacklisted.isVisible()).isTrue();
            jdbc.update("update enterprise set credit_grade = 'c' where uscc = ?", USCC);
            assertThat(open().blacklisted.isVisible()).isFalse();
        } finally {
            jdbc.update(
                    "update enterprise set industry_code = ?, credit_grade = ? where uscc = ?", industry, before, USCC);
        }
    }
}
