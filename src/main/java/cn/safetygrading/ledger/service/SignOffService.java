package cn.safetygrading.ledger.service;

import cn.safetygrading.base.Page;
import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.ledger.domain.AdminLevel;
import cn.safetygrading.ledger.domain.LedgerHeader;
import cn.safetygrading.ledger.domain.LedgerLine;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.domain.Scope;
import cn.safetygrading.ledger.domain.SignOff;
import cn.safetygrading.ledger.file.FileFormat;
import cn.safetygrading.ledger.persistence.SignOffMapper;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.ibatis.cursor.Cursor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 审签: a manager signs a region's ledger as of a date; a 市直部门's manager (a department at the city other
 * than its 应急管理局, which oversees the whole city) signs the ledger of its own 市级 enterprises, those
 * whose 直接监管责任部门 it is and whose 监管分级 is 市级. The enterprises the ledger lists at that moment
 * are copied into the sign-off with the header (填报单位, totals, Ⅰ and Ⅱ counts, 审签人, 审签日期); later
 * imports and corrections change the ledger, never the signed version.
 */
@Service
public class SignOffService {

    private final SignOffMapper signOffs;
    private final RegionTree regions;
    private final ScopeService scopes;
    private final LedgerExportService export;
    private final Translations translations;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    public SignOffService(
            SignOffMapper signOffs,
            RegionTree regions,
            ScopeService scopes,
            LedgerExportService export,
            Translations translations,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.signOffs = signOffs;
        this.regions = regions;
        this.scopes = scopes;
        this.export = export;
        this.translations = translations;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** Managers (分管负责人) sign. */
    public static boolean maySign(Account account) {
        return account != null && !account.isEnterprise() && account.has(Role.MANAGER);
    }

    /**
     * The department whose own enterprises the manager signs for, or empty when the manager signs a
     * region's ledger: a known department other than the 应急管理局 (which oversees its region as a
     * whole). At the city that is a 市直部门 and its 市级 enterprises; in a county, the county
     * department's own enterprises, never the rest of the county's ledger.
     */
    @Transactional(readOnly = true)
    public Optional<String> cityDepartment(Account account) {
        if (account == null
                || account.department() == null
                || account.department().isBlank()
                || account.regionCode() == null) {
            return Optional.empty();
        }
        return signOffs.departmentId(account.department())
                .filter(id -> !id.endsWith("-" + EMERGENCY))
                .map(id -> account.department());
    }

    private boolean atCity(Account account) {
        return regions.find(account.regionCode())
                .map(r -> AdminLevel.CITY.is(r.level()))
                .orElse(false);
    }

    /** The kind (department id suffix) of the 应急管理局, which oversees its region as a whole (综合监管). */
    static final String EMERGENCY = "emergency";

    /**
     * Signs the region's ledger (default: the manager's region) as of {@code asOf} (default today; never
     * in the future). {@code fillingUnit} defaults to the manager's department. A 市直部门's manager signs
     * its own 市级 enterprises at the city; any other region is not theirs (not found).
     */
    @Transactional
    public SignOff sign(Account account, String regionCode, LocalDate asOf, String fillingUnit) {
        if (!maySign(account)) {
            throw new AccessDeniedException("only managers sign the ledger");
        }
        String code = regionCode == null || regionCode.isBlank() ? account.regionCode() : regionCode.strip();
        Optional<String> department = cityDepartment(account);
        Region region = (department.isPresent()
                        ? regions.find(code).filter(r -> code.equals(account.regionCode()))
                        : scopes.regionInScope(account, code))
                .orElseThrow(() -> new NoSuchElementException(code));
        LocalDate today = LocalDate.now(clock);
        LocalDate date = asOf == null ? today : asOf;
        if (date.isAfter(today)) {
            throw new IllegalArgumentException(translations.get("ledger.signoff.future", Translations.CHINESE));
        }
        String unit = fillingUnit == null || fillingUnit.isBlank()
                ? LedgerExportService.fillingUnit(account, region)
                : fillingUnit.strip();
        if (unit.length() > 200) {
            throw new IllegalArgumentException(translations.get("ledger.signoff.unitTooLong", Translations.CHINESE));
        }
        long id = signOffs.insert(
                region.code(),
                date,
                unit,
                account.displayName(),
                account.userId(),
                OffsetDateTime.now(clock),
                department.orElse(null));
        signOffs.copyEntries(id, region.path(), department.orElse(null), department.isPresent() && atCity(account));
        signOffs.setTotals(id);
        return signOffs.find(Scope.all(), id).orElseThrow(); // the signer's own, just made
    }

    @Transactional(readOnly = true)
    public List<SignOff> list(Account account, int offset, int limit) {
        Page page = Page.of(offset, limit, LedgerService.MAX_PAGE);
        return signOffs.list(scopes.of(account), page.offset(), page.limit());
    }

    @Transactional(readOnly = true)
    public long count(Account account) {
        return signOffs.count(scopes.of(account));
    }

    @Transactional(readOnly = true)
    public Optional<SignOff> find(Account account, long id) {
        return signOffs.find(scopes.of(account), id);
    }

    /** The frozen ledger as a file, with its 审签人 and 审签日期. */
    public void export(Account account, SignOff signOff, FileFormat format, OutputStream out) throws IOException {
        Region region = regions.find(signOff.regionCode()).orElseThrow();
        LedgerHeader header = new LedgerHeader(
                export.title(region),
                signOff.fillingUnit(),
                signOff.total(),
                signOff.classI(),
                signOff.classII(),
                signOff.signer(),
                signOff.asOf());
        try {
            readOnly.executeWithoutResult(status -> {
                try (Cursor<LedgerLine> lines = signOffs.entries(signOff.id())) {
                    LedgerExportService.write(format, out, header, lines::forEach);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A file name such as 环翠区企业基础信息台账（审签2024-07-15）.xlsx. */
    public String fileName(SignOff signOff, FileFormat format) {
        return translations.get(
                        "ledger.signoff.fileName",
                        Translations.CHINESE,
                        signOff.department() != null ? signOff.department() : signOff.regionName(),
                        signOff.asOf().toString())
                + format.extension();
    }
}
