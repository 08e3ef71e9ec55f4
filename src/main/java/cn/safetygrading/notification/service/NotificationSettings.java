package cn.safetygrading.notification.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code app.notifications.*}: the delivery job and the outgoing channels (all off by default but in-app).
 *
 * @param baseUrl    the platform's public address, put before the links in e-mails and SMS
 * @param dispatch   the delivery job
 * @param mail       e-mail (the SMTP server itself is {@code spring.mail.*})
 * @param sms        the SMS/政务 messaging gateway, an HTTP webhook
 */
@ConfigurationProperties("app.notifications")
public record NotificationSettings(
        @DefaultValue("") String baseUrl,
        @DefaultValue Dispatch dispatch,
        @DefaultValue Mail mail,
        @DefaultValue Sms sms) {

    /**
     * @param enabled     whether this node polls the outbox (any number of nodes may)
     * @param batch       deliveries taken per poll
     * @param backoff     wait after the first failure, doubled after each further one
     * @param maxAttempts attempts before a delivery is given up (FAILED, shown to administrators)
     * @param lease       how long a node's claim on a batch lasts; a node that dies with claimed deliveries
     *                    leaves them to the others once it has passed. Longer than a batch takes to send.
     */
    public record Dispatch(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("50") int batch,
            @DefaultValue("PT1M") Duration backoff,
            @DefaultValue("6") int maxAttempts,
            @DefaultValue("PT10M") Duration lease) {}

    /** @param from the sender address; the channel is on when {@code spring.mail.host} is set */
    public record Mail(@DefaultValue("noreply@localhost") String from) {}

    /** @param url the gateway's endpoint, empty = off; @param token sent as a bearer token if set */
    public record Sms(
            @DefaultValue("") String url,
            @DefaultValue("") String token,
            @DefaultValue("PT10S") Duration timeout) {}
}
