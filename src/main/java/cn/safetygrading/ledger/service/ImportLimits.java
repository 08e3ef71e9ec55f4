package cn.safetygrading.ledger.service;

import cn.safetygrading.ledger.file.XlsxLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one ledger import may cost ({@code app.ledger.import.*}, docs/ledger.md): data rows per file,
 * the shared strings of an .xlsx (how many, and their characters together), the characters of one
 * .xlsx cell, and the rejections reported in detail (all are counted). Beyond the first three the file
 * is refused as a whole (HTTP 413); beyond the last the result says that its list is cut short.
 */
@ConfigurationProperties("app.ledger.import")
public record ImportLimits(
        @DefaultValue("200000") int maxRows,
        @DefaultValue("2000000") int maxSharedStrings,
        @DefaultValue("33554432") long maxSharedStringChars,
        @DefaultValue("32768") int maxCellChars,
        @DefaultValue("1000") int maxRejectionDetails) {

    public static final ImportLimits DEFAULT = new ImportLimits(200_000, 2_000_000, 32L * 1024 * 1024, 32 * 1024, 1000);

    public XlsxLimits xlsx() {
        return new XlsxLimits(maxSharedStrings, maxSharedStringChars, maxCellChars);
    }
}
