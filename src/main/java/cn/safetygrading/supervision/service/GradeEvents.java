package cn.safetygrading.supervision.service;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Raises a grade-event (contract: message {@code grade-event}, business key the USCC, variables event and note). */
@Component
public class GradeEvents {

    private final RuntimeService runtime;

    public GradeEvents(RuntimeService runtime) {
        this.runtime = runtime;
    }

    public void raise(String uscc, String event, String note) {
        raise(uscc, event, note, null, null);
    }

    /**
     * With the fact behind the event: {@code factRef} names the register entry (e.g. {@code accident:<id>})
     * and {@code occurredOn} the day it happened, which the adjustment's windows count from.
     */
    public void raise(String uscc, String event, String note, String factRef, java.time.LocalDate occurredOn) {
        var correlation = runtime.createMessageCorrelation("grade-event")
                .processInstanceBusinessKey(uscc)
                .setVariable("event", event)
                .setVariable("note", note);
        if (factRef != null) {
            correlation.setVariable("factRef", factRef);
        }
        if (occurredOn != null) {
            correlation.setVariable("occurredOn", occurredOn.toString());
        }
        correlation.correlateStartMessage();
    }
}
