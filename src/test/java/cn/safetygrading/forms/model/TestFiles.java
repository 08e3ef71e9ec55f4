package cn.safetygrading.forms.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Small test files with the right (or wrong) first bytes. */
public final class TestFiles {

    public static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    public static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
    public static final byte[] DOCX = {'P', 'K', 3, 4, 20, 0, 6, 0};

    private TestFiles() {}

    public static UploadedFile file(String name, String mime, byte[] bytes) {
        return new UploadedFile(name, mime, bytes);
    }

    public static UploadedFile pdf(String name) {
        return file(name, "application/pdf", PDF);
    }

    /** A valid PDF of the given size. */
    public static byte[] pdfOfSize(int size) {
        byte[] bytes = Arrays.copyOf(PDF, size);
        Arrays.fill(bytes, PDF.length, size, (byte) ' ');
        return bytes;
    }
}
