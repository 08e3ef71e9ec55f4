package cn.safetygrading.admin.service;

import cn.safetygrading.admin.domain.Duty;
import cn.safetygrading.admin.domain.DutyImportResult;
import cn.safetygrading.admin.domain.DutyImportResult.Rejected;
import cn.safetygrading.admin.domain.InvalidInput;
import cn.safetygrading.admin.domain.Unit;
import cn.safetygrading.admin.persistence.UnitMapper;
import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.ledger.domain.Industry;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.file.CsvRowReader;
import cn.safetygrading.ledger.file.FileFormat;
import cn.safetygrading.ledger.file.LedgerFileException;
import cn.safetygrading.ledger.file.XlsxRowReader;
import cn.safetygrading.ledger.service.Departments;
import cn.safetygrading.ledger.service.ReferenceData;
import cn.safetygrading.security.domain.Account;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a city's 《安全生产工作任务分工》 as data: a CSV or XLSX file with the columns 部门, 区划代码 (or the
 * region's name; optional, checked against the department's region), 行业代码 (GB/T 4754 大类) and 职责
 * (行业主管 or 直接监管). Every region the file names gets exactly the file's duties for its departments.
 * A file with any rejected row replaces nothing (a partial 任务分工 would silently leave industries
 * without a department); the answer lists each rejected row with its column and the reason.
 */
@Service
public class DutyImportService {

    public static final String DEPARTMENT = "部门";
    public static final String REGION = "区划代码";
    public static final String INDUSTRY = "行业代码";
    public static final String ROLE = "职责";
    static final int MAX_ROWS = 20_000;
    static final int MAX_DETAILS = 200;

    private final UnitMapper units;
    private final UnitService unitService;
    private final ReferenceData reference;
    private final Translations translations;
    private final Departments departments;

    public DutyImportService(
            UnitMapper units,
            UnitService unitService,
            ReferenceData reference,
            Translations translations,
            Departments departments) {
        this.departments = departments;
        this.units = units;
        this.unitService = unitService;
        this.reference = reference;
        this.translations = translations;
    }

    @Transactional
    public DutyImportResult importFile(Account actor, Path file, String fileName, Locale locale) {
        UnitService.requireAdmin(actor);
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try {
            FileFormat format = FileFormat.ofName(fileName);
            format.verify(file);
            if (format == FileFormat.XLSX) {
                new XlsxRowReader().read(file, (n, cells) -> add(rows, numbers, n, cells), p -> {});
            } else {
                new CsvRowReader().read(file, (n, cells) -> add(rows, numbers, n, cells), p -> {});
            }
        } catch (LedgerFileException e) {
            throw new InvalidInput("file", e.key(), e.args());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int header = -1;
        for (int i = 0; i < rows.size() && header < 0; i++) {
            if (column(rows.get(i), DEPARTMENT) >= 0 && column(rows.get(i), "行业") >= 0) {
                header = i;
            }
        }
        if (header < 0) {
            throw new InvalidInput("file", "admin.import.noHeader");
        }
        List<String> titles = rows.get(header);
        int dept = column(titles, DEPARTMENT);
        int region = column(titles, "区划");
        int industry = column(titles, "行业");
        int role = column(titles, ROLE);
        if (role < 0) {
            throw new InvalidInput("file", "admin.import.noHeader");
        }
        ReferenceData.Catalogue catalogue = reference.catalogue();
        List<Region> regions = unitService.regions();
        Set<Duty> duties = new LinkedHashSet<>();
        Set<String> regionCodes = new TreeSet<>();
        List<Rejected> rejected = new ArrayList<>();
        int rejectedCount = 0;
        for (int i = header + 1; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            int n = numbers.get(i);
            Rejected problem = null;
            // full names, the annex's form and the short forms people write (环翠区住建局) name the same department
            Optional<Unit> unit = departments
                    .resolve(cell(cells, dept))
                    .flatMap(d -> units.byName(d.name()))
                    .or(() -> units.byName(cell(cells, dept)));
            Optional<Industry> division = catalogue.parseDivision(cell(cells, industry));
            String dutyRole = role(cell(cells, role));
            if (unit.isEmpty()) {
                problem = new Rejected(n, DEPARTMENT, text(locale, "admin.import.department", cell(cells, dept)));
            } else if (region >= 0
                    && !cell(cells, region).isEmpty()
                    && !matches(regions, cell(cells, region), unit.get())) {
                problem = new Rejected(
                        n,
                        REGION,
                        text(
                                locale,
                                "admin.import.region",
                                cell(cells, region),
                                unit.get().name()));
            } else if (division.isEmpty()) {
                problem = new Rejected(n, INDUSTRY, text(locale, "admin.import.industry", cell(cells, industry)));
            } else if (dutyRole == null) {
                problem = new Rejected(n, ROLE, text(locale, "admin.import.role", cell(cells, role)));
            }
            if (problem != null) {
                rejectedCount++;
                if (rejected.size() < MAX_DETAILS) {
                    rejected.add(problem);
                }
                continue;
            }
            duties.add(new Duty(unit.get().id(), division.get().code(), dutyRole));
            regionCodes.add(unit.get().regionCode());
        }
        int read = rows.size() - header - 1;
        if (rejectedCount > 0 || duties.isEmpty()) {
            return new DutyImportResult(List.copyOf(regionCodes), 0, read, List.copyOf(rejected));
        }
        regionCodes.forEach(units::deleteDutiesOfRegion);
        duties.forEach(units::insertDuty);
        return new DutyImportResult(List.copyOf(regionCodes), duties.size(), read, List.of());
    }

    private static void add(List<List<String>> rows, List<Integer> numbers, int n, List<String> cells)
            throws LedgerFileException {
        if (rows.size() >= MAX_ROWS) {
            throw new LedgerFileException("admin.import.tooManyRows", MAX_ROWS);
        }
        rows.add(List.copyOf(cells));
        numbers.add(n);
    }

    private static boolean matches(List<Region> regions, String stated, Unit unit) {
        return regions.stream()
                .filter(r -> r.code().equals(unit.regionCode()))
                .anyMatch(r -> r.code().equals(stated) || r.name().equals(stated));
    }

    /** 行业主管(部门) or 直接监管(责任部门), or the English names. */
    static String role(String cell) {
        String s = cell.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (s.startsWith("行业主管") || s.equals(Duty.COMPETENT) || s.equals("主管")) {
            return Duty.COMPETENT;
        }
        if (s.startsWith("直接监管") || s.equals(Duty.SUPERVISING) || s.equals("监管")) {
            return Duty.SUPERVISING;
        }
        return null;
    }

    private static int column(List<String> cells, String title) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) != null && cells.get(i).strip().startsWith(title)) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> cells, int index) {
        return index < 0 || index >= cells.size() || cells.get(index) == null
                ? ""
                : cells.get(index).strip();
    }

    private String text(Locale locale, String key, Object... args) {
        return translations.get(key, locale, args);
    }

    /** Used by callers that show a rejected whole file. */
    public String message(InvalidInput e, Locale locale) {
        return translations.get(e.key(), locale, e.args());
    }
}
