package cn.safetygrading.bench;

import cn.safetygrading.ledger.domain.ImportProgress;
import cn.safetygrading.ledger.domain.ImportResult;
import cn.safetygrading.ledger.domain.Uscc;
import cn.safetygrading.ledger.service.LedgerImportService;
import cn.safetygrading.security.domain.Account;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Realistic synthetic enterprises for a city the size of 威海: N enterprises over its four counties
 * (by their share of the city's firms), over the industries of the census with their class-Ⅰ
 * features (so the {@code enterprise-class} decision gives about a third class Ⅰ), a prior grade for
 * most of them, and accidents of the last three years for a few. The enterprises go in through the
 * real ledger import (GBK CSV, one file per county, as counties deliver them); the accidents are
 * written as the grade events the enterprise file keeps. Deterministic for a seed.
 */
final class ScaleGenerator {

    /** County, share of the city's enterprises, street. */
    static final String[][] COUNTIES = {
        {"371002", "0.36", "威海市环翠区"}, {"371003", "0.24", "威海市文登区"},
        {"371082", "0.25", "荣成市"}, {"371083", "0.15", "乳山市"}
    };

    /** GB/T 4754 division, weight, 分类 as the county filled it in ("" to be derived), 备注 (class-Ⅰ features). */
    private static final String[][] INDUSTRIES = {
        {"13", "14", "", ""},
        {"14", "6", "", ""},
        {"17", "5", "Ⅱ", ""},
        {"18", "4", "", ""},
        {"20", "4", "Ⅰ", "粉尘涉爆"},
        {"26", "6", "Ⅰ", "危险物品的生产、经营、储存、装卸"},
        {"29", "4", "", ""},
        {"30", "3", "", ""},
        {"31", "2", "Ⅰ", "金属冶炼"},
        {"33", "6", "Ⅰ", "金属冶炼；粉尘涉爆"},
        {"34", "7", "", ""},
        {"36", "5", "", ""},
        {"37", "4", "", "涉氨制冷"},
        {"38", "3", "", ""},
        {"47", "6", "Ⅰ", "建筑施工"},
        {"51", "7", "Ⅱ", ""},
        {"54", "6", "Ⅰ", "交通运输"},
        {"59", "4", "", "交通运输；涉氨制冷"},
        {"61", "4", "", ""}
    };

    private static final String[] HEADER = {
        "序号", "企业名称", "统一社会信用代码", "生产经营地址", "行业类别", "分类", "分级", "监管分级", "行业主管部门", "直接监管责任部门", "备注"
    };

    private final int enterprises;
    private final SplittableRandom random;
    private final int totalWeight;

    ScaleGenerator(int enterprises, long seed) {
        this.enterprises = enterprises;
        this.random = new SplittableRandom(seed);
        int w = 0;
        for (String[] industry : INDUSTRIES) {
            w += Integer.parseInt(industry[1]);
        }
        this.totalWeight = w;
    }

    /** What the generation did. */
    record Generated(int imported, int rejected, double seconds, int accidents, List<String> usccs) {}

    /** Writes one GBK CSV per county, imports each through the ledger import, then records the accidents. */
    Generated generate(LedgerImportService imports, Account manager, JdbcTemplate jdbc, Path dir) throws IOException {
        List<String> usccs = new ArrayList<>(enterprises);
        int imported = 0;
        int rejected = 0;
        int number = 0;
        long started = System.nanoTime();
        for (int c = 0; c < COUNTIES.length; c++) {
            String[] county = COUNTIES[c];
            int rows = c == COUNTIES.length - 1
                    ? enterprises - number
                    : (int) Math.round(enterprises * Double.parseDouble(county[1]));
            Path file = dir.resolve("ledger-" + county[0] + ".csv");
            try (BufferedWriter w = Files.newBufferedWriter(file, Charset.forName("GBK"))) {
                w.write(String.join(",", HEADER));
                w.write("\r\n");
                for (int i = 1; i <= rows; i++) {
                    number++;
                    String uscc = Uscc.complete("91" + county[0] + "MB" + String.format("%07d", number));
                    usccs.add(uscc);
                    w.write(String.join(",", row(i, number, uscc, county)));
                    w.write("\r\n");
                }
            }
            ImportResult result =
                    imports.importFile(manager, file, file.getFileName().toString(), county[0], new ImportProgress());
            imported += result.imported() + result.updated() + result.unchanged();
            rejected += result.rejected().size();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int accidents = recordAccidents(jdbc, usccs);
        return new Generated(imported, rejected, seconds, accidents, usccs);
    }

    private String[] row(int i, int number, String uscc, String[] county) {
        String[] industry = industry();
        double g = random.nextDouble();
        // 分级 of the last round: most graded, few at the ends
        String grade = g < 0.12 ? "A" : g < 0.55 ? "B" : g < 0.80 ? "C" : g < 0.86 ? "D" : "";
        String level = random.nextDouble() < 0.03 ? "市级" : random.nextDouble() < 0.15 ? "县级" : "";
        return new String[] {
            String.valueOf(i),
            county[2] + "第" + number + "号安全生产测试有限公司",
            uscc,
            county[2] + "测试路" + (number % 500 + 1) + "号",
            industry[0],
            industry[2],
            grade,
            level,
            "",
            "",
            industry[3]
        };
    }

    private String[] industry() {
        int pick = random.nextInt(totalWeight);
        for (String[] industry : INDUSTRIES) {
            pick -= Integer.parseInt(industry[1]);
            if (pick < 0) {
                return industry;
            }
        }
        return INDUSTRIES[0];
    }

    /** About 1.5% with a general accident in the last three years, a fifth of those with a death. */
    private int recordAccidents(JdbcTemplate jdbc, List<String> usccs) {
        List<Object[]> rows = new ArrayList<>();
        for (String uscc : usccs) {
            if (random.nextDouble() < 0.015) {
                int daysAgo = 30 + random.nextInt(1000);
                int fatalities = random.nextDouble() < 0.2 ? 1 : 0;
                rows.add(new Object[] {
                    java.util.UUID.randomUUID().toString(), uscc, fatalities, daysAgo, "bench-accident-" + uscc
                });
            }
        }
        jdbc.batchUpdate(
                "insert into grade_adjustment (id, uscc, event, previous_grade, new_grade, watch_period, fatalities, note,"
                        + " occurred_at, process_instance_id) values (?, ?, 'GENERAL_ACCIDENT', null, 'D', true, ?, '生产安全事故（生成）',"
                        + " now() - make_interval(days => ?), ?)",
                rows);
        return rows.size();
    }
}
