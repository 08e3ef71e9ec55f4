package cn.safetygrading.facts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.facts.domain.FactAttachment;
import cn.safetygrading.facts.domain.FactEntry;
import cn.safetygrading.facts.domain.Register;
import cn.safetygrading.forms.model.TestFiles;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 附件 in the 登记/更正 dialogs (Karibu, real services): an executable or a file whose content lies about its
 * type is refused with the reason naming the field; a PDF is kept with the entry; a correction carries its own.
 */
class FactDialogUploadTest extends UiTest {

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
    void aPenaltyIsRecordedWithItsDocumentAndCorrectedWithAnother() {
        jdbc.update("delete from fact_penalty where uscc = ?", USCC);
        try {
            recordAndCorrect();
        } finally {
            jdbc.update("delete from fact_attachment where uscc = ?", USCC);
            jdbc.update("delete from fact_penalty where uscc = ?", USCC);
        }
    }

    private void recordAndCorrect() {
        login("reviewer", "demo");
        FactsPanel panel = open();
        _click(panel.recordButtons.get(Register.PENALTIES));
        FactDialog dialog = _get(FactDialog.class);
        ((DatePicker) dialog.fields.get("decidedOn"))
                .setValue(LocalDate.now(clock).minusDays(5));
        ((TextField) dialog.fields.get("documentNo")).setValue("威环应急罚〔2026〕31号");

        _upload(dialog.upload, "setup.exe", "application/x-msdownload", TestFiles.EXE);
        assertThat(dialog.files).isEmpty();
        assertThat(dialog.fileError.isVisible()).isTrue();
        assertThat(dialog.fileError.getText()).isEqualTo("附件：文件“setup.exe”是可执行文件、脚本或网页，不能上传");
        _upload(dialog.upload, "处罚决定书.pdf", "application/pdf", TestFiles.DOCX);
        assertThat(dialog.fileError.getText()).contains("处罚决定书.pdf").contains("内容与扩展名不符");
        _upload(dialog.upload, "处罚决定书.pdf", "application/pdf", TestFiles.PDF);
        assertThat(dialog.files).extracting(f -> f.fileName()).containsExactly("处罚决定书.pdf");
        assertThat(dialog.fileError.isVisible()).isFalse();
        _click(dialog.save);

        FactEntry entry = GridKt._get(panel.grids.get(Register.PENALTIES), 0);
        assertThat(entry.documentNo()).isEqualTo("威环应急罚〔2026〕31号");
        List<FactAttachment> kept = panel.files.get(entry.id());
        assertThat(kept).extracting(FactAttachment::fileName).containsExactly("处罚决定书.pdf");
        assertThat(jdbc.queryForObject(
                        "select content from fact_attachment where id = ?",
                        byte[].class,
                        kept.get(0).id()))
                .isEqualTo(TestFiles.PDF);
        Div links = (Div) GridKt._getCellComponent(panel.grids.get(Register.PENALTIES), 0, "attachments");
        Anchor link = (Anchor) links.getChildren()
                .findFirst()
                .orElseThrow()
                .getChildren()
                .findFirst()
                .orElseThrow();
        assertThat(link.getHref()).isEqualTo("/files/facts/" + kept.get(0).id());

        // 更正 carries its own file; the corrected entry keeps its
        _click((Button) GridKt._getCellComponent(panel.grids.get(Register.PENALTIES), 0, "correct"));
        FactDialog correction = _get(FactDialog.class);
        ((TextField) correction.fields.get("documentNo")).setValue("威环应急罚〔2026〕32号");
        _upload(correction.upload, "更正通知.docx", "application/octet-stream", TestFiles.DOCX);
        _click(correction.save);
        FactEntry corrected = GridKt._get(panel.grids.get(Register.PENALTIES), 0);
        assertThat(corrected.documentNo()).isEqualTo("威环应急罚〔2026〕32号");
        assertThat(panel.files.get(corrected.id()))
                .extracting(FactAttachment::fileName)
                .containsExactly("更正通知.docx");
        assertThat(panel.files.get(entry.id()))
                .extracting(FactAttachment::fileName)
                .containsExactly("处罚决定书.pdf");
    }
}
