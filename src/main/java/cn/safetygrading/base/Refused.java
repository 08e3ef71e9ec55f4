package cn.safetygrading.base;

/**
 * An action the system declines for a reason the person can fix or should know (a task someone
 * else took, a file of the wrong type, too many objections). The message key says it in the
 * user's language; the detail fills its first placeholder.
 */
public class Refused extends RuntimeException {

    private final String messageKey;

    public Refused(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
