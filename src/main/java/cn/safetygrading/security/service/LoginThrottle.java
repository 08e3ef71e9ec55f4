package cn.safetygrading.security.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing instead of locking accounts: per client address and per account, the
 * first failures are free, each further failure blocks the key for a growing time (doubling from
 * {@code base-delay} up to {@code max-delay}); a blocked key is refused whatever the password, and
 * failures are forgotten after {@code forget-after} without one. Nothing is ever locked for good.
 * Kept in memory on each node (a cluster node counts its own attempts).
 */
@Component
public class LoginThrottle {

    private static final int MAX_KEYS = 100_000;

    private final int accountFreeFailures;
    private final int addressFreeFailures;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile Clock clock;

    public LoginThrottle(
            Clock clock,
            @Value("${app.security.login-throttle.account-free-failures:5}") int accountFreeFailures,
            @Value("${app.security.login-throttle.address-free-failures:20}") int addressFreeFailures,
            @Value("${app.security.login-throttle.base-delay:1m}") Duration baseDelay,
            @Value("${app.security.login-throttle.max-delay:15m}") Duration maxDelay,
            @Value("${app.security.login-throttle.forget-after:1h}") Duration forgetAfter) {
        this.clock = clock;
        this.accountFreeFailures = accountFreeFailures;
        this.addressFreeFailures = addressFreeFailures;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
    }

    /** Tests move time on. */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    /** Refuses the attempt if the account or the address is blocked right now. */
    public void check(String userId, String address) {
        Instant now = clock.instant();
        Instant until = later(blockedUntil(accountKey(userId), now), blockedUntil(addressKey(address), now));
        if (until != null) {
            long seconds = Duration.between(now, until).toSeconds();
            throw new LoginThrottledException(Math.max(1, (seconds + 59) / 60));
        }
    }

    public void failed(String userId, String address) {
        Instant now = clock.instant();
        if (entries.size() > MAX_KEYS) {
            entries.values().removeIf(e -> e.forgotten(now, forgetAfter));
        }
        record(accountKey(userId), accountFreeFailures, now);
        record(addressKey(address), addressFreeFailures, now);
    }

    /** A successful login clears its account's failures (not the address's: one good account must not reset guessing). */
    public void succeeded(String userId) {
        entries.remove(accountKey(userId));
    }

    private Instant blockedUntil(String key, Instant now) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        return entry.blockedUntil != null && now.isBefore(entry.blockedUntil) ? entry.blockedUntil : null;
    }

    private void record(String key, int freeFailures, Instant now) {
        entries.compute(key, (k, old) -> {
            Entry entry = old == null || old.forgotten(now, forgetAfter) ? new Entry() : old;
            entry.failures++;
            entry.lastFailure = now;
            int over = entry.failures - freeFailures;
            if (over > 0) {
                Duration delay = baseDelay.multipliedBy(1L << Math.min(over - 1, 20));
                entry.blockedUntil = now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
            }
            return entry;
        });
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String accountKey(String userId) {
        return "account:" + (userId == null ? "" : userId.trim().toLowerCase(java.util.Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }

    private static final class Entry {
        int failures;
        Instant lastFailure;
        Instant blockedUntil;

        boolean forgotten(Instant now, Duration forgetAfter) {
            Instant end = blockedUntil != null && blockedUntil.isAfter(lastFailure) ? blockedUntil : lastFailure;
            return end.plus(forgetAfter).isBefore(now);
        }
    }
}
