package cn.safetygrading.forms.model;

import static cn.safetygrading.forms.model.TestFiles.EXE;
import static cn.safetygrading.forms.model.TestFiles.PDF;
import static cn.safetygrading.forms.model.TestFiles.PNG;
import static cn.safetygrading.forms.model.TestFiles.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileRulesTest {

    private static final String ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.jpg,.png";
    private static final FileRules RULES = FileRules.DEFAULT;

    private static Optional<String> problem(UploadedFile f, String accept) {
        return RULES.check("report", f, accept).map(FieldError::messageKey);
    }

    @Test
    void aMatchingDocumentPasses() {
        assertThat(problem(file("自评报告.pdf", "application/pdf", PDF), ACCEPT)).isEmpty();
        assertThat(problem(file("现场.PNG", "image/png", PNG), ACCEPT)).isEmpty();
        assertThat(problem(file("登记表.docx", "", TestFiles.DOCX), ACCEPT)).isEmpty();
        assertThat(problem(file("anything.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)), null))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "setup.exe",
                "run.bat",
                "x.sh",
                "app.js",
                "lib.jar",
                "a.cmd",
                "a.ps1",
                "a.msi",
                "a.com",
                "a.scr",
                "a.vbs",
                "page.html",
                "page.htm",
                "logo.svg",
                "report.pdf.exe",
                "EVIL.EXE",
                "evil.exe.",
                "evil.exe  "
            })
    void executablesAndWebContentAreRefusedEvenWhenAcceptListsThem(String name) {
        String accept = ".exe,.bat,.sh,.js,.jar,.cmd,.ps1,.msi,.com,.scr,.vbs,.html,.htm,.svg,.pdf";
        assertThat(problem(file(name, "application/octet-stream", new byte[] {1, 2, 3}), accept))
                .contains(FormMessages.FILE_BLOCKED);
        assertThat(problem(file(name, "application/octet-stream", new byte[] {1, 2, 3}), null))
                .contains(FormMessages.FILE_BLOCKED);
    }

    @Test
    void anExecutableRenamedToAnAcceptedTypeIsRefusedByItsContent() {
        assertThat(problem(file("自评报告.pdf", "application/pdf", EXE), ACCEPT)).contains(FormMessages.FILE_BLOCKED);
        assertThat(problem(
                        file("script.jpg", "image/jpeg", "#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.US_ASCII)),
                        ACCEPT))
                .contains(FormMessages.FILE_BLOCKED);
        assertThat(problem(
                        file(
                                "table.xls",
                                "application/vnd.ms-excel",
                                "  <html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII)),
                        ACCEPT))
                .contains(FormMessages.FILE_BLOCKED);
        assertThat(problem(file("x.png", "image/svg+xml", PNG), ACCEPT)).contains(FormMessages.FILE_BLOCKED);
    }

    @Test
    void contentThatDoesNotMatchItsExtensionIsRefused() {
        assertThat(problem(file("报告.pdf", "application/pdf", PNG), ACCEPT)).contains(FormMessages.FILE_CONTENT);
        assertThat(problem(file("照片.jpg", "image/jpeg", PDF), ACCEPT)).contains(FormMessages.FILE_CONTENT);
        assertThat(problem(file("表.xlsx", "", "plain text".getBytes(StandardCharsets.UTF_8)), ACCEPT))
                .contains(FormMessages.FILE_CONTENT);
    }

    @Test
    void typesOutsideAcceptAreRefused() {
        Optional<FieldError> e =
                RULES.check("report", file("notes.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)), ACCEPT);
        assertThat(e).contains(new FieldError("report", FormMessages.FILE_TYPE, "notes.txt", ACCEPT));
        assertThat(FileRules.accepts("image/*", "photo.heic", "image/heic")).isTrue();
        assertThat(FileRules.accepts("image/*,.pdf", "a.pdf", "")).isTrue();
        assertThat(FileRules.accepts("application/pdf", "a.bin", "application/pdf; charset=binary"))
                .isTrue();
        assertThat(FileRules.accepts(".pdf", "pdf", "")).isFalse();
    }

    @Test
    void tooLargeAndEmptyFilesAreRefused() {
        FileRules small = RULES.withMaxFileSize(1024);
        assertThat(small.check("report", file("big.pdf", "application/pdf", TestFiles.pdfOfSize(1025)), ACCEPT))
                .contains(new FieldError("report", FormMessages.FILE_TOO_LARGE, "big.pdf", "1 KB"));
        assertThat(small.check("report", file("ok.pdf", "application/pdf", TestFiles.pdfOfSize(1024)), ACCEPT))
                .isEmpty();
        assertThat(RULES.check(
                        "report",
                        file("big.pdf", "application/pdf", TestFiles.pdfOfSize(20 * 1024 * 1024 + 1)),
                        ACCEPT))
                .map(FieldError::args)
                .contains(java.util.List.of("big.pdf", "20 MB"));
        assertThat(problem(file("empty.pdf", "application/pdf", new byte[0]), ACCEPT))
                .contains(FormMessages.FILE_EMPTY);
    }

    @Test
    void namesAreReducedToTheirLastSegmentAndMustBePlain() {
        assertThat(file("C:\\Users\\x\\报告.pdf", "", PDF).fileName()).isEqualTo("报告.pdf");
        assertThat(file("../../etc/报告.pdf", "", PDF).fileName()).isEqualTo("报告.pdf");
        assertThat(problem(file("a\u0000.pdf", "application/pdf", PDF), ACCEPT)).contains(FormMessages.FILE_NAME);
        assertThat(problem(file(".pdf", "application/pdf", PDF), ACCEPT)).contains(FormMessages.FILE_NAME);
    }

    @Test
    void helpers() {
        assertThat(FileRules.extension("a.tar.GZ")).isEqualTo("gz");
        assertThat(FileRules.extension("noext")).isEmpty();
        assertThat(FileRules.extension("evil.exe. . ")).isEqualTo("exe");
        assertThat(FileRules.formatSize(FileRules.DEFAULT_MAX_FILE_SIZE)).isEqualTo("20 MB");
        assertThat(FileRules.formatSize(1536)).isEqualTo("2 KB");
        assertThat(FileRules.formatSize(100)).isEqualTo("100 B");
        assertThat(FileRules.acceptedTypes(".pdf, .EXE ,image/*,text/html,docx"))
                .containsExactly(".pdf", "image/*", ".docx");
    }
}
