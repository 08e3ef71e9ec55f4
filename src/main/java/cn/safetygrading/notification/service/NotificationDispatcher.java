package cn.safetygrading.notification.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.notification.domain.Delivery;
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
 * The delivery job: takes due deliveries with {@code FOR UPDATE SKIP LOCKED} (so any number of nodes may
 * poll, each delivery is taken by one), sends each on its channel and records the outcome in the same
 * transaction. A failure waits {@code backoff}, doubled per attempt, and after {@code maxAttempts} the
 * delivery is FAILED and shown to administrators. A channel failing never touches the work that caused
 * the message: that was committed long before.
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
    }

    @Scheduled(fixedDelayString = "${app.notifications.dispatch.interval:PT15S}", initialDelayString = "PT30S")
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
        Integer taken = tx.execute(status -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<Delivery> due = mapper.lockDue(now, settings.dispatch().batch());
            due.forEach(d -> deliver(d, now));
            return due.size();
        });
        return taken == null ? 0 : taken;
    }

    private void deliver(Delivery delivery, OffsetDateTime now) {
        NotificationChannel channel = channels.get(delivery.channel());
        try {
            if (channel == null || !channel.configured()) {
                throw new IllegalStateException("channel " + delivery.channel() + " is not configured");
            }
            channel.send(delivery, message(delivery));
            mapper.sent(delivery.id(), now);
        } catch (Exception e) {
            int attempts = delivery.attempts() + 1;
            boolean giveUp = attempts >= settings.dispatch().maxAttempts();
            Duration wait = settings.dispatch().backoff().multipliedBy(1L << Math.min(attempts - 1, 20));
            String error = NotificationService.cut(e.getClass().getSimpleName() + ": " + e.getMessage(), 500);
            mapper.failed(delivery.id(), giveUp ? "FAILED" : "PENDING", now.plus(wait), error);
            log.warn(
                    "notification delivery {} on {} failed (attempt {}): {}",
                    delivery.id(),
                    delivery.channel(),
                    attempts,
                    error);
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
