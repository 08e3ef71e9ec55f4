package cn.safetygrading.notification.service;

import cn.safetygrading.notification.domain.Delivery;

/** An outgoing channel beside in-app (which is the notification row itself). */
public interface NotificationChannel {

    /** The {@code notification_delivery.channel} value this channel sends. */
    String name();

    /** Whether the channel is configured on this node. */
    boolean configured();

    /**
     * Sends one message; throws if it was not accepted (the delivery is then retried). The delivery id
     * goes with the message (Message-ID, Idempotency-Key) so that a receiver can drop a repeat.
     */
    void send(Delivery delivery, OutgoingMessage message) throws Exception;

    /** What a channel sends: subject and text in Chinese, link absolute. */
    record OutgoingMessage(String subject, String text, String link) {}
}
