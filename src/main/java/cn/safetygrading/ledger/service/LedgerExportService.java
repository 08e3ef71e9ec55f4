package cn.safetygrading.ledger.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.ledger.domain.LedgerCounts;
import cn.safetygrading.ledger.domain.LedgerHeader;
import cn.safetygrading.ledger.domain.LedgerLine;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.domain.Scope;
import cn.safetygrading.ledger.file.FileFormat;
import cn.safetygrading.ledger.file.LedgerFileWriter;
import cn.safetygrading.ledger.persistence.LedgerMapper;
import cn.safetygrading.security.domain.Account;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import org.apache.ibatis.cursor.Cursor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger of a region as a file in the annex layout (domain §2): the enterprises listed in the census
 * (active ones and 个体工商户; dormant and closed ones are weeded out), class Ⅰ first, with a last column 重点关注
 * after the annex's (the watch period and its last day, #14). Rows are streamed
 * from the database to the output, so 100,000 enterprises never sit in memory.
 */
@Service
public class LedgerExportService {

    private final LedgerMapper ledger;
    private final RegionTree regions;
    private final ScopeService scopes;
    private final Translations translations;
    private final TransactionTemplate readOnly;
    private final WatchList watchList;

    public LedgerExportService(
            LedgerMapper ledger,
            RegionTree regions,
            ScopeService scopes,
            Translations translations,
            PlatformTransactionManager transactionManager,
            WatchList watchList) {
        this.watchList = watchList;
        this.ledger = ledger;
        this.regions = regions;
        this.scopes = scopes;
        this.translations = translations;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** Officials export the ledgers of their scope; enterprise accounts have no ledger. */
    public static boolean mayExport(Account account) {
        return account != null && !account.isEnterprise();
    }

    /**
     * The region an export covers: the one asked for or the account's own (an administrator without one
     * exports everything, {@code null}). Absent when the region does not exist or is outside the scope.
     */
    public Region exportRegion(Account account, String regionCode) {
        if (!mayExport(account)) {
            throw new AccessDeniedException("enterprise accounts export no ledger");
        }
        String code = regionCode == null || regionCode.isBlank() ? account.regionCode() : regionCode.strip();
        if (code == null) {
            if (scopes.of(account).everything()) {
                return null;
            }
            throw new AccessDeniedException("no region");
        }
        return scopes.regionInScope(account, code).orElseThrow(() -> new NoSuchElementException(code));
    }

    public void export(Account account, Region region, FileFormat format, OutputStream out) throws IOException {
        Scope scope = scopes.of(account);
        String path = region == null ? null : region.path();
        try {
            readOnly.executeWithoutResult(status -> {
                LedgerCounts counts = ledger.counts(scope, path);
                LedgerHeader header = new LedgerHeader(
                        title(region),
                        fillingUnit(account, region),
                        counts.total(),
                        counts.classI(),
                        counts.classII(),
                        null,
                        null);
                try (Cursor<LedgerLine> lines = ledger.lines(scope, path)) {
                    write(format, out, header, lines::forEach, watchColumn());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static void write(FileFormat format, OutputStream out, LedgerHeader header, LedgerFileWriter.Lines lines)
            throws IOException {
        write(format, out, header, lines, null);
    }

    static void write(
            FileFormat format,
            OutputStream out,
            LedgerHeader header,
            LedgerFileWriter.Lines lines,
            LedgerFileWriter.Extra extra)
            throws IOException {
        if (format == FileFormat.XLSX) {
            LedgerFileWriter.writeXlsx(out, header, lines, extra);
        } else {
            LedgerFileWriter.writeCsv(out, header, lines, extra);
        }
    }

    /**
     * The column 重点关注 (#14: watched enterprises are flagged in the ledger): 重点关注期至 <its last day> for an
     * enterprise in a watch period now, blank otherwise. The watched are few, read once before the rows stream.
     */
    LedgerFileWriter.Extra watchColumn() {
        java.util.Map<String, java.time.LocalDate> until = watchList.watchUntil(watchList.watchedNow());
        return new LedgerFileWriter.Extra(translations.get("ledger.file.watch", Translations.CHINESE), uscc -> {
            if (!until.containsKey(uscc)) {
                return "";
            }
            java.time.LocalDate last = until.get(uscc);
            return last == null
                    ? translations.get("ledger.watch", Translations.CHINESE)
                    : translations.get("ledger.watchUntil", Translations.CHINESE, LedgerFileWriter.dateLabel(last));
        });
    }

    /** 威海市企业安全生产分类分级监督管理基础信息台账: the title carries the city at the root of the region. */
    String title(Region region) {
        String city = region == null
                ? ""
                : regions.find(region.path().split("/")[0]).map(Region::name).orElse("");
        return translations.get("ledger.file.title", Translations.CHINESE, city);
    }

    /** 填报单位: the account's department, or else the region. */
    static String fillingUnit(Account account, Region region) {
        if (account.department() != null && !account.department().isBlank()) {
            return account.department();
        }
        return region == null ? "" : region.name();
    }

    /** A file name such as 环翠区企业基础信息台账.xlsx. */
    public String fileName(Region region, FileFormat format) {
        return translations.get("ledger.file.name", Translations.CHINESE, region == null ? "" : region.name())
                + format.extension();
    }
}
