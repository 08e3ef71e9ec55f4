package cn.safetygrading.base.db;

/** The database could not be reached or started; reported as one clear startup error. */
public class DatabaseStartupException extends RuntimeException {

    public DatabaseStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
