package cn.safetygrading.ledger.service;

import cn.safetygrading.ledger.domain.Department;
import cn.safetygrading.ledger.domain.EnterpriseClass;
import cn.safetygrading.ledger.domain.EnterpriseStatus;
import cn.safetygrading.ledger.domain.Industry;
import cn.safetygrading.ledger.domain.ManagementLevel;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.domain.Rejection;
import cn.safetygrading.ledger.domain.RiskFeature;
import cn.safetygrading.ledger.domain.RiskRemarks;
import cn.safetygrading.ledger.domain.Uscc;
import cn.safetygrading.ledger.file.LedgerColumn;
import cn.safetygrading.ledger.file.LedgerRow;
import cn.safetygrading.ledger.persistence.RegionMapper;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks the rows of one import field by field (USCC with the position at fault, duplicates within the file,
 * name, industry, class against the {@code enterprise-class} decision, grade, 监管分级, region within the
 * import's region, departments) and parses the valid ones. Not thread-safe: the reading thread's alone.
 */
final class ImportRowValidator {

    /** {@code \s}, compiled once: it is applied to two cells of every row. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s");

    private static final Pattern EXCEL_NUMBER = Pattern.compile("^\\d+(\\.\\d+)?[Ee][+-]?\\d+$|^\\d+\\.\\d+$");

    private final ImportWords words;
    private final RegionMapper regions;
    private final Region region;
    private final Map<String, Region> regionsBelow;
    private final ReferenceData.Catalogue catalogue;
    private final Departments.Directory directory;
    private final Function<Set<RiskFeature>, String> classifier;
    private final Map<String, Integer> seen = new HashMap<>();

    ImportRowValidator(
            ImportWords words,
            RegionMapper regions,
            Region region,
            Map<String, Region> regionsBelow,
            ReferenceData.Catalogue catalogue,
            Departments.Directory directory,
            Function<Set<RiskFeature>, String> classifier) {
        this.words = words;
        this.regions = regions;
        this.region = region;
        this.regionsBelow = regionsBelow;
        this.catalogue = catalogue;
        this.directory = directory;
        this.classifier = classifier;
    }

    ImportedRow parse(LedgerRow row, List<Rejection> problems) {
        int n = row.row();
        String uscc = row.get(LedgerColumn.USCC);
        boolean usccValid = false;
        if (uscc.isEmpty()) {
            problems.add(problem(n, LedgerColumn.USCC, "ledger.reject.usccMissing"));
        } else if (EXCEL_NUMBER.matcher(uscc).matches()) {
            problems.add(problem(n, LedgerColumn.USCC, "ledger.reject.usccAsNumber", uscc));
        } else {
            var problem = Uscc.check(uscc);
            if (problem.isPresent()) {
                Uscc.Problem p = problem.get();
                String message = switch (p.messageKey()) {
                    case "uscc.length" -> words.zh(p.messageKey(), p.detail());
                    case "uscc.character", "uscc.checksum" -> words.zh(p.messageKey(), p.position(), p.detail());
                    default -> words.zh(p.messageKey());
                };
                problems.add(new Rejection(n, LedgerColumn.USCC.title(), message));
            } else {
                Integer first = seen.putIfAbsent(uscc, n);
                if (first != null) {
                    problems.add(problem(n, LedgerColumn.USCC, "ledger.reject.duplicate", first));
                } else {
                    usccValid = true;
                }
            }
        }
        String name = row.get(LedgerColumn.NAME);
        if (name.isEmpty()) {
            problems.add(problem(n, LedgerColumn.NAME, "ledger.reject.nameMissing"));
        }
        tooLong(row, LedgerColumn.NAME, 200, problems);
        tooLong(row, LedgerColumn.ADDRESS, 300, problems);
        String competent = departmentCell(row, LedgerColumn.COMPETENT_DEPARTMENT, problems);
        String supervising = departmentCell(row, LedgerColumn.SUPERVISING_DEPARTMENT, problems);
        tooLong(row, LedgerColumn.REMARK, 500, problems);

        Industry industry = null;
        String industryCell = row.get(LedgerColumn.INDUSTRY);
        if (industryCell.isEmpty()) {
            problems.add(problem(n, LedgerColumn.INDUSTRY, "ledger.reject.industryMissing"));
        } else {
            industry = catalogue.parseDivision(industryCell).orElse(null);
            if (industry == null) {
                problems.add(problem(n, LedgerColumn.INDUSTRY, "ledger.reject.industryUnknown", industryCell));
            }
        }

        String regionCode = null;
        String regionCell = row.get(LedgerColumn.REGION);
        if (!regionCell.isEmpty()) {
            if (regionsBelow.containsKey(regionCell)) {
                regionCode = regionCell;
            } else if (regions.find(regionCell).isPresent()) {
                problems.add(notYours(n));
            } else {
                problems.add(problem(n, LedgerColumn.REGION, "ledger.reject.regionUnknown", regionCell));
            }
        }

        String stated = null;
        String classCell = row.get(LedgerColumn.CLASS);
        if (!classCell.isEmpty()) {
            stated = parseClass(classCell);
            if (stated == null) {
                problems.add(problem(n, LedgerColumn.CLASS, "ledger.reject.classUnknown", classCell));
            }
        }
        String remark = row.get(LedgerColumn.REMARK);
        Set<RiskFeature> features =
                EnterpriseClass.II.is(stated) ? EnumSet.noneOf(RiskFeature.class) : RiskRemarks.parse(remark);
        String decided = classifier.apply(features);
        if (EnterpriseClass.I.is(stated) && !EnterpriseClass.I.is(decided)) {
            problems.add(problem(n, LedgerColumn.REMARK, "ledger.reject.classINoFeature"));
        }

        String grade = null;
        String gradeCell = row.get(LedgerColumn.GRADE);
        if (!gradeCell.isEmpty()) {
            String g = gradeCell.endsWith("级")
                    ? gradeCell.substring(0, gradeCell.length() - 1).strip()
                    : gradeCell;
            if (g.length() == 1 && "ABCD".contains(g)) {
                grade = g;
            } else {
                problems.add(problem(n, LedgerColumn.GRADE, "ledger.reject.gradeUnknown", gradeCell));
            }
        }

        String level = parseManagementLevel(row.get(LedgerColumn.MANAGEMENT_LEVEL));
        if (level == null) {
            problems.add(problem(
                    n,
                    LedgerColumn.MANAGEMENT_LEVEL,
                    "ledger.reject.levelUnknown",
                    row.get(LedgerColumn.MANAGEMENT_LEVEL)));
        }

        String status = null;
        String statusCell = row.get(LedgerColumn.STATUS);
        if (!statusCell.isEmpty()) {
            status = parseStatus(statusCell);
            if (status == null) {
                problems.add(problem(n, LedgerColumn.STATUS, "ledger.reject.statusUnknown", statusCell));
            }
        }
        if (!problems.isEmpty() || !usccValid) {
            return null;
        }
        return new ImportedRow(
                n,
                uscc,
                name,
                ImportWords.emptyToNull(row.get(LedgerColumn.ADDRESS)),
                industry,
                regionCode,
                decided,
                features,
                remark,
                grade,
                level,
                competent,
                supervising,
                status);
    }

    /**
     * The department a cell names, by its name as the annex writes it (the one stored) from the full
     * name or a short form (市住建局, 环翠区应急局); null for an empty cell (the default of 任务分工 applies).
     * A name no department has is a rejection of that field.
     */
    private String departmentCell(LedgerRow row, LedgerColumn column, List<Rejection> problems) {
        String cell = row.get(column);
        if (cell.isEmpty()) {
            return null;
        }
        if (cell.length() > 200) {
            problems.add(problem(row.row(), column, "ledger.reject.tooLong", 200));
            return null;
        }
        return directory.resolve(cell).map(Department::name).orElseGet(() -> {
            problems.add(problem(row.row(), column, "ledger.reject.departmentUnknown", cell));
            return null;
        });
    }

    private void tooLong(LedgerRow row, LedgerColumn column, int max, List<Rejection> problems) {
        if (row.get(column).length() > max) {
            problems.add(problem(row.row(), column, "ledger.reject.tooLong", max));
        }
    }

    /**
     * The one rejection of a row the importer may not write: its 区划代码 names a region outside the
     * import's, or the ledger has the enterprise outside the importer's scope. The same field and
     * words for both, so an import cannot tell an enterprise elsewhere from one that does not exist.
     */
    Rejection notYours(int row) {
        return problem(row, LedgerColumn.REGION, "ledger.reject.notYours", region.name());
    }

    Rejection problem(int row, LedgerColumn column, String key, Object... args) {
        return new Rejection(row, column.title(), words.zh(key, args));
    }

    /** Ⅰ/Ⅱ (U+2160/U+2161), I/II, 1/2, with or without 类; null if none of these. */
    static String parseClass(String cell) {
        return EnterpriseClass.parse(cell).map(EnterpriseClass::code).orElse(null);
    }

    /** 市级 → CITY; 区市级 (and 区县级, 县级, 区级, 县市区级) → COUNTY; empty or 属地 → LOCAL; null if unknown. */
    static String parseManagementLevel(String cell) {
        return switch (WHITESPACE.matcher(cell).replaceAll("")) {
            case "市级", "市" -> ManagementLevel.CITY.code();
            case "区市级", "区县级", "县级", "区级", "县市区级", "区市", "区县" -> ManagementLevel.COUNTY.code();
            case "", "属地", "属地管理", "乡镇级", "镇街级" -> ManagementLevel.LOCAL.code();
            default -> null;
        };
    }

    /** 正常/在营/存续 → ACTIVE, 僵尸企业/停业/歇业 → DORMANT, 关闭/注销/吊销 → CLOSED, 个体工商户 → INDIVIDUAL. */
    static String parseStatus(String cell) {
        return switch (WHITESPACE.matcher(cell).replaceAll("")) {
            case "正常", "正常经营", "在营", "存续", "开业", "在业" -> EnterpriseStatus.ACTIVE.code();
            case "僵尸企业", "僵尸", "停业", "歇业", "长期停产" -> EnterpriseStatus.DORMANT.code();
            case "关闭", "已关闭", "注销", "已注销", "吊销", "已吊销" -> EnterpriseStatus.CLOSED.code();
            case "个体工商户", "个体", "个体户" -> EnterpriseStatus.INDIVIDUAL.code();
            default -> null;
        };
    }
}
