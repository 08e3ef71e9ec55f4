package cn.safetygrading.notification.domain;

import java.time.OffsetDateTime;

/** One message in a user's message centre. */
public record Notification(
        long id,
        String recipient,
        String kind,
        String title,
        String body,
        String link,
        String sourceRef,
        OffsetDateTime createdAt,
        OffsetDateTime readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
