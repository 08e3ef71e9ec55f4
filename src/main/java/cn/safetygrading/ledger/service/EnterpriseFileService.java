package cn.safetygrading.ledger.service;

import cn.safetygrading.ledger.domain.EnterpriseEvent;
import cn.safetygrading.ledger.persistence.EnterpriseEventMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes to the enterprise file (一企一档). Appends only; an event carries an idempotency key so a
 * retried job or a repeated request records it once. Joins the caller's transaction, so an event
 * written by a delegate rolls back with the process step that wrote it.
 */
@Service
public class EnterpriseFileService {

    private final EnterpriseEventMapper events;
    private final Clock clock;

    public EnterpriseFileService(EnterpriseEventMapper events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Returns true when the event was recorded, false when its key had been recorded before. */
    @Transactional(propagation = Propagation.REQUIRED)
    public boolean record(
            String uscc, String type, String actor, String summary, String detailsJson, String idempotencyKey) {
        return events.append(new EnterpriseEvent(
                        null, uscc, OffsetDateTime.now(clock), type, actor, summary, detailsJson, idempotencyKey))
                == 1;
    }
}
