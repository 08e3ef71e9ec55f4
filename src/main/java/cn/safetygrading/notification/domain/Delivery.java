package cn.safetygrading.notification.domain;

import java.time.OffsetDateTime;

/** One message on one outgoing channel, with the message it carries. */
public record Delivery(
        long id,
        long notificationId,
        String channel,
        String address,
        String status,
        int attempts,
        OffsetDateTime nextAttemptAt,
        String lastError,
        OffsetDateTime sentAt,
        String recipient,
        String kind,
        String title,
        String body,
        String link) {}
