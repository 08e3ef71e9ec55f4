package cn.safetygrading.notification.domain;

import cn.safetygrading.base.Codes;
import java.util.List;
import java.util.Optional;

/**
 * How a notification delivery stands ({@code notification_delivery.status}, V37): pending (due or leased), sent, or
 * failed (given up after the last attempt; an administrator may retry). Stored by its code, the name.
 */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED;

    /** The stored form: "PENDING", "SENT", "FAILED". */
    public String code() {
        return name();
    }

    /** The bundle's label key: notification.status.&lt;code&gt;. */
    public String labelKey() {
        return "notification.status." + name();
    }

    /** Whether a stored code (or null) is this one. */
    public boolean is(String code) {
        return name().equals(code);
    }

    /** The value of a stored code, exactly as stored; empty for null or anything else. */
    public static Optional<DeliveryStatus> of(String code) {
        return Codes.of(DeliveryStatus.class, code);
    }

    /** All codes in declaration order. */
    public static List<String> codes() {
        return Codes.all(DeliveryStatus.class);
    }
}
