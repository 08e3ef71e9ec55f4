package cn.safetygrading.ledger.bench;

import cn.safetygrading.SafetyGradingApplication;
import cn.safetygrading.ledger.domain.ImportProgress;
import cn.safetygrading.ledger.domain.ImportResult;
import cn.safetygrading.ledger.domain.RiskFeature;
import cn.safetygrading.ledger.domain.RiskRemarks;
import cn.safetygrading.ledger.domain.Uscc;
import cn.safetygrading.ledger.service.LedgerImportService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: imports generated ledgers of 100,000 rows (valid USCCs by {@link Uscc#complete}, a mix of
 * industries, classes and 备注) through the real {@link LedgerImportService} into the embedded PostgreSQL,
 * and reports rows per second and the peak heap of each run. Three runs: a new .xlsx (100,000 inserts),
 * the same .xlsx again (100,000 unchanged rows), a new .csv in GBK.
 * <p>
 * Each run is measured against a <b>baseline</b> taken just before it, in the same JVM against the same
 * pool: a plain JDBC batch insert ({@code addBatch}/{@code executeBatch}, {@value #BASELINE_BATCH} rows a
 * batch, one transaction per batch, fsync and synchronous commit as configured) of the same rows, already
 * in memory, into {@code bench_enterprise}, a logged copy of {@code enterprise} ({@code like enterprise
 * including all}: columns, defaults, checks, indexes; no foreign keys). The scale issue's target is
 * {@value #TARGET_ROWS_PER_SECOND} rows/s and at least {@value #TARGET_RATIO} × the baseline; each figure is
 * printed with its target and MET or NOT MET. Results go to the console and to
 * {@code target/bench/ledger-import.txt}.
 *
 * <pre>mvn -Pbench -Dbench.class=cn.safetygrading.ledger.bench.LedgerImportBenchmark test-compile exec:exec</pre>
 * Arguments (via {@code -Dbench.args="..."}): the number of rows (default 100000).
 */
public final class LedgerImportBenchmark {

    private static final String[][] INDUSTRIES = {
        {"13", "Ⅱ", ""},
        {"26", "Ⅰ", "危险物品的生产、经营、储存、装卸"},
        {"33", "Ⅰ", "金属冶炼；粉尘涉爆"},
        {"34", "Ⅱ", ""},
        {"47", "Ⅰ", "建筑施工"},
        {"54", "Ⅰ", "交通运输"},
        {"59", "", "交通运输；涉氨制冷"},
        {"17", "Ⅱ", ""},
        {"20", "Ⅰ", "粉尘涉爆"},
        {"51", "Ⅱ", ""}
    };

    static final int TARGET_ROWS_PER_SECOND = 5000;
    static final double TARGET_RATIO = 0.2;
    static final int BASELINE_BATCH = 1000;

    private LedgerImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0].trim()) : 100_000;
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Path data = dir.resolve("data-" + UUID.randomUUID());
        SpringApplication app = new SpringApplication(SafetyGradingApplication.class);
        app.setAdditionalProfiles("embedded");
        List<String> report = new ArrayList<>();
        try (ConfigurableApplicationContext context = app.run(
                "--app.data-dir=" + data,
                "--spring.profiles.active=embedded",
                "--camunda.bpm.job-execution.enabled=false",
                "--logging.level.root=WARN",
                "--server.port=0",
                "--vaadin.launch-browser=false")) {
            LedgerImportService imports = context.getBean(LedgerImportService.class);
            DataSource dataSource = context.getBean(DataSource.class);
            Account manager =
                    new Account("bench", "基准测试", Set.of(Role.MANAGER), List.of("manager"), "371000", "威海市应急管理局", null);
            Path xlsx = dir.resolve("ledger-" + rows + ".xlsx");
            Path csv = dir.resolve("ledger-" + rows + "-gbk.csv");
            writeXlsx(xlsx, rows, "AB");
            writeCsv(csv, rows, "CD");
            report.add(String.format(
                    Locale.ROOT,
                    "ledger import benchmark, %s, %d cores, -Xmx%d MB, Java %s",
                    LocalDateTime.now().withNano(0),
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024),
                    System.getProperty("java.version")));
            List<String> verdicts = new ArrayList<>();
            run(
                    report,
                    verdicts,
                    dataSource,
                    rows,
                    "AB",
                    imports,
                    manager,
                    xlsx,
                    "new rows, .xlsx (" + Files.size(xlsx) / 1024 + " KB)");
            run(report, verdicts, dataSource, rows, "AB", imports, manager, xlsx, "same .xlsx again (nothing changes)");
            run(
                    report,
                    verdicts,
                    dataSource,
                    rows,
                    "CD",
                    imports,
                    manager,
                    csv,
                    "new rows, GBK .csv (" + Files.size(csv) / 1024 + " KB)");
            report.add(String.format(
                    Locale.ROOT,
                    "targets: >= %,d rows/s and >= %.2f x baseline",
                    TARGET_ROWS_PER_SECOND,
                    TARGET_RATIO));
            report.addAll(verdicts);
        }
        report.forEach(System.out::println);
        Files.write(dir.resolve("ledger-import.txt"), report, StandardCharsets.UTF_8);
    }

    /**
     * The scale benchmark's ledger figure, in its running application: a new .xlsx of {@code rows} rows
     * imported beside the plain JDBC baseline of the same rows. Returns {rows/s, baseline rows/s}.
     */
    public static double[] newXlsx(ConfigurableApplicationContext context, Path dir, int rows) throws Exception {
        Account manager =
                new Account("bench", "基准测试", Set.of(Role.MANAGER), List.of("manager"), "371000", "威海市应急管理局", null);
        Path xlsx = dir.resolve("ledger-" + rows + "-EF.xlsx");
        writeXlsx(xlsx, rows, "EF");
        double baseline = baseline(context.getBean(DataSource.class), rows, "EF");
        double ours =
                run(new ArrayList<>(), context.getBean(LedgerImportService.class), manager, xlsx, "new rows, .xlsx");
        return new double[] {ours, baseline};
    }

    /** The baseline, then the import; a line for each and the verdicts on rows/s and on the ratio. */
    private static void run(
            List<String> report,
            List<String> verdicts,
            DataSource dataSource,
            int rows,
            String tag,
            LedgerImportService imports,
            Account account,
            Path file,
            String what)
            throws SQLException {
        double baseline = baseline(dataSource, rows, tag);
        report.add(String.format(
                Locale.ROOT, "%-45s %7d rows: plain JDBC batch insert = %7.0f rows/s", "  baseline", rows, baseline));
        double ours = run(report, imports, account, file, what);
        double ratio = ours / baseline;
        verdicts.add(String.format(
                Locale.ROOT,
                "%-45s %7.0f rows/s   (target >= %,d rows/s)      %s",
                what,
                ours,
                TARGET_ROWS_PER_SECOND,
                ours >= TARGET_ROWS_PER_SECOND ? "MET" : "NOT MET"));
        verdicts.add(String.format(
                Locale.ROOT,
                "%-45s %7.2f x baseline of %.0f rows/s (target >= %.2f x) %s",
                what,
                ratio,
                baseline,
                TARGET_RATIO,
                ratio >= TARGET_RATIO ? "MET" : "NOT MET"));
    }

    /**
     * Rows per second of a plain JDBC batch insert of the benchmark's rows into a fresh copy of the
     * enterprise table (same columns, checks and indexes), {@value #BASELINE_BATCH} rows a batch, each batch
     * committed. The rows are built before the clock starts; the table is dropped afterwards.
     */
    static double baseline(DataSource dataSource, int rows, String tag) throws SQLException {
        List<Object[]> values = new ArrayList<>(rows);
        for (int i = 1; i <= rows; i++) {
            values.add(baselineValues(row(i, tag)));
        }
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            st.execute("drop table if exists bench_enterprise");
            st.execute("create table bench_enterprise (like enterprise including all)");
        }
        String sql = "insert into bench_enterprise (uscc, name, address, industry_code, region_code, enterprise_class,"
                + " grade, management_level, competent_department, supervising_department, remark, status, created_at,"
                + " updated_at, mining, metal_smelting, transport, construction, dust_explosion, ammonia_refrigeration,"
                + " hazardous_goods, hazardous_chemical_use, two_high, production_restricted, heavy_dangerous_work,"
                + " many_risk_points) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int inBatch = 0;
                for (Object[] v : values) {
                    OffsetDateTime now = OffsetDateTime.now();
                    for (int p = 0; p < 12; p++) {
                        ps.setString(p + 1, (String) v[p]);
                    }
                    ps.setObject(13, now);
                    ps.setObject(14, now);
                    int mask = (Integer) v[12];
                    for (int f = 0; f < RiskFeature.values().length; f++) {
                        ps.setBoolean(15 + f, (mask & (1 << f)) != 0);
                    }
                    ps.addBatch();
                    if (++inBatch == BASELINE_BATCH) {
                        ps.executeBatch();
                        c.commit();
                        inBatch = 0;
                    }
                }
                if (inBatch > 0) {
                    ps.executeBatch();
                    c.commit();
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            long count;
            try (ResultSet rs = st.executeQuery("select count(*) from bench_enterprise")) {
                rs.next();
                count = rs.getLong(1);
            }
            st.execute("drop table bench_enterprise");
            if (count != rows) {
                throw new IllegalStateException("baseline wrote " + count + " rows, not " + rows);
            }
        }
        return rows / seconds;
    }

    /** A generated row as the enterprise columns (what the import would store), the feature mask last. */
    private static Object[] baselineValues(String[] row) {
        Set<RiskFeature> features = RiskRemarks.parse(row[10]);
        String enterpriseClass = "Ⅱ".equals(row[5]) ? "II" : "I";
        String level = row[7].isEmpty() ? "LOCAL" : "CITY";
        return new Object[] {
            row[2],
            row[1],
            row[3],
            row[4],
            "371002",
            enterpriseClass,
            row[6].isEmpty() ? null : row[6],
            level,
            null,
            null,
            row[10].isEmpty() ? null : row[10],
            "ACTIVE",
            RiskFeature.mask(features)
        };
    }

    private static double run(
            List<String> report, LedgerImportService imports, Account account, Path file, String what) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        ImportResult result =
                imports.importFile(account, file, file.getFileName().toString(), "371002", new ImportProgress());
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        report.add(String.format(
                Locale.ROOT,
                "%-45s %7d rows: %6d imported, %6d updated, %6d unchanged, %5d rejected in %6.1f s"
                        + " = %7.0f rows/s, peak heap %4d MB",
                what,
                result.rows(),
                result.imported(),
                result.updated(),
                result.unchanged(),
                result.rejected().size(),
                seconds,
                result.rows() / seconds,
                peak / (1024 * 1024)));
        return result.rows() / seconds;
    }

    private static String[] row(int i, String tag) {
        String uscc = Uscc.complete("91371002" + tag + String.format("%07d", i));
        String[] industry = INDUSTRIES[i % INDUSTRIES.length];
        return new String[] {
            String.valueOf(i),
            "威海基准测试第" + i + "号有限公司",
            uscc,
            "威海市环翠区测试路" + i + "号",
            industry[0],
            industry[1],
            i % 7 == 0 ? "B" : "",
            i % 11 == 0 ? "市级" : "",
            "",
            "",
            industry[2]
        };
    }

    private static final String[] HEADER = {
        "序号", "企业名称", "统一社会信用代码", "生产经营地址", "行业类别", "分类", "分级", "监管分级", "行业主管部门", "直接监管责任部门", "备注"
    };

    static void writeXlsx(Path file, int rows, String tag) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, false, true);
                OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = wb.createSheet("台账");
            sheet.createRow(0).createCell(0).setCellValue("威海市企业安全生产分类分级监督管理基础信息台账");
            var header = sheet.createRow(1);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
            }
            for (int i = 1; i <= rows; i++) {
                var r = sheet.createRow(i + 1);
                String[] cells = row(i, tag);
                for (int c = 0; c < cells.length; c++) {
                    r.createCell(c).setCellValue(cells[c]);
                }
            }
            wb.write(out);
        }
    }

    static void writeCsv(Path file, int rows, String tag) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, java.nio.charset.Charset.forName("GBK"))) {
            w.write(String.join(",", HEADER));
            w.write("\r\n");
            for (int i = 1; i <= rows; i++) {
                w.write(String.join(",", row(i, tag)));
                w.write("\r\n");
            }
        }
    }
}
