package cn.safetygrading.ledger.persistence;

import cn.safetygrading.ledger.domain.LedgerRecord;
import java.util.List;

/**
 * A batch of ledger records turned into one array per column, for statements that write a whole batch
 * with {@code unnest}: a dozen parameters per statement instead of thousands, so neither MyBatis nor
 * PostgreSQL spends its time on parameter handling.
 */
public record LedgerColumns(
        String[] uscc,
        String[] name,
        String[] address,
        String[] industryCode,
        String[] regionCode,
        String[] enterpriseClass,
        String[] grade,
        String[] managementLevel,
        String[] competentDepartment,
        String[] supervisingDepartment,
        String[] remark,
        String[] status,
        Integer[] featureMask) {

    public static LedgerColumns of(List<LedgerRecord> rows) {
        int n = rows.size();
        LedgerColumns c = new LedgerColumns(
                new String[n],
                new String[n],
                new String[n],
                new String[n],
                new String[n],
                new String[n],
                new String[n],
                new String[n],
                new String[n],
                new String[n],
                new String[n],
                new String[n],
                new Integer[n]);
        for (int i = 0; i < n; i++) {
            LedgerRecord r = rows.get(i);
            c.uscc[i] = r.uscc();
            c.name[i] = r.name();
            c.address[i] = r.address();
            c.industryCode[i] = r.industryCode();
            c.regionCode[i] = r.regionCode();
            c.enterpriseClass[i] = r.enterpriseClass();
            c.grade[i] = r.grade();
            c.managementLevel[i] = r.managementLevel();
            c.competentDepartment[i] = r.competentDepartment();
            c.supervisingDepartment[i] = r.supervisingDepartment();
            c.remark[i] = r.remark();
            c.status[i] = r.status();
            c.featureMask[i] = r.featureMask();
        }
        return c;
    }
}
