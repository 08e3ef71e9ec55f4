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
        runtime.createMessageCorrelation("grade-event").processInstanceBusinessKey(uscc)
                .setVariable("event", event).setVariable("note", note).correlateStartMessage();
    }
}
