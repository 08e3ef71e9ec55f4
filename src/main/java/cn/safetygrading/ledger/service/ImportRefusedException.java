package cn.safetygrading.ledger.service;

/** An import refused as a whole, before any row was written, with a Chinese message for the importer. */
public class ImportRefusedException extends RuntimeException {

    /** Why: the file itself, a region that does not exist, or a region outside the importer's scope. */
    public enum Reason { FILE, REGION_UNKNOWN, REGION_FORBIDDEN }

    private final Reason reason;

    public ImportRefusedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
