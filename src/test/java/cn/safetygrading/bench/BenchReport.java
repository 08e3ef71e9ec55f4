package cn.safetygrading.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The benchmark's table: each figure beside its baseline of the same run, the ratio and the target. */
final class BenchReport {

    /** One row. {@code baseline} NaN where the figure has none; {@code met} null where it has no target. */
    record Row(String figure, String unit, double value, double baseline, String target, Boolean met) {}

    private final List<String> header = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void header(String line) {
        header.add(line);
        System.out.println(line);
    }

    void add(Row row) {
        rows.add(row);
        System.out.println("  " + format(row));
    }

    void note(String line) {
        notes.add(line);
        System.out.println("  note: " + line);
    }

    boolean allMet() {
        return rows.stream().allMatch(r -> r.met() == null || r.met());
    }

    List<String> lines() {
        List<String> out = new ArrayList<>(header);
        out.add("");
        out.add(String.format(
                Locale.ROOT,
                "| %-62s | %12s | %12s | %7s | %-34s | %-7s |",
                "figure",
                "measured",
                "baseline",
                "ratio",
                "target",
                "result"));
        out.add("|" + "-".repeat(64) + "|" + "-".repeat(14) + "|" + "-".repeat(14) + "|" + "-".repeat(9) + "|"
                + "-".repeat(36) + "|" + "-".repeat(9) + "|");
        for (Row r : rows) {
            out.add(format(r));
        }
        if (!notes.isEmpty()) {
            out.add("");
            notes.forEach(n -> out.add("- " + n));
        }
        return out;
    }

    private static String format(Row r) {
        String ratio = Double.isNaN(r.baseline()) || r.baseline() == 0
                ? "—"
                : String.format(Locale.ROOT, "%.2f", r.value() / r.baseline());
        return String.format(
                Locale.ROOT,
                "| %-62s | %12s | %12s | %7s | %-34s | %-7s |",
                r.figure(),
                number(r.value()) + " " + r.unit(),
                Double.isNaN(r.baseline()) ? "—" : number(r.baseline()) + " " + r.unit(),
                ratio,
                r.target(),
                r.met() == null ? "—" : r.met() ? "MET" : "NOT MET");
    }

    private static String number(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, lines(), StandardCharsets.UTF_8);
    }

    /** The p-th percentile (0–100) of the values, nearest rank. */
    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
