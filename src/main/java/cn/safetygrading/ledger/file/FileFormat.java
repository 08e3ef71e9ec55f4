package cn.safetygrading.ledger.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The two formats a ledger comes in, and the check that a file is what its name claims: an .xlsx is a
 * ZIP ({@code PK\3\4}); a .csv is text (no NUL bytes, no ZIP, no OLE2, no UTF-16).
 */
public enum FileFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    CSV("text/csv;charset=UTF-8", ".csv");

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final int SNIFF = 64 * 1024;

    private final String contentType;
    private final String extension;

    FileFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The format the file name claims; .xls and anything else are refused. */
    public static FileFormat ofName(String fileName) throws LedgerFileException {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).trim();
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".xls")) {
            throw new LedgerFileException("ledger.file.xlsOld");
        }
        throw new LedgerFileException("ledger.file.extension", fileName);
    }

    /** Refuses a file whose content does not match this format. */
    public void verify(Path file) throws LedgerFileException, IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
        }
        if (head.length == 0) {
            throw new LedgerFileException("ledger.file.empty");
        }
        boolean zip = startsWith(head, ZIP);
        boolean ole2 = startsWith(head, OLE2);
        if (this == XLSX) {
            if (ole2) {
                throw new LedgerFileException("ledger.file.xlsOld");
            }
            if (!zip) {
                throw new LedgerFileException("ledger.file.notXlsx");
            }
            return;
        }
        if (zip) {
            throw new LedgerFileException("ledger.file.csvIsZip");
        }
        if (ole2) {
            throw new LedgerFileException("ledger.file.xlsOld");
        }
        if (head.length >= 2
                && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                        || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            throw new LedgerFileException("ledger.file.utf16");
        }
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0C)) {
                throw new LedgerFileException("ledger.file.notText");
            }
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
