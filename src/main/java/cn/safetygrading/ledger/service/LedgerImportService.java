package cn.safetygrading.ledger.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.ledger.domain.Department;
import cn.safetygrading.ledger.domain.DepartmentDuty;
import cn.safetygrading.ledger.domain.EnterpriseEvent;
import cn.safetygrading.ledger.domain.GradeWritten;
import cn.safetygrading.ledger.domain.ImportProgress;
import cn.safetygrading.ledger.domain.ImportRecord;
import cn.safetygrading.ledger.domain.ImportResult;
import cn.safetygrading.ledger.domain.Industry;
import cn.safetygrading.ledger.domain.LedgerRecord;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.domain.Rejection;
import cn.safetygrading.ledger.domain.RiskFeature;
import cn.safetygrading.ledger.domain.RiskRemarks;
import cn.safetygrading.ledger.domain.Scope;
import cn.safetygrading.ledger.domain.SupervisionChanged;
import cn.safetygrading.ledger.domain.Uscc;
import cn.safetygrading.ledger.file.CsvRowReader;
import cn.safetygrading.ledger.file.FileFormat;
import cn.safetygrading.ledger.file.LedgerColumn;
import cn.safetygrading.ledger.file.LedgerFileException;
import cn.safetygrading.ledger.file.LedgerRow;
import cn.safetygrading.ledger.file.LedgerSheet;
import cn.safetygrading.ledger.file.RowHandler;
import cn.safetygrading.ledger.file.XlsxRowReader;
import cn.safetygrading.ledger.persistence.EnterpriseEventMapper;
import cn.safetygrading.ledger.persistence.EventColumns;
import cn.safetygrading.ledger.persistence.ImportRecordMapper;
import cn.safetygrading.ledger.persistence.LedgerColumns;
import cn.safetygrading.ledger.persistence.LedgerMapper;
import cn.safetygrading.ledger.persistence.RegionMapper;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The census import (起底分类): a ledger file (.xlsx or .csv, domain §2 layout) into the ledger of a region.
 * <ol>
 *   <li>The file is checked as a whole first (what it claims to be, no XXE, no zip bomb, a header) and
 *       its rows counted, so a refused file writes nothing.</li>
 *   <li>Every row is validated (USCC with the position at fault, duplicates within the file, name,
 *       industry, class against the {@code enterprise-class} decision, grade, 监管分级, region within the
 *       importer's scope); a bad row is reported field by field and the good rows go on.</li>
 *   <li>Valid rows are written in batches of {@value #BATCH}, each in its own transaction: new ones
 *       inserted, changed ones updated, identical ones left alone, so the same file twice changes
 *       nothing. Each insert or change is an event of the enterprise file, with before and after.</li>
 * </ol>
 * The batches are written by {@value #WRITERS} threads of the import's own while the next rows are read
 * and checked (at most {@value #WRITES_AHEAD} batches in hand), so the file's parsing and the database's
 * work share the cores instead of taking turns; a file's batches touch disjoint enterprises, so they may
 * be written side by side. The import returns only when every batch is written or the first failure
 * has stopped the rest (batches already committed stay, as before: the same file again completes it).
 * The file is streamed twice and never held in memory; only the set of USCCs seen is. What an import may
 * cost is bounded by {@link ImportLimits} (rows, shared strings, cell length, rejections in detail), and
 * only one import runs at a time on a node ({@link ImportGate}).
 * <p>
 * The import never overrides a process (domain §11): it sets a grade only for an enterprise no grading
 * or adjustment has graded; there a row with another grade is rejected on 分级. A grade it sets starts
 * the supervision measures of the {@code supervision-measures} decision, as a grading does. A row it may
 * not write (an enterprise outside the importer's region, by its 区划代码 or by where the ledger has it)
 * gets one and the same rejection, so an import does not tell whether a USCC exists elsewhere.
 */
@Service
public class LedgerImportService {

    public static final int BATCH = 1000;
    /** Threads writing an import's batches, each with a connection of its own while it writes. */
    static final int WRITERS = 2;
    /** Batches handed to the writers and not yet written, at most (bounds the memory of a fast reader). */
    static final int WRITES_AHEAD = WRITERS + 1;

    public static final String EVENT_IMPORTED = "IMPORTED";
    public static final String EVENT_CHANGED = ClassificationService.EVENT_CHANGED;
    /** {@code \s}, compiled once: it is applied to two cells of every row. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s");

    private static final Pattern EXCEL_NUMBER = Pattern.compile("^\\d+(\\.\\d+)?[Ee][+-]?\\d+$|^\\d+\\.\\d+$");
    private static final Logger log = LoggerFactory.getLogger(LedgerImportService.class);

    private final LedgerMapper ledger;
    private final EnterpriseEventMapper events;
    private final RegionMapper regions;
    private final ImportRecordMapper records;
    private final ScopeService scopes;
    private final ReferenceData reference;
    private final ClassificationService classification;
    private final Translations translations;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ImportLimits limits;
    private final ImportGate gate;
    private final DecisionService decisions;
    private final ApplicationEventPublisher publisher;
    private final Departments departments;

    public LedgerImportService(
            LedgerMapper ledger,
            EnterpriseEventMapper events,
            RegionMapper regions,
            ImportRecordMapper records,
            ScopeService scopes,
            ReferenceData reference,
            ClassificationService classification,
            Translations translations,
            ObjectMapper json,
            PlatformTransactionManager transactionManager,
            Clock clock,
            ImportLimits limits,
            ImportGate gate,
            DecisionService decisions,
            ApplicationEventPublisher publisher,
            Departments departments) {
        this.departments = departments;
        this.limits = limits;
        this.gate = gate;
        this.decisions = decisions;
        this.publisher = publisher;
        this.ledger = ledger;
        this.events = events;
        this.regions = regions;
        this.records = records;
        this.scopes = scopes;
        this.reference = reference;
        this.classification = classification;
        this.translations = translations;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Managers and reviewers import into their region (administrators anywhere); nobody else. */
    public static boolean mayImport(Account account) {
        return account != null
                && !account.isEnterprise()
                && (account.has(Role.MANAGER) || account.has(Role.REVIEWER) || account.isAdmin());
    }

    /**
     * The region an account imports into: the one asked for, or the account's own; it must exist and lie
     * within the account's scope.
     */
    public Region importRegion(Account account, String regionCode) {
        String code = regionCode == null || regionCode.isBlank() ? account.regionCode() : regionCode.trim();
        if (code == null) {
            throw new ImportRefusedException(
                    ImportRefusedException.Reason.REGION_UNKNOWN, zh("ledger.import.regionRequired"), null);
        }
        Region region = regions.find(code)
                .orElseThrow(() -> new ImportRefusedException(
                        ImportRefusedException.Reason.REGION_UNKNOWN, zh("ledger.import.regionUnknown", code), null));
        Scope scope = scopes.of(account);
        if (!scope.everything() && (scope.regionPath() == null || !within(region.path(), scope.regionPath()))) {
            throw new ImportRefusedException(
                    ImportRefusedException.Reason.REGION_FORBIDDEN,
                    zh("ledger.import.regionForbidden", region.name()),
                    null);
        }
        return region;
    }

    /**
     * Imports the file. Refusals of the whole file are {@link ImportRefusedException}s; rows that fail
     * validation are in the result's {@code rejected}. {@code progress} is updated as rows are written.
     */
    public ImportResult importFile(
            Account account, Path file, String fileName, String regionCode, ImportProgress progress) {
        if (!mayImport(account)) {
            throw new AccessDeniedException("only managers and reviewers import the ledger");
        }
        importRegion(account, regionCode);
        try (ImportGate.Pass pass = enter()) {
            return run(account, file, fileName, regionCode, progress);
        }
    }

    /** The same, for a caller that has entered the gate already ({@link #enter}); closes the pass. */
    public ImportResult importFile(
            Account account,
            Path file,
            String fileName,
            String regionCode,
            ImportProgress progress,
            ImportGate.Pass pass) {
        try (pass) {
            return run(account, file, fileName, regionCode, progress);
        }
    }

    /** The node's one import pass, or a refusal (busy) if another import is running. */
    public ImportGate.Pass enter() {
        return gate.tryEnter()
                .orElseThrow(() ->
                        new ImportRefusedException(ImportRefusedException.Reason.BUSY, zh("ledger.import.busy"), null));
    }

    private ImportResult run(Account account, Path file, String fileName, String regionCode, ImportProgress progress) {
        if (!mayImport(account)) {
            throw new AccessDeniedException("only managers and reviewers import the ledger");
        }
        Region region = importRegion(account, regionCode);
        FileFormat format;
        try {
            format = FileFormat.ofName(fileName);
            format.verify(file);
        } catch (LedgerFileException e) {
            throw refused(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String importId = UUID.randomUUID().toString();
        OffsetDateTime started = OffsetDateTime.now(clock);
        String shortName =
                shorten(fileName == null ? "" : Path.of(fileName).getFileName().toString(), 300);
        records.insert(new ImportRecord(
                importId,
                shortName,
                format.name(),
                region.code(),
                account.userId(),
                started,
                null,
                "RUNNING",
                0,
                0,
                0,
                0,
                0,
                null));
        Run run = new Run(importId, shortName, account, region, progress);
        try {
            int maxRows = limits.maxRows();
            int[] dataRows = {0};
            LedgerSheet counting = new LedgerSheet(row -> {
                if (++dataRows[0] > maxRows) {
                    throw new LedgerFileException("ledger.file.tooManyRows", maxRows);
                }
            });
            read(format, file, counting, f -> progress.fraction(0.1 * f));
            counting.finish();
            run.total = counting.dataRows();
            try (run.writer) {
                LedgerSheet sheet = new LedgerSheet(run::accept);
                read(format, file, sheet, f -> {});
                sheet.finish();
                run.flush();
                run.writer.finish();
            }
            progress.fraction(1);
            ImportResult result = run.result();
            finish(run, "DONE", null);
            log.info(
                    "ledger import {} of {} into {} by {}: {} rows, {} imported, {} updated, {} rejected",
                    importId,
                    shortName,
                    region.code(),
                    account.userId(),
                    result.rows(),
                    result.imported(),
                    result.updated(),
                    run.rejectedRows());
            return result;
        } catch (LedgerFileException e) {
            ImportRefusedException refusal = refused(e);
            finish(run, "REFUSED", refusal.getMessage());
            throw refusal;
        } catch (IOException e) {
            finish(run, "FAILED", e.getMessage());
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            finish(run, "FAILED", e.getMessage());
            throw e;
        }
    }

    private void read(FileFormat format, Path file, RowHandler handler, DoubleConsumer progress)
            throws IOException, LedgerFileException {
        if (format == FileFormat.XLSX) {
            new XlsxRowReader(limits.xlsx()).read(file, handler, progress);
        } else {
            new CsvRowReader().read(file, handler, progress);
        }
    }

    private void finish(Run run, String status, String message) {
        records.finish(new ImportRecord(
                run.importId,
                run.fileName,
                null,
                null,
                null,
                null,
                OffsetDateTime.now(clock),
                status,
                run.rows,
                run.imported,
                run.updated,
                run.unchanged,
                run.rejectedRows(),
                message == null ? null : shorten(message, 1000)));
    }

    private ImportRefusedException refused(LedgerFileException e) {
        ImportRefusedException.Reason reason = TOO_LARGE.contains(e.key())
                ? ImportRefusedException.Reason.TOO_LARGE
                : ImportRefusedException.Reason.FILE;
        return new ImportRefusedException(reason, zh(e.key(), e.args()), e);
    }

    /** The refusals of a file that is larger than {@link ImportLimits} allow (HTTP 413). */
    private static final Set<String> TOO_LARGE = Set.of(
            "ledger.file.tooManyRows",
            "ledger.file.tooManyStrings",
            "ledger.file.stringsTooLong",
            "ledger.file.xlsxCellTooLong");

    static boolean within(String path, String ancestorPath) {
        return path.equals(ancestorPath) || path.startsWith(ancestorPath + "/");
    }

    private String zh(String key, Object... args) {
        return translations.get(key, Translations.CHINESE, args);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** A valid row, parsed: null means "not stated in the file". */
    private record Parsed(
            int row,
            String uscc,
            String name,
            String address,
            Industry industry,
            String regionCode,
            String enterpriseClass,
            Set<RiskFeature> features,
            String remarkText,
            String grade,
            String managementLevel,
            String competent,
            String supervising,
            String status) {}

    /**
     * The state of one import. The reading thread parses and checks the rows ({@link #accept}); the
     * {@link #writer}'s threads write the batches and add to the write counts and the rows rejected at
     * write time (under the run's lock), which the reading thread looks at only after
     * {@link BatchWriter#close}.
     */
    private final class Run {

        final String importId;
        final String fileName;
        final Account account;
        final Region region;
        final ImportProgress progress;
        final Scope scope;
        final Map<String, Region> regionsBelow = new HashMap<>();
        final ReferenceData.Catalogue catalogue = reference.catalogue();
        final Departments.Directory directory = departments.directory();
        final Function<Set<RiskFeature>, String> classifier = classification.classifier();
        final Map<String, Integer> seen = new HashMap<>();
        final List<Parsed> pending = new ArrayList<>(BATCH);
        final List<Rejection> rejections = new ArrayList<>();
        final BatchWriter writer;
        final int maxDetails = limits.maxRejectionDetails();
        final Map<String, Map<String, Object>> measures = new ConcurrentHashMap<>();
        int total;
        int rows;
        int rejectedRows;
        boolean detailsDropped;
        // written by the writers' threads, under this run's lock
        final List<Rejection> rejectedAtWrite = new ArrayList<>();
        int rejectedRowsAtWrite;
        int imported;
        int updated;
        int unchanged;
        int rowsWritten;

        Run(String importId, String fileName, Account account, Region region, ImportProgress progress) {
            this.importId = importId;
            this.fileName = fileName;
            this.account = account;
            this.region = region;
            this.progress = progress;
            this.scope = scopes.forImport(account);
            for (Region r : regions.subtree(region.path())) {
                regionsBelow.put(r.code(), r);
            }
            this.writer = new BatchWriter(importId);
        }

        synchronized int rejectedRows() {
            return rejectedRows + rejectedRowsAtWrite;
        }

        void accept(LedgerRow row) {
            rows++;
            progress.rowRead();
            List<Rejection> problems = new ArrayList<>(2);
            Parsed parsed = parse(row, problems);
            if (!problems.isEmpty()) {
                reject(problems);
            } else {
                pending.add(parsed);
                if (pending.size() >= BATCH) {
                    flush();
                }
            }
        }

        void reject(List<Rejection> problems) {
            detailsDropped |= !keep(rejections, problems);
            rejectedRows++;
            progress.rowRejected();
        }

        /** Adds the problems while the list holds fewer than the details reported; false if some were left out. */
        private boolean keep(List<Rejection> list, List<Rejection> problems) {
            int room = Math.max(0, maxDetails - list.size());
            list.addAll(problems.subList(0, Math.min(room, problems.size())));
            return problems.size() <= room;
        }

        synchronized ImportResult result() {
            List<Rejection> sorted = new ArrayList<>(rejections);
            sorted.addAll(rejectedAtWrite);
            sorted.sort(Comparator.comparingInt(Rejection::row));
            boolean truncated = detailsDropped || sorted.size() > maxDetails;
            List<Rejection> details = sorted.size() > maxDetails ? List.copyOf(sorted.subList(0, maxDetails)) : sorted;
            return new ImportResult(importId, rows, imported, updated, unchanged, details, rejectedRows(), truncated);
        }

        // ---- validation ------------------------------------------------------------------------

        private Parsed parse(LedgerRow row, List<Rejection> problems) {
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
                        case "uscc.length" -> zh(p.messageKey(), p.detail());
                        case "uscc.character", "uscc.checksum" -> zh(p.messageKey(), p.position(), p.detail());
                        default -> zh(p.messageKey());
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
                    "II".equals(stated) ? EnumSet.noneOf(RiskFeature.class) : RiskRemarks.parse(remark);
            String decided = classifier.apply(features);
            if ("I".equals(stated) && !"I".equals(decided)) {
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
            return new Parsed(
                    n,
                    uscc,
                    name,
                    emptyToNull(row.get(LedgerColumn.ADDRESS)),
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
        private Rejection notYours(int row) {
            return problem(row, LedgerColumn.REGION, "ledger.reject.notYours", region.name());
        }

        private Rejection problem(int row, LedgerColumn column, String key, Object... args) {
            return new Rejection(row, column.title(), zh(key, args));
        }

        // ---- writing ---------------------------------------------------------------------------

        /** Hands the pending rows to the writer (waits while it has {@value #WRITES_AHEAD} batches in hand). */
        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            List<Parsed> batch = List.copyOf(pending);
            pending.clear();
            int rowsRead = rows;
            writer.submit(() -> written(
                    transactions.execute(status -> {
                        int[] counts = write(batch);
                        records.batchWritten(importId, counts[0], counts[1], counts[2], rowsRead);
                        return counts;
                    }),
                    rowsRead));
        }

        /** A batch is committed: its counts, and the progress up to the furthest row of a batch written. */
        private synchronized void written(int[] written, int rowsRead) {
            imported += written[0];
            updated += written[1];
            unchanged += written[2];
            rowsWritten = Math.max(rowsWritten, rowsRead);
            progress.batchWritten(written[0], written[1]);
            progress.fraction(0.1 + 0.9 * rowsWritten / Math.max(1, total));
        }

        private synchronized void rejectAtWrite(Rejection rejection) {
            detailsDropped |= !keep(rejectedAtWrite, List.of(rejection));
            rejectedRowsAtWrite++;
            progress.rowRejected();
        }

        /** One batch in one transaction; returns {inserted, updated, unchanged}. */
        private int[] write(List<Parsed> batch) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            Map<String, LedgerRecord> existing = new HashMap<>();
            String[] usccs = batch.stream().map(Parsed::uscc).toArray(String[]::new);
            for (LedgerRecord r : ledger.findForImport(usccs)) {
                existing.put(r.uscc(), r);
            }
            Set<String> graded = existing.isEmpty() ? Set.of() : Set.copyOf(ledger.processGraded(usccs));
            List<LedgerRecord> measured = new ArrayList<>();
            List<LedgerRecord> inserts = new ArrayList<>();
            Map<String, Parsed> insertRows = new HashMap<>();
            Map<String, LedgerRecord> insertRecords = new HashMap<>();
            List<LedgerRecord> updates = new ArrayList<>();
            List<EnterpriseEvent> changeEvents = new ArrayList<>();
            List<String> moved = new ArrayList<>();
            int same = 0;
            for (Parsed p : batch) {
                LedgerRecord before = existing.get(p.uscc());
                if (before != null && !scope.covers(before.regionPath(), before.supervisingDepartment())) {
                    rejectAtWrite(notYours(p.row()));
                    continue;
                }
                if (before != null
                        && p.grade() != null
                        && !p.grade().equals(before.grade())
                        && graded.contains(before.uscc().strip())) {
                    rejectAtWrite(problem(
                            p.row(),
                            LedgerColumn.GRADE,
                            "ledger.reject.gradeByProcess",
                            before.grade() == null ? "—" : before.grade(),
                            p.grade()));
                    continue;
                }
                LedgerRecord after = merge(p, before);
                if (after.grade() != null
                        && !graded.contains(after.uscc())
                        && (before == null
                                || !after.grade().equals(before.grade())
                                || !Objects.equals(after.enterpriseClass(), before.enterpriseClass()))) {
                    measured.add(after);
                }
                if (before == null) {
                    inserts.add(after);
                    insertRows.put(after.uscc(), p);
                    insertRecords.put(after.uscc(), after);
                    continue;
                }
                Map<String, Map<String, Object>> changes = diff(before, after);
                if (changes.isEmpty()) {
                    same++;
                    continue;
                }
                updates.add(after);
                changeEvents.add(changeEvent(p, changes, now));
                if (changes.containsKey("supervisingDepartment") || changes.containsKey("managementLevel")) {
                    moved.add(after.uscc());
                }
            }
            List<EnterpriseEvent> newEvents = new ArrayList<>();
            int inserted = 0;
            Set<String> notInserted = Set.of();
            if (!inserts.isEmpty()) {
                Set<String> conflicting = new HashSet<>(insertRecords.keySet());
                for (String uscc : ledger.insertAll(LedgerColumns.of(inserts), now)) {
                    conflicting.remove(uscc.strip());
                    inserted++;
                    newEvents.add(importEvent(insertRows.get(uscc.strip()), insertRecords.get(uscc.strip()), now));
                }
                same += inserts.size() - inserted;
                notInserted = conflicting;
            }
            if (!updates.isEmpty()) {
                ledger.updateAll(LedgerColumns.of(updates), now);
            }
            String source = zh("ledger.summary.importSource", fileName);
            for (String uscc : moved) {
                publisher.publishEvent(new SupervisionChanged(uscc, account.userId(), source));
            }
            Set<String> skipped = notInserted;
            startMeasures(
                    measured.stream().filter(r -> !skipped.contains(r.uscc())).toList());
            newEvents.addAll(changeEvents);
            if (!newEvents.isEmpty()) {
                events.appendAll(EventColumns.of(newEvents), now);
            }
            return new int[] {inserted, updates.size(), same};
        }

        /**
         * The grades this batch set (起底) take the supervision measures of the {@code supervision-measures}
         * decision, as a grading's do ({@code GradeBook.writeGrade}): interval and stationing in the ledger,
         * and {@link GradeWritten} for whoever follows grades (stationing), in this batch's transaction.
         */
        private void startMeasures(List<LedgerRecord> measured) {
            Map<String, List<String>> byMeasures = new LinkedHashMap<>();
            for (LedgerRecord r : measured) {
                byMeasures
                        .computeIfAbsent(r.enterpriseClass() + "-" + r.grade(), k -> new ArrayList<>())
                        .add(r.uscc());
            }
            for (Map.Entry<String, List<String>> e : byMeasures.entrySet()) {
                Map<String, Object> m = measures.computeIfAbsent(e.getKey(), this::decideMeasures);
                Integer interval =
                        m.get("inspectionIntervalMonths") instanceof Number number ? number.intValue() : null;
                String stationing = (String) m.get("stationing");
                ledger.setMeasures(e.getValue().toArray(String[]::new), interval, stationing);
                String grade = e.getKey().substring(e.getKey().indexOf('-') + 1);
                for (String uscc : e.getValue()) {
                    publisher.publishEvent(new GradeWritten(uscc, grade, interval, stationing));
                }
            }
        }

        private Map<String, Object> decideMeasures(String classAndGrade) {
            int dash = classAndGrade.indexOf('-');
            var result = decisions
                    .evaluateDecisionByKey("supervision-measures")
                    .variables(Variables.createVariables()
                            .putValue("enterpriseClass", classAndGrade.substring(0, dash))
                            .putValue("grade", classAndGrade.substring(dash + 1)))
                    .evaluate();
            return result.isEmpty()
                    ? Map.of()
                    : new HashMap<>(result.getFirstResult().getEntryMap());
        }

        /** The ledger record the row asks for, given what the ledger holds now (null: a new enterprise). */
        private LedgerRecord merge(Parsed p, LedgerRecord before) {
            Region target;
            if (p.regionCode() != null) {
                target = regionsBelow.get(p.regionCode());
            } else if (before != null && within(before.regionPath(), region.path())) {
                target = new Region(before.regionCode(), before.regionName(), null, null, before.regionPath());
            } else {
                target = region;
            }
            String grade = p.grade() != null ? p.grade() : before == null ? null : before.grade();
            String status = p.status() != null
                    ? p.status()
                    : before != null ? before.status() : p.uscc().startsWith("92") ? "INDIVIDUAL" : "ACTIVE";
            String remark =
                    "I".equals(p.enterpriseClass()) ? RiskRemarks.format(p.features()) : emptyToNull(p.remarkText());
            String competent = department(
                    p.competent(),
                    target,
                    p,
                    before == null ? null : before.competentDepartment(),
                    DepartmentDuty.COMPETENT);
            String supervising = department(
                    p.supervising(),
                    target,
                    p,
                    before == null ? null : before.supervisingDepartment(),
                    DepartmentDuty.SUPERVISING);
            return new LedgerRecord(
                    p.uscc(),
                    p.name(),
                    p.address(),
                    p.industry().code(),
                    p.industry().name(),
                    target.code(),
                    target.name(),
                    target.path(),
                    p.enterpriseClass(),
                    grade,
                    p.managementLevel(),
                    competent,
                    supervising,
                    remark,
                    status,
                    RiskFeature.mask(p.features()));
        }

        /** As stated; if empty, the reference department of region, industry and role; failing that, as it was. */
        private String department(String stated, Region target, Parsed p, String before, String role) {
            if (stated != null) {
                return stated;
            }
            return catalogue
                    .department(target, p.industry().code(), p.managementLevel(), role)
                    .orElse(before);
        }

        private Map<String, Map<String, Object>> diff(LedgerRecord before, LedgerRecord after) {
            Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
            change(changes, "name", before.name(), after.name());
            change(changes, "address", before.address(), after.address());
            change(changes, "industryCode", before.industryCode(), after.industryCode());
            change(changes, "regionCode", before.regionCode(), after.regionCode());
            change(changes, "enterpriseClass", before.enterpriseClass(), after.enterpriseClass());
            change(changes, "features", variables(before.features()), variables(after.features()));
            change(changes, "grade", before.grade(), after.grade());
            change(changes, "managementLevel", before.managementLevel(), after.managementLevel());
            change(changes, "competentDepartment", before.competentDepartment(), after.competentDepartment());
            change(changes, "supervisingDepartment", before.supervisingDepartment(), after.supervisingDepartment());
            change(changes, "remark", before.remark(), after.remark());
            change(changes, "status", before.status(), after.status());
            return changes;
        }

        private static void change(
                Map<String, Map<String, Object>> changes, String field, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("before", before);
                c.put("after", after);
                changes.put(field, c);
            }
        }

        private static List<String> variables(Set<RiskFeature> features) {
            return features.stream().sorted().map(RiskFeature::variable).toList();
        }

        private EnterpriseEvent importEvent(Parsed p, LedgerRecord r, OffsetDateTime now) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("source", "import");
            details.put("importId", importId);
            details.put("file", fileName);
            details.put("row", p.row());
            details.put("decision", ClassificationService.DECISION);
            details.put("values", values(r));
            if (p.remarkText() != null && !p.remarkText().isEmpty()) {
                details.put("remarkAsFiled", p.remarkText());
            }
            String summary =
                    zh("ledger.summary.imported", fileName, p.row(), zh("ledger.classShort." + r.enterpriseClass()));
            return new EnterpriseEvent(
                    null,
                    r.uscc(),
                    now,
                    EVENT_IMPORTED,
                    account.userId(),
                    shorten(summary, 500),
                    toJson(details),
                    "import:" + importId + ":" + r.uscc());
        }

        private EnterpriseEvent changeEvent(Parsed p, Map<String, Map<String, Object>> changes, OffsetDateTime now) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("source", "import");
            details.put("importId", importId);
            details.put("file", fileName);
            details.put("row", p.row());
            details.put("changes", changes);
            List<String> fields =
                    changes.keySet().stream().map(f -> zh("ledger.field." + f)).toList();
            String summary = zh("ledger.summary.changed", String.join("、", fields), fileName, p.row());
            return new EnterpriseEvent(
                    null,
                    p.uscc(),
                    now,
                    EVENT_CHANGED,
                    account.userId(),
                    shorten(summary, 500),
                    toJson(details),
                    "import:" + importId + ":" + p.uscc());
        }

        private Map<String, Object> values(LedgerRecord r) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("name", r.name());
            v.put("address", r.address());
            v.put("industryCode", r.industryCode());
            v.put("regionCode", r.regionCode());
            v.put("enterpriseClass", r.enterpriseClass());
            v.put("features", variables(r.features()));
            v.put("grade", r.grade());
            v.put("managementLevel", r.managementLevel());
            v.put("competentDepartment", r.competentDepartment());
            v.put("supervisingDepartment", r.supervisingDepartment());
            v.put("remark", r.remark());
            v.put("status", r.status());
            return v;
        }
    }

    private String toJson(Object details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ⅰ/Ⅱ (U+2160/U+2161), I/II, 1/2, with or without 类; null if none of these. */
    static String parseClass(String cell) {
        String c = cell.replace("类", "").replace("一", "1").replace("二", "2").strip();
        return switch (c) {
            case "Ⅰ", "I", "1" -> "I";
            case "Ⅱ", "II", "2" -> "II";
            default -> null;
        };
    }

    /** 市级 → CITY; 区市级 (and 区县级, 县级, 区级, 县市区级) → COUNTY; empty or 属地 → LOCAL; null if unknown. */
    static String parseManagementLevel(String cell) {
        return switch (WHITESPACE.matcher(cell).replaceAll("")) {
            case "市级", "市" -> "CITY";
            case "区市级", "区县级", "县级", "区级", "县市区级", "区市", "区县" -> "COUNTY";
            case "", "属地", "属地管理", "乡镇级", "镇街级" -> "LOCAL";
            default -> null;
        };
    }

    /** 正常/在营/存续 → ACTIVE, 僵尸企业/停业/歇业 → DORMANT, 关闭/注销/吊销 → CLOSED, 个体工商户 → INDIVIDUAL. */
    static String parseStatus(String cell) {
        return switch (WHITESPACE.matcher(cell).replaceAll("")) {
            case "正常", "正常经营", "在营", "存续", "开业", "在业" -> "ACTIVE";
            case "僵尸企业", "僵尸", "停业", "歇业", "长期停产" -> "DORMANT";
            case "关闭", "已关闭", "注销", "已注销", "吊销", "已吊销" -> "CLOSED";
            case "个体工商户", "个体", "个体户" -> "INDIVIDUAL";
            default -> null;
        };
    }
}
