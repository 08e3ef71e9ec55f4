package cn.safetygrading.security.service;

import org.springframework.security.authentication.LockedException;

/**
 * Too many failed logins from this address or for this account: refused for a while, whatever the
 * password. A {@link LockedException}, so Spring publishes an {@code AuthenticationFailureLockedEvent}
 * (the administrators' audit log records it).
 */
public class LoginThrottledException extends LockedException {

    private final long minutes;

    public LoginThrottledException(long minutes) {
        super("login throttled for " + minutes + " minutes");
        this.minutes = minutes;
    }

    /** Whole minutes until the next attempt is accepted (at least 1). */
    public long minutes() {
        return minutes;
    }
}
