package cn.safetygrading.ledger.persistence;

import cn.safetygrading.ledger.domain.BoundAccount;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.domain.LedgerCounts;
import cn.safetygrading.ledger.domain.LedgerLine;
import cn.safetygrading.ledger.domain.LedgerRecord;
import cn.safetygrading.ledger.domain.Scope;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

/** The whole ledger record (with risk features): import, correction, export. */
@Mapper
public interface LedgerMapper {

    /** The enterprises with these USCCs wherever they are (the import decides what the caller may touch). */
    List<LedgerRecord> findForImport(@Param("usccs") String[] usccs);

    /**
     * Those of these USCCs whose grade a process has set or is deciding: graded or adjusted (graded_at)
     * or with a grading case (domain §11: the import never overrides a process).
     */
    List<String> processGraded(@Param("usccs") String[] usccs);

    /** The supervision measures of a grade the import set (起底): interval and stationing, as a grading writes them. */
    int setMeasures(
            @Param("usccs") String[] usccs,
            @Param("inspectionIntervalMonths") Integer inspectionIntervalMonths,
            @Param("stationing") String stationing);

    /** The enterprise if it is in scope. */
    Optional<LedgerRecord> find(@Param("scope") Scope scope, @Param("uscc") String uscc);

    /** Inserts those not yet in the ledger; returns the USCCs inserted. */
    List<String> insertAll(@Param("c") LedgerColumns rows, @Param("now") OffsetDateTime now);

    int updateAll(@Param("c") LedgerColumns rows, @Param("now") OffsetDateTime now);

    /** Registers one enterprise with its features unless its USCC is known (0 or 1). */
    int insertIfAbsent(@Param("e") Enterprise enterprise, @Param("featureMask") int featureMask);

    int updateClassification(
            @Param("uscc") String uscc,
            @Param("enterpriseClass") String enterpriseClass,
            @Param("remark") String remark,
            @Param("featureMask") int featureMask,
            @Param("status") String status,
            @Param("now") OffsetDateTime now);

    /** Totals of the listed (active and individual) enterprises of a region subtree within the scope. */
    LedgerCounts counts(@Param("scope") Scope scope, @Param("regionPath") String regionPath);

    /** The ledger lines of a region subtree within the scope: class Ⅰ first, then by region and USCC. */
    Cursor<LedgerLine> lines(@Param("scope") Scope scope, @Param("regionPath") String regionPath);

    List<BoundAccount> boundAccounts(@Param("uscc") String uscc);
}
