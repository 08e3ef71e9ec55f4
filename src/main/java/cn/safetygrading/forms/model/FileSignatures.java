package cn.safetygrading.forms.model;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a file's first bytes say it is: the signatures of common document and image types, and of active content. */
final class FileSignatures {

    private static final byte[] OLE = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final List<byte[]> ZIP =
            List.of(new byte[] {'P', 'K', 3, 4}, new byte[] {'P', 'K', 5, 6}, new byte[] {'P', 'K', 7, 8});
    private static final byte[] RTF = "{\\rtf".getBytes(StandardCharsets.US_ASCII);

    /** The first bytes each common type starts with; a file of that extension must start with one of them. */
    private static final Map<String, List<byte[]>> MAGIC = Map.ofEntries(
            Map.entry("png", List.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})),
            Map.entry("jpg", List.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
            Map.entry("jpeg", List.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
            Map.entry(
                    "gif",
                    List.of(
                            "GIF87a".getBytes(StandardCharsets.US_ASCII),
                            "GIF89a".getBytes(StandardCharsets.US_ASCII))),
            Map.entry("bmp", List.of(new byte[] {'B', 'M'})),
            Map.entry("tif", List.of(new byte[] {'I', 'I', 42, 0}, new byte[] {'M', 'M', 0, 42})),
            Map.entry("tiff", List.of(new byte[] {'I', 'I', 42, 0}, new byte[] {'M', 'M', 0, 42})),
            Map.entry("doc", List.of(OLE, RTF)),
            Map.entry("xls", List.of(OLE)),
            Map.entry("ppt", List.of(OLE)),
            Map.entry("wps", List.of(OLE, ZIP.get(0))),
            Map.entry("et", List.of(OLE, ZIP.get(0))),
            Map.entry("dps", List.of(OLE, ZIP.get(0))),
            Map.entry("docx", ZIP),
            Map.entry("xlsx", ZIP),
            Map.entry("pptx", ZIP),
            Map.entry("zip", ZIP),
            Map.entry("odt", ZIP),
            Map.entry("ods", ZIP),
            Map.entry("odp", ZIP),
            Map.entry("ofd", ZIP),
            Map.entry("rar", List.of(new byte[] {'R', 'a', 'r', '!', 0x1A, 0x07})),
            Map.entry("7z", List.of(new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C})));

    /** Executable formats: Windows PE, ELF, scripts with a shebang, Java classes and Mach-O. */
    private static final List<byte[]> EXECUTABLE_MAGIC = List.of(
            new byte[] {'M', 'Z'},
            new byte[] {0x7F, 'E', 'L', 'F'},
            new byte[] {'#', '!'},
            new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE},
            new byte[] {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCE},
            new byte[] {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF},
            new byte[] {(byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
            new byte[] {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE});

    private static final List<String> ACTIVE_MARKUP = List.of(
            "<!doctype html", "<html", "<svg", "<script", "<iframe", "<body", "<object", "<embed", "<?xml-stylesheet");

    private FileSignatures() {}

    /** The content fits the extension: a PDF marker near the start for pdf, a known signature for the common types. */
    static boolean fitsExtension(String ext, byte[] bytes) {
        List<byte[]> magic = MAGIC.get(ext);
        return ext.equals("pdf")
                ? isPdf(bytes)
                : magic == null || magic.stream().anyMatch(m -> startsWith(bytes, m));
    }

    /** The content starts like an executable, a script, or a web page with active parts. */
    static boolean looksActive(byte[] bytes) {
        if (EXECUTABLE_MAGIC.stream().anyMatch(m -> startsWith(bytes, m))) {
            return true;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "")
                .replace("\u0000", "")
                .strip()
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<") && ACTIVE_MARKUP.stream().anyMatch(head::contains);
    }

    private static boolean isPdf(byte[] bytes) {
        byte[] marker = "%PDF-".getBytes(StandardCharsets.US_ASCII);
        int limit = Math.min(bytes.length, 1024) - marker.length;
        for (int i = 0; i <= limit; i++) {
            if (regionMatches(bytes, i, marker)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return regionMatches(bytes, 0, prefix);
    }

    private static boolean regionMatches(byte[] bytes, int at, byte[] part) {
        if (bytes.length - at < part.length) {
            return false;
        }
        for (int i = 0; i < part.length; i++) {
            if (bytes[at + i] != part[i]) {
                return false;
            }
        }
        return true;
    }
}
