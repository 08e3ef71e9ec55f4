package cn.safetygrading.ledger.domain;

import cn.safetygrading.base.Codes;
import java.util.Optional;

/**
 * How a ledger import run stands ({@code ledger_import.status}, V4): running, done, refused (the file was not a
 * ledger, nothing imported) or failed (cut off by an error, a stop or a crash; what went in stays). Stored by its
 * code, the name.
 */
public enum ImportStatus {
    RUNNING,
    DONE,
    REFUSED,
    FAILED;

    /** The stored form: "RUNNING", "DONE", "REFUSED" or "FAILED". */
    public String code() {
        return name();
    }

    /** The status of a stored code, exactly as stored; empty for null or anything else. */
    public static Optional<ImportStatus> of(String code) {
        return Codes.of(ImportStatus.class, code);
    }
}
