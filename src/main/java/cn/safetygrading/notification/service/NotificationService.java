package cn.safetygrading.notification.service;

import cn.safetygrading.base.Text;
import cn.safetygrading.notification.domain.Delivery;
import cn.safetygrading.notification.domain.Notification;
import cn.safetygrading.notification.domain.NotificationKind;
import cn.safetygrading.notification.domain.Preference;
import cn.safetygrading.notification.persistence.NotificationMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notifications into the outbox in the caller's transaction (a rollback of the work takes the
 * notification with it) and reads a user's message centre. Deliveries on the user's other channels are
 * written with the notification (database trigger of V37) and sent later by {@link NotificationDispatcher}.
 */
@Service
public class NotificationService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{5,20}");

    private final NotificationMapper mapper;
    private final Clock clock;

    public NotificationService(NotificationMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Tells each recipient once about {@code sourceRef}; a repeated call (a retried job, a repeated request)
     * is ignored. Joins the caller's transaction.
     *
     * @return how many new notifications were written
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int notify(
            Collection<String> recipients,
            NotificationKind kind,
            String title,
            String body,
            String link,
            String sourceRef) {
        String[] distinct = recipients.stream().distinct().toArray(String[]::new);
        if (distinct.length == 0) {
            return 0;
        }
        return mapper.insert(
                distinct,
                kind.name(),
                Text.shorten(title, 200),
                Text.shorten(body, 1000),
                link,
                Text.shorten(sourceRef, 200),
                OffsetDateTime.now(clock));
    }

    /**
     * Reminds every enterprise of the campaign that has not submitted its self-assessment (each of its accounts),
     * in one statement, whatever the campaign's size. {@code reminder} names this reminder (e.g. the days left):
     * the same reminder never reaches an account twice.
     *
     * @return the messages queued
     */
    @Transactional
    public int remindSelfAssessment(String campaignId, String reminder, String title, String body) {
        return mapper.remindSelfAssessment(
                campaignId,
                Text.shorten(title, 200),
                Text.shorten(body, 1000),
                Text.shorten("self-assessment-reminder:" + campaignId + ":" + reminder, 200),
                OffsetDateTime.now(clock));
    }

    public List<Notification> page(String userId, long offset, int limit) {
        return mapper.page(userId, offset, limit);
    }

    public long count(String userId) {
        return mapper.count(userId);
    }

    public long unread(String userId) {
        return mapper.unread(userId);
    }

    @Transactional
    public void markRead(String userId, long id) {
        mapper.markRead(userId, id, OffsetDateTime.now(clock));
    }

    @Transactional
    public void markAllRead(String userId) {
        mapper.markAllRead(userId, OffsetDateTime.now(clock));
    }

    public Preference preference(String userId) {
        return mapper.preference(userId).orElse(Preference.inAppOnly(userId));
    }

    /** @throws IllegalArgumentException naming the field ("email", "phone") that is missing or malformed */
    @Transactional
    public void savePreference(Preference preference) {
        String email = Text.blankToNull(preference.email());
        String phone = Text.blankToNull(preference.phone());
        if (email != null && !EMAIL.matcher(email).matches() || preference.byEmail() && email == null) {
            throw new IllegalArgumentException("email");
        }
        if (phone != null && !PHONE.matcher(phone).matches() || preference.bySms() && phone == null) {
            throw new IllegalArgumentException("phone");
        }
        mapper.savePreference(
                new Preference(preference.userId(), email, phone, preference.byEmail(), preference.bySms()));
    }

    // --- administrators

    public List<Delivery> deliveries(String status, long offset, int limit) {
        return mapper.deliveries(status, offset, limit);
    }

    public long countDeliveries(String status) {
        return mapper.countDeliveries(status);
    }

    @Transactional
    public boolean retry(long deliveryId) {
        return mapper.retry(deliveryId, OffsetDateTime.now(clock)) == 1;
    }
}
