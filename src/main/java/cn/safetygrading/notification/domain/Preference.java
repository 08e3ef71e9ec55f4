package cn.safetygrading.notification.domain;

/** The channels a user chose beside in-app. */
public record Preference(String userId, String email, String phone, boolean byEmail, boolean bySms) {

    public static Preference inAppOnly(String userId) {
        return new Preference(userId, null, null, false, false);
    }
}
