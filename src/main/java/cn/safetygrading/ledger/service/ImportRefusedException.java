package cn.safetygrading.ledger.service;

/** An import refused as a whole, before any row was written, with a Chinese message for the importer. */
public class ImportRefusedException extends RuntimeException {

    /**
     * Why: the file itself, a file beyond the import's limits, a region that does not exist, a region
     * outside the importer's scope, or another import running on this node.
     */
    public enum Reason {
        FILE,
        TOO_LARGE,
        REGION_UNKNOWN,
        REGION_FORBIDDEN,
        BUSY
    }

    private final Reason reason;

    public ImportRefusedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
