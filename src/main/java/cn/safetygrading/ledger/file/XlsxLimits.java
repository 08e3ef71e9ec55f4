package cn.safetygrading.ledger.file;

/**
 * What an .xlsx may hold before its reader refuses it, so that a small file cannot inflate into more
 * memory than the import may use: the number of shared strings, their characters together, and the
 * characters of one cell (shared or inline).
 */
public record XlsxLimits(int maxSharedStrings, long maxSharedStringChars, int maxCellChars) {

    /** About ten times what a ledger of 100,000 rows needs. */
    public static final XlsxLimits DEFAULT = new XlsxLimits(2_000_000, 32L * 1024 * 1024, 32 * 1024);

    public XlsxLimits {
        if (maxSharedStrings < 1 || maxSharedStringChars < 1 || maxCellChars < 1) {
            throw new IllegalArgumentException("xlsx limits must be positive");
        }
    }
}
