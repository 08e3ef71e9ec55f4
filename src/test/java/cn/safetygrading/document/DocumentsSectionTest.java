package cn.safetygrading.document;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.demo.DemoDataLoader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The tab 文书 of the enterprise file and of the portal (Karibu, real services): a click issues the document once. */
class DocumentsSectionTest extends UiTest {

    private static final String USCC = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());

    @Autowired
    JdbcTemplate jdbc;

    String caseId;

    @BeforeEach
    void finishedGrading() {
        caseId = UUID.randomUUID().toString();
        OffsetDateTime finished = OffsetDateTime.parse("2026-02-01T02:00:00Z");
        jdbc.update("""
                insert into grading_case (id, process_instance_id, uscc, trigger, region_code, step, final_grade,
                                          started_at, finished_at)
                values (?, ?, ?, 'APPLICATION', '371002', 'GRADED', 'B', ?, ?)""", caseId, "pi-" + caseId, USCC, finished.minusDays(5), finished);
    }

    private void openTab(String label) {
        TabSheet tabs = _get(TabSheet.class);
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTabAt(i).getLabel().startsWith(label)) {
                tabs.setSelectedIndex(i);
            }
        }
    }

    private long stored(String kind) {
        return jdbc.queryForObject(
                "select count(*) from official_document where kind = ? and subject_key = ?", Long.class, kind, caseId);
    }

    @Test
    void theReviewerPrintsTheResultAndTheApprovalSheetOnce() {
        login("reviewer", "demo");
        navigate("ledger/" + USCC);
        openTab("文书");
        Button result = _get(Button.class, s -> s.withId("grade-result-" + caseId));
        _click(result);
        _click(result);
        _click(_get(Button.class, s -> s.withId("approval-sheet-" + caseId)));
        assertThat(stored("GRADE_RESULT")).isEqualTo(1);
        assertThat(stored("APPROVAL_SHEET")).isEqualTo(1);
    }

    @Test
    void theEnterpriseGetsItsResultButNoApprovalSheet() {
        login("enterprise", "demo");
        navigate("enterprise");
        openTab("文书");
        _click(_get(Button.class, s -> s.withId("grade-result-" + caseId)));
        assertThat(stored("GRADE_RESULT")).isEqualTo(1);
        assertThat(_find(Button.class, s -> s.withId("approval-sheet-" + caseId)))
                .isEmpty();
    }
}
