package cn.safetygrading.notification.service;

import cn.safetygrading.base.Text;
import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.notification.domain.Delivery;
import cn.safetygrading.notification.domain.DeliveryStatus;
import cn.safetygrading.notification.domain.NotificationKind;
import cn.safetygrading.notification.persistence.NotificationMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery job: claims a batch of due deliveries for this node with a lease (a short transaction,
 * {@code FOR UPDATE SKIP LOCKED}, so any number of nodes may poll and each delivery is claimed by one), sends
 * each on its channel outside any transaction and records the outcome. A node that dies leaves its claimed
 * deliveries to the others when the lease ({@code dispatch.lease}) has passed; one it died sending may reach
 * the receiver twice, with the same idempotency key. A failure waits {@code backoff}, doubled per attempt,
 * and after {@code maxAttempts} the delivery is FAILED and shown to administrators. A channel failing never
 * touches the work that caused the message: that was committed long before.
 */
@Component
public class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final NotificationMapper mapper;
    private final Map<String, NotificationChannel> channels;
    private final NotificationSettings settings;
    private final TransactionTemplate tx;
    private final Translations translations;
    private final Clock clock;
    /** This node's name on its claims. */
    private final String owner;

    NotificationDispatcher(
            NotificationMapper mapper,
            List<NotificationChannel> channels,
            NotificationSettings settings,
            TransactionTemplate tx,
            Translations translations,
            Clock clock) {
        this.mapper = mapper;
        this.channels = channels.stream().collect(Collectors.toMap(NotificationChannel::name, Function.identity()));
        this.settings = settings;
        this.tx = tx;
        this.translations = translations;
        this.clock = clock;
        this.owner = nodeName() + "/" + java.util.UUID.randomUUID();
    }

    @Scheduled(
            fixedDelayString = "${app.notifications.dispatch.interval:PT15S}",
            initialDelayString = "${app.notifications.dispatch.initial-delay:PT30S}")
    void poll() {
        if (!settings.dispatch().enabled()) {
            return;
        }
        try {
            while (dispatchDue() == settings.dispatch().batch()) {
                // a full batch: there may be more
            }
        } catch (RuntimeException e) {
            log.warn("notification delivery poll failed", e);
        }
    }

    /** Sends the deliveries due now (one batch); @return how many were taken. */
    public int dispatchDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Duration lease = settings.dispatch().lease();
        long leaseEnd = System.nanoTime() + lease.toNanos();
        List<Delivery> due = tx.execute(status -> mapper.claimDue(
                owner, now, lease.toMillis() / 1000.0, settings.dispatch().batch()));
        if (due == null) {
            return 0;
        }
        for (Delivery delivery : due) {
            // a send may take up to its channel's timeout: one the lease would not cover is given back
            if (System.nanoTime() + settings.sms().timeout().toNanos() > leaseEnd) {
                mapper.release(delivery.id(), owner);
            } else {
                deliver(delivery);
            }
        }
        return due.size();
    }

    private void deliver(Delivery delivery) {
        NotificationChannel channel = channels.get(delivery.channel());
        try {
            if (channel == null || !channel.configured()) {
                throw new IllegalStateException("channel " + delivery.channel() + " is not configured");
            }
            channel.send(delivery, message(delivery));
            if (mapper.sent(delivery.id(), owner, OffsetDateTime.now(clock)) == 0) {
                log.warn("notification delivery {} sent after this node's lease had passed", delivery.id());
            }
        } catch (Exception e) {
            int attempts = delivery.attempts() + 1;
            boolean giveUp = attempts >= settings.dispatch().maxAttempts();
            Duration wait = settings.dispatch().backoff().multipliedBy(1L << Math.min(attempts - 1, 20));
            String error = Text.shorten(e.getClass().getSimpleName() + ": " + e.getMessage(), 500);
            mapper.failed(
                    delivery.id(),
                    owner,
                    giveUp ? DeliveryStatus.FAILED.code() : DeliveryStatus.PENDING.code(),
                    OffsetDateTime.now(clock).plus(wait),
                    error);
            log.warn(
                    "notification delivery {} on {} failed (attempt {}): {}",
                    delivery.id(),
                    delivery.channel(),
                    attempts,
                    error);
        }
    }

    /** This node's name on its claims ({@code locked_by}). */
    public String owner() {
        return owner;
    }

    private static String nodeName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "node";
        }
    }

    private NotificationChannel.OutgoingMessage message(Delivery d) {
        String label =
                translations.getTranslation(NotificationKind.valueOf(d.kind()).labelKey(), Translations.CHINESE);
        String subject = d.title() == null ? label : label + "：" + d.title();
        String link = d.link() == null ? null : settings.baseUrl() + d.link();
        return new NotificationChannel.OutgoingMessage(subject, d.body(), link);
    }
}
