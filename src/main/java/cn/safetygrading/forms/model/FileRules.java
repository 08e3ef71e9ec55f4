package cn.safetygrading.forms.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a filepicker takes. A file must have a plain name, be at most {@code maxFileSize} bytes and
 * not empty, match the filepicker's {@code accept} (extensions such as {@code .pdf} or MIME types such
 * as {@code image/*}; none means any), and its first bytes must fit its extension for the common
 * document and image types. Executables, scripts and active web content ({@link #BLOCKED_EXTENSIONS},
 * or content that starts like one) are refused whatever {@code accept} says.
 *
 * @param maxFileSize the largest file in bytes (default 20 MB)
 * @param maxFiles    the most files one multiple filepicker holds (default 10; a single one holds 1)
 */
public record FileRules(long maxFileSize, int maxFiles) implements Serializable {

    public static final long DEFAULT_MAX_FILE_SIZE = 20L * 1024 * 1024;
    public static final int DEFAULT_MAX_FILES = 10;
    public static final FileRules DEFAULT = new FileRules(DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_FILES);

    /** Never accepted, whatever the form says: executables, installers, scripts, active web content. */
    public static final Set<String> BLOCKED_EXTENSIONS = Set.of(
            "exe",
            "bat",
            "sh",
            "js",
            "jar",
            "cmd",
            "ps1",
            "msi",
            "com",
            "scr",
            "vbs",
            "html",
            "htm",
            "svg",
            // the same families under other names
            "dll",
            "pif",
            "hta",
            "cpl",
            "msp",
            "wsf",
            "wsh",
            "jse",
            "vbe",
            "psm1",
            "lnk",
            "reg",
            "xhtml",
            "shtml",
            "mht",
            "mhtml",
            "svgz",
            "mjs",
            "php",
            "jsp",
            "asp",
            "aspx",
            "class",
            "apk",
            "app",
            "bin",
            "run",
            "elf",
            "command",
            "csh",
            "bash",
            "zsh",
            "py",
            "pl",
            "rb");

    static final Set<String> BLOCKED_MIME_TYPES = Set.of(
            "application/x-msdownload",
            "application/x-msdos-program",
            "application/x-ms-installer",
            "application/x-msi",
            "application/x-dosexec",
            "application/x-executable",
            "application/x-sh",
            "application/x-shellscript",
            "application/java-archive",
            "application/x-java-archive",
            "application/javascript",
            "text/javascript",
            "application/ecmascript",
            "text/html",
            "application/xhtml+xml",
            "image/svg+xml",
            "application/hta",
            "application/x-bat");

    public FileRules {
        if (maxFileSize <= 0) {
            throw new IllegalArgumentException("maxFileSize must be positive");
        }
        if (maxFiles < 1) {
            throw new IllegalArgumentException("maxFiles must be at least 1");
        }
    }

    public FileRules withMaxFileSize(long bytes) {
        return new FileRules(bytes, maxFiles);
    }

    public FileRules withMaxFiles(int files) {
        return new FileRules(maxFileSize, files);
    }

    /** The first problem with this file for a filepicker with {@code accept} (null: any type), if any. */
    public Optional<FieldError> check(String key, UploadedFile file, String accept) {
        String name = file.fileName();
        if (name.isBlank()
                || name.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7F)
                || extensionBase(name).isEmpty()) {
            return Optional.of(new FieldError(key, FormMessages.FILE_NAME, name));
        }
        String ext = extension(name);
        if (isBlocked(ext, file.mimeType(), file.bytes())) {
            return Optional.of(new FieldError(key, FormMessages.FILE_BLOCKED, name));
        }
        if (file.size() > maxFileSize) {
            return Optional.of(new FieldError(key, FormMessages.FILE_TOO_LARGE, name, formatSize(maxFileSize)));
        }
        if (file.size() == 0) {
            return Optional.of(new FieldError(key, FormMessages.FILE_EMPTY, name));
        }
        if (!accepts(accept, name, file.mimeType())) {
            return Optional.of(new FieldError(key, FormMessages.FILE_TYPE, name, accept));
        }
        if (!FileSignatures.fitsExtension(ext, file.bytes())) {
            return Optional.of(new FieldError(key, FormMessages.FILE_CONTENT, name));
        }
        return Optional.empty();
    }

    /** Blocked by extension, by declared MIME type, or by content that starts like an executable or web page. */
    public static boolean isBlocked(String extension, String mimeType, byte[] bytes) {
        if (BLOCKED_EXTENSIONS.contains(extension)) {
            return true;
        }
        String mime = mime(mimeType);
        if (BLOCKED_MIME_TYPES.contains(mime)) {
            return true;
        }
        return FileSignatures.looksActive(bytes);
    }

    /** Whether an {@code accept} list (".pdf,image/*"; null or blank: anything) lets this file in. */
    public static boolean accepts(String accept, String fileName, String mimeType) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        String ext = extension(fileName);
        String mime = mime(mimeType);
        for (String entry : entries(accept)) {
            if (entry.contains("/")) {
                if (entry.endsWith("/*")
                        ? mime.startsWith(entry.substring(0, entry.length() - 1))
                        : mime.equals(entry)) {
                    return true;
                }
            } else if (!ext.isEmpty() && ext.equals(entry.startsWith(".") ? entry.substring(1) : entry)) {
                return true;
            }
        }
        return false;
    }

    /** The entries of an accept list that may be offered to a browser: blocked extensions and MIME types removed. */
    public static List<String> acceptedTypes(String accept) {
        if (accept == null || accept.isBlank()) {
            return List.of();
        }
        return entries(accept).stream()
                .filter(e -> !BLOCKED_EXTENSIONS.contains(e.startsWith(".") ? e.substring(1) : e)
                        && !BLOCKED_MIME_TYPES.contains(e))
                .map(e -> e.contains("/") || e.startsWith(".") ? e : "." + e)
                .toList();
    }

    /** The extension, lower case, of the last path segment with trailing dots and blanks dropped; "" without one. */
    public static String extension(String fileName) {
        String name = trimmedName(fileName);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** A size for people: "20 MB", "512 KB", "100 B". */
    public static String formatSize(long bytes) {
        if (bytes >= 1024L * 1024 && bytes % (1024L * 1024) == 0 || bytes >= 10L * 1024 * 1024) {
            return (bytes + 1024L * 1024 / 2) / (1024L * 1024) + " MB";
        }
        if (bytes >= 1024) {
            return (bytes + 512) / 1024 + " KB";
        }
        return bytes + " B";
    }

    private static String trimmedName(String fileName) {
        String name = fileName == null
                ? ""
                : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int end = name.length();
        while (end > 0 && (name.charAt(end - 1) == '.' || Character.isWhitespace(name.charAt(end - 1)))) {
            end--;
        }
        return name.substring(0, end);
    }

    private static String extensionBase(String fileName) {
        String name = trimmedName(fileName);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** The MIME type without parameters, lower case; "" when none was given. */
    private static String mime(String mimeType) {
        return mimeType == null
                ? ""
                : mimeType.toLowerCase(Locale.ROOT).split(";")[0].trim();
    }

    private static List<String> entries(String accept) {
        return Arrays.stream(accept.split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
