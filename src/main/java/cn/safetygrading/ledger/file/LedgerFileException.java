package cn.safetygrading.ledger.file;

import java.util.Arrays;

/**
 * The file as a whole is refused (not what it claims to be, unsafe, or no ledger header). Carries an
 * i18n key and its arguments; the service turns it into a Chinese message.
 */
public class LedgerFileException extends Exception {

    private final String key;
    private final transient Object[] args;

    public LedgerFileException(String key, Object... args) {
        super(key + Arrays.toString(args));
        this.key = key;
        this.args = args;
    }

    public LedgerFileException(Throwable cause, String key, Object... args) {
        super(key + Arrays.toString(args), cause);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
