package cn.safetygrading.ledger.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safetygrading.ledger.LedgerFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A file must be what its name claims: renamed binaries, old .xls and UTF-16 text are refused by content. */
class FileFormatTest {

    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    private static final byte[] XLS = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0
    };

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"台账.xlsx, XLSX", "台账.CSV, CSV", "a.b.csv, CSV"})
    void theNameTellsTheFormat(String name, FileFormat format) throws Exception {
        assertThat(FileFormat.ofName(name)).isEqualTo(format);
    }

    @Test
    void otherNamesAreRefused() {
        assertThatThrownBy(() -> FileFormat.ofName("台账.xls")).hasMessageContaining("ledger.file.xlsOld");
        assertThatThrownBy(() -> FileFormat.ofName("台账.pdf")).hasMessageContaining("ledger.file.extension");
    }

    @Test
    void genuineFilesPass() throws Exception {
        LedgerFiles f = LedgerFiles.withHeader(List.of("企业名称", "统一社会信用代码"));
        assertThatCode(() -> FileFormat.XLSX.verify(write(f.xlsx()))).doesNotThrowAnyException();
        assertThatCode(() -> FileFormat.CSV.verify(write(f.csv()))).doesNotThrowAnyException();
    }

    @Test
    void aRenamedBinaryIsRefusedEitherWay() throws Exception {
        assertThat(key(FileFormat.XLSX, PNG)).isEqualTo("ledger.file.notXlsx");
        assertThat(key(FileFormat.CSV, PNG)).isEqualTo("ledger.file.notText");
    }

    @Test
    void anOldXlsIsNamedAsSuch() throws Exception {
        assertThat(key(FileFormat.XLSX, XLS)).isEqualTo("ledger.file.xlsOld");
        assertThat(key(FileFormat.CSV, XLS)).isEqualTo("ledger.file.xlsOld");
    }

    @Test
    void anXlsxNamedCsvAndUtf16TextAreRefused() throws Exception {
        byte[] xlsx = LedgerFiles.withHeader(List.of("企业名称")).xlsx();
        assertThat(key(FileFormat.CSV, xlsx)).isEqualTo("ledger.file.csvIsZip");
        byte[] utf16 = "\uFEFF企业名称".getBytes(StandardCharsets.UTF_16LE);
        assertThat(key(FileFormat.CSV, utf16)).isEqualTo("ledger.file.utf16");
        assertThat(key(FileFormat.CSV, new byte[0])).isEqualTo("ledger.file.empty");
    }

    private String key(FileFormat format, byte[] content) throws Exception {
        try {
            format.verify(write(content));
            return null;
        } catch (LedgerFileException e) {
            return e.key();
        }
    }

    private Path write(byte[] content) throws Exception {
        Path p = Files.createTempFile(dir, "f", ".bin");
        Files.write(p, content);
        return p;
    }
}
