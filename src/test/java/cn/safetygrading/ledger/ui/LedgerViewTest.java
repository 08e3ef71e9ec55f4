package cn.safetygrading.ledger.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.ledger.LedgerFiles;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.domain.Industry;
import cn.safetygrading.ledger.domain.RiskFeature;
import cn.safetygrading.ledger.domain.SignOff;
import cn.safetygrading.ledger.service.ImportGate;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** /ledger and /ledger/{uscc} as reviewers, managers and experts use them (Karibu, real services). */
class LedgerViewTest extends UiTest {

    private static final List<Enterprise> DEMO = DemoDataLoader.enterprises(OffsetDateTime.now());

    @Test
    void theReviewerSeesTheDistrictAndFiltersIt() {
        login("reviewer", "demo");
        navigate("ledger");
        LedgerView view = _get(LedgerView.class);
        int all = GridKt._size(view.grid);
        // the 环翠区应急管理局 reviewer: the district's enterprises its department directly supervises (domain §11)
        assertThat(all).isGreaterThanOrEqualTo(5);
        for (int i = 0; i < all; i++) {
            assertThat(GridKt._get(view.grid, i).uscc()).startsWith("9");
            assertThat(GridKt._get(view.grid, i).uscc().substring(2, 8)).isEqualTo("371002");
            assertThat(GridKt._get(view.grid, i).supervisingDepartment()).isEqualTo("环翠区应急管理局");
        }
        assertThat(view.count.getText()).isEqualTo("共 " + all + " 家");

        view.enterpriseClass.setValue("I");
        int classI = GridKt._size(view.grid);
        assertThat(classI).isLessThan(all).isPositive();
        for (int i = 0; i < classI; i++) {
            assertThat(GridKt._get(view.grid, i).enterpriseClass()).isEqualTo("I");
        }
        view.enterpriseClass.setValue("");
        view.industry.setValue(new Industry("13", "农副食品加工业", "DIVISION", "C"));
        assertThat(GridKt._size(view.grid)).isPositive();
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            assertThat(GridKt._get(view.grid, i).industryCode()).isEqualTo("13");
        }
        view.industry.setValue(new Industry("C", "制造业", "SECTION", null));
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(5);
        view.industry.clear();
        view.search.setValue("海鑫");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        view.search.setValue("50%_");
        assertThat(GridKt._size(view.grid)).isZero();

        assertThat(view.importButton.isVisible()).isTrue();
        assertThat(view.signOffButton.isVisible()).isFalse();
    }

    /** Issue #15, 7: the name column takes the longest name's width and grows, it is never cut to "威海环…". */
    @Test
    void theNameColumnIsAsWideAsTheLongestName() {
        login("reviewer", "demo");
        navigate("ledger");
        var name = _get(LedgerView.class).grid.getColumnByKey("name");
        assertThat(name.isAutoWidth()).isTrue();
        assertThat(name.getFlexGrow()).isPositive();
        assertThat(name.getWidth()).isNull();
        // auto width is measured on the first rows: a longer name further down wraps, never "…"
        assertThat(_get(LedgerView.class).grid.getThemeNames()).contains("wrap-cell-content");
        // the browser check (every name cell needs no more width than it has, at 1366 px): BrowserJourneyIT
    }

    @Test
    void anImportRunsInTheBackgroundAndShowsWhatWasRejected() throws Exception {
        login("reviewer", "demo");
        navigate("ledger");
        LedgerView view = _get(LedgerView.class);
        _click(view.importButton);
        ImportDialog dialog = _get(ImportDialog.class);
        assertThat(dialog.region.getValue().code()).isEqualTo("371002");
        String good = LedgerFiles.uscc("371002", "UQ");
        Path file = Files.createTempFile("ledger-ui", ".csv");
        Files.write(
                file,
                LedgerFiles.annex()
                        .enterprise("界面导入测试有限公司", good, "环翠区", "34", "Ⅱ", "", "", "")
                        .enterprise("界面导入错误有限公司", "91371002MA0000000A", "环翠区", "34", "Ⅱ", "", "", "")
                        .csv());

        dialog.start(file, "环翠区台账.csv");
        assertThat(dialog.bar.isVisible()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isPositive();
        dialog.running.get(60, TimeUnit.SECONDS);
        MockVaadin.runUIQueue();

        assertThat(dialog.status.getText()).isEqualTo("导入完成：新增 1 家，更新 0 家，未变 0 家，拒绝 1 行");
        assertThat(dialog.rejected.isVisible()).isTrue();
        assertThat(GridKt._size(dialog.rejected)).isEqualTo(1);
        assertThat(GridKt._get(dialog.rejected, 0).row()).isEqualTo(5);
        assertThat(GridKt._get(dialog.rejected, 0).message()).startsWith("第18位校验码错误");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(Files.exists(file)).as("the upload is deleted").isFalse();
        view.search.setValue(good);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
    }

    /** Issue #12: while another import runs on the node (here: held by the gate), the dialog says so and starts none. */
    @Test
    void aSecondImportOnTheNodeIsRefusedAsBusy(@Autowired ImportGate gate) throws Exception {
        login("reviewer", "demo");
        navigate("ledger");
        _click(_get(LedgerView.class).importButton);
        ImportDialog dialog = _get(ImportDialog.class);
        Path file = Files.createTempFile("ledger-ui", ".csv");
        Files.write(
                file,
                LedgerFiles.withHeader(List.of("企业名称", "统一社会信用代码", "行业类别"))
                        .row("忙时导入的企业", LedgerFiles.uscc("371002", "UB"), "13")
                        .csv());
        try (ImportGate.Pass running = gate.tryEnter().orElseThrow()) {
            dialog.start(file, "台账.csv");
            assertThat(dialog.status.getText()).isEqualTo("导入任务繁忙，请稍后再试");
            assertThat(dialog.running).isNull();
            assertThat(file).doesNotExist();
        }
    }

    @Test
    void aRefusedFileIsExplained() throws Exception {
        login("reviewer", "demo");
        navigate("ledger");
        _click(_get(LedgerView.class).importButton);
        ImportDialog dialog = _get(ImportDialog.class);
        Path file = Files.createTempFile("ledger-ui", ".xlsx");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        dialog.start(file, "台账.xlsx");
        try {
            dialog.running.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException expected) {
            // the refusal, shown below
        }
        MockVaadin.runUIQueue();
        assertThat(dialog.status.getText()).startsWith("文件被拒绝：文件扩展名是 .xlsx，但内容不是 Excel");
    }

    @Test
    void theManagerSignsAndFindsTheSignedVersion(@Autowired JdbcTemplate jdbc) {
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from ledger_signoff", Long.class);
        login("manager", "demo");
        navigate("ledger");
        LedgerView view = _get(LedgerView.class);
        assertThat(view.signOffButton.isVisible()).isTrue();
        _click(view.signOffButton);
        SignOffDialog dialog = _get(SignOffDialog.class);
        dialog.region.setValue(dialog.region
                .getListDataView()
                .getItems()
                .filter(r -> r.code().equals("371003"))
                .findFirst()
                .orElseThrow());
        dialog.unit.setValue("文登区人民政府");
        _click(dialog.sign);
        _click(view.signOffsButton);
        SignOffsDialog list = _get(SignOffsDialog.class);
        // the new version is the one listed sign-off made now (not necessarily the top line: the tests share the
        // database and reset the clock, so another test's sign-off may be dated a few seconds later)
        List<SignOff> signed =
                GridKt._findAll(list.grid).stream().filter(s -> s.id() > before).toList();
        assertThat(signed).hasSize(1);
        assertThat(signed.get(0).regionCode()).isEqualTo("371003");
        assertThat(signed.get(0).fillingUnit()).isEqualTo("文登区人民政府");
        assertThat(signed.get(0).signer()).isEqualTo("王主任");
    }

    @Test
    void theReviewerCorrectsTheRiskFeaturesInTheEnterpriseFile() {
        Enterprise textile = DEMO.stream()
                .filter(e -> e.name().equals("威海环翠纺织服装有限公司"))
                .findFirst()
                .orElseThrow();
        login("reviewer", "demo");
        navigate("ledger/" + textile.uscc());
        EnterpriseFileView view = _get(EnterpriseFileView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("威海环翠纺织服装有限公司");
        assertThat(view.panel.features.getText()).isEqualTo("无");
        int events = GridKt._size(view.panel.timeline);
        long classified = classifiedLines(view);

        _click(view.correct);
        CorrectionDialog dialog = _get(CorrectionDialog.class);
        dialog.features.setValue(EnumSet.of(RiskFeature.DUST_EXPLOSION));
        _click(dialog.save);

        try {
            EnterpriseFileView after = _get(EnterpriseFileView.class);
            assertThat(after.panel.features.getText()).isEqualTo("粉尘涉爆");
            assertThat(GridKt._size(after.panel.timeline)).isEqualTo(events + 1);
            // the new line is the file's one more CLASSIFIED line (not necessarily the top one: the tests share
            // the database and reset the clock, so another test's line may be dated a few seconds later)
            assertThat(classifiedLines(after)).isEqualTo(classified + 1);
        } finally {
            // and back, so the demo stays as it was for the tests after this one
            _click(_get(EnterpriseFileView.class).correct);
            CorrectionDialog again = _get(CorrectionDialog.class);
            again.features.clear();
            _click(again.save);
        }
        assertThat(_get(EnterpriseFileView.class).panel.features.getText()).isEqualTo("无");
    }

    private static long classifiedLines(EnterpriseFileView view) {
        int size = GridKt._size(view.panel.timeline);
        return java.util.stream.IntStream.range(0, size)
                .filter(i ->
                        "CLASSIFIED".equals(GridKt._get(view.panel.timeline, i).type()))
                .count();
    }

    @Test
    void theFileShowsTheStoredRiskLevelAndTheSupervisor(@Autowired JdbcTemplate jdbc) {
        Enterprise textile = DEMO.stream()
                .filter(e -> e.name().equals("威海环翠纺织服装有限公司"))
                .findFirst()
                .orElseThrow();
        jdbc.update(
                "delete from supervision_assignment where uscc = ?",
                textile.uscc()); // the demo grid may have assigned it
        login("reviewer", "demo");
        navigate("ledger/" + textile.uscc());
        assertThat(_get(Span.class, spec -> spec.withId("enterprise-fact-riskLevel"))
                        .getText())
                .isEqualTo("尚未判定");
        assertThat(_get(Span.class, spec -> spec.withId("enterprise-fact-supervisor"))
                        .getText())
                .isEqualTo("尚未分配");
        jdbc.update(
                "insert into supervision_assignment (uscc, grid_level, region_code, supervisor, assigned_at, risk_level, decided_level)"
                        + " values (?, 'TOWNSHIP', '371002', 'manager', now(), 'LARGER', 'COUNTY')",
                textile.uscc());
        try {
            navigate("ledger/" + textile.uscc());
            assertThat(_get(Span.class, spec -> spec.withId("enterprise-fact-riskLevel"))
                            .getText())
                    .isEqualTo("较大风险");
            assertThat(_get(Span.class, spec -> spec.withId("enterprise-fact-gridLevel"))
                            .getText())
                    .isEqualTo("镇街级");
            assertThat(_get(Span.class, spec -> spec.withId("enterprise-fact-supervisor"))
                            .getText())
                    .isEqualTo("王主任（manager）");
        } finally {
            jdbc.update("delete from supervision_assignment where uscc = ?", textile.uscc());
        }
    }

    @Test
    void anotherDistrictsEnterpriseIsNotFoundAndExpertsDoNotCorrect() {
        Enterprise wendeng = DEMO.stream()
                .filter(e -> e.regionCode().equals("371003"))
                .findFirst()
                .orElseThrow();
        login("reviewer", "demo");
        // the file does not exist for this reviewer: the not-found page, with a sentence
        navigate("ledger/" + wendeng.uscc());
        assertThat(_find(EnterpriseFileView.class)).isEmpty();
        _get(cn.safetygrading.base.ui.NotFoundView.class);

        login("expert", "demo");
        navigate("ledger/" + wendeng.uscc());
        EnterpriseFileView view = _get(EnterpriseFileView.class);
        assertThat(view.correct.isVisible()).isFalse();
        navigate("ledger");
        LedgerView ledger = _get(LedgerView.class);
        assertThat(ledger.importButton.isVisible()).isFalse();
        assertThat(ledger.signOffButton.isVisible()).isFalse();
    }
}
