package cn.safetygrading.ledger.persistence;

import cn.safetygrading.ledger.domain.EnterpriseEvent;
import java.util.List;

/** A batch of enterprise-file events as one array per column, written with {@code unnest}. */
public record EventColumns(
        String[] uscc, String[] type, String[] actor, String[] summary, String[] details, String[] idempotencyKey) {

    public static EventColumns of(List<EnterpriseEvent> events) {
        int n = events.size();
        EventColumns c = new EventColumns(
                new String[n], new String[n], new String[n], new String[n], new String[n], new String[n]);
        for (int i = 0; i < n; i++) {
            EnterpriseEvent e = events.get(i);
            c.uscc[i] = e.uscc();
            c.type[i] = e.type();
            c.actor[i] = e.actor();
            c.summary[i] = e.summary();
            c.details[i] = e.details();
            c.idempotencyKey[i] = e.idempotencyKey();
        }
        return c;
    }
}
