package cn.safetygrading.ledger.service;

import cn.safetygrading.base.Text;
import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.ledger.domain.ImportProgress;
import cn.safetygrading.ledger.domain.ImportRecord;
import cn.safetygrading.ledger.domain.ImportResult;
import cn.safetygrading.ledger.domain.ImportStatus;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.domain.Scope;
import cn.safetygrading.ledger.file.CsvRowReader;
import cn.safetygrading.ledger.file.FileFormat;
import cn.safetygrading.ledger.file.LedgerFileException;
import cn.safetygrading.ledger.file.LedgerSheet;
import cn.safetygrading.ledger.file.RowHandler;
import cn.safetygrading.ledger.file.XlsxRowReader;
import cn.safetygrading.ledger.persistence.EnterpriseEventMapper;
import cn.safetygrading.ledger.persistence.ImportRecordMapper;
import cn.safetygrading.ledger.persistence.LedgerMapper;
import cn.safetygrading.ledger.persistence.RegionMapper;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import org.camunda.bpm.engine.DecisionService;
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
 * <p>
 * This class orchestrates (access, region, the file's two passes, the import record); an {@link ImportRun}
 * holds one import's state and counts, {@link ImportRowValidator} checks and parses the rows,
 * {@link ImportBatch} writes a batch with {@link LedgerMerge} (merged record, differences) and
 * {@link ImportEvents} (the enterprise files' events).
 * <p>
 * Long because the orchestration of one import (access, region, the two passes, the writers, the record and its
 * progress, cancellation) reads best as one sequence; every part with a responsibility of its own is a class apart.
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
        String shortName = Text.shorten(
                fileName == null ? "" : Path.of(fileName).getFileName().toString(), 300);
        records.insert(new ImportRecord(
                importId,
                shortName,
                format.name(),
                region.code(),
                account.userId(),
                started,
                null,
                ImportStatus.RUNNING,
                0,
                0,
                0,
                0,
                0,
                null));
        ImportRun run = newRun(importId, shortName, account, region, progress);
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
            finish(run, ImportStatus.DONE, null);
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
            finish(run, ImportStatus.REFUSED, refusal.getMessage());
            throw refusal;
        } catch (IOException e) {
            finish(run, ImportStatus.FAILED, e.getMessage());
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            finish(run, ImportStatus.FAILED, e.getMessage());
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

    private void finish(ImportRun run, ImportStatus status, String message) {
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
                message == null ? null : Text.shorten(message, 1000)));
    }

    /** The run of one import and its parts: row checks, merge, events and batch writing, for this importer and region. */
    private ImportRun newRun(
            String importId, String fileName, Account account, Region region, ImportProgress progress) {
        ImportWords words = new ImportWords(translations);
        Map<String, Region> regionsBelow = new HashMap<>();
        for (Region r : regions.subtree(region.path())) {
            regionsBelow.put(r.code(), r);
        }
        ReferenceData.Catalogue catalogue = reference.catalogue();
        ImportRowValidator validator = new ImportRowValidator(
                words, regions, region, regionsBelow, catalogue, departments.directory(), classification.classifier());
        ImportBatch batches = new ImportBatch(
                ledger,
                events,
                publisher,
                decisions,
                clock,
                scopes.forImport(account),
                validator,
                new LedgerMerge(region, regionsBelow, catalogue),
                new ImportEvents(words, json, importId, fileName, account.userId()),
                account.userId(),
                words.zh("ledger.summary.importSource", fileName));
        return new ImportRun(
                importId, fileName, progress, validator, batches, transactions, records, limits.maxRejectionDetails());
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
}
