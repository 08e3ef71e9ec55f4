package cn.safetygrading.audit.service;

import cn.safetygrading.audit.domain.AuditEntry;
import cn.safetygrading.audit.domain.AuditLabels;
import cn.safetygrading.base.file.SpreadsheetFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The filtered audit entries as .xlsx or .csv (UTF-8 with a BOM, so Excel shows the Chinese), headers from the bundle. */
public final class AuditExport {

    public static final String CSV = "text/csv;charset=UTF-8";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AuditExport() {}

    private record Sheet(String name, List<String> headers, List<List<Object>> rows) {}

    private static Sheet table(List<AuditEntry> entries, Locale locale, ZoneId zone) {
        AuditLabels labels = new AuditLabels(locale);
        List<String> headers = List.of(
                        "time", "source", "actor", "door", "kind", "table", "record", "uscc", "changes", "client",
                        "detail")
                .stream()
                .map(h -> labels.text("audit.col." + h))
                .toList();
        List<List<Object>> rows = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            rows.add(List.of(
                    time(e.occurredAt(), zone),
                    labels.source(e.source()),
                    nz(e.actor()),
                    labels.door(e.door()),
                    labels.kind(e.kind()),
                    labels.table(e.tableName()),
                    nz(e.recordKey()),
                    nz(e.uscc()),
                    labels.changes(e.before(), e.after()),
                    nz(e.clientAddress()),
                    labels.detail(e.detail())));
        }
        return new Sheet(labels.text("audit.title"), headers, rows);
    }

    public static byte[] xlsx(List<AuditEntry> entries, Locale locale, ZoneId zone) {
        Sheet sheet = table(entries, locale, zone);
        return SpreadsheetFile.xlsx(sheet.name(), sheet.headers(), sheet.rows());
    }

    public static void csv(List<AuditEntry> entries, Locale locale, ZoneId zone, OutputStream out) throws IOException {
        Sheet table = table(entries, locale, zone);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, table.headers());
        for (List<Object> row : table.rows()) {
            line(w, row);
        }
        w.flush();
    }

    private static void line(Writer w, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String text = SpreadsheetFile.safe(
                    cells.get(i) == null ? "" : cells.get(i).toString());
            w.write('"');
            w.write(text.replace("\"", "\"\""));
            w.write('"');
        }
        w.write("\r\n");
    }

    /** The time of an entry in the application's zone, to the second. */
    public static String time(OffsetDateTime at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZoneSameInstant(zone));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
