package cn.safetygrading.grading.service;

import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Who may raise which grade event, for the API and the enterprise file's 等级变动 tab: a manager (or an
 * administrator) any ground for an enterprise in scope; any other official in scope only the four grounds
 * that wait for a manager's confirmation. The event goes in as the message {@code grade-event}.
 */
@Service
public class GradeAdjustmentProposals {

    /** A refused request: HTTP-like status, the field (or null) and the grading bundle's key. */
    public static class Refused extends RuntimeException {
        private final int status;
        private final String field;
        private final String key;

        Refused(int status, String field, String key) {
            super(GradeAdjustmentService.text(key));
            this.status = status;
            this.field = field;
            this.key = key;
        }

        public int status() {
            return status;
        }

        public String field() {
            return field;
        }

        public String key() {
            return key;
        }
    }

    /** What became of a raised event: pending a confirmation, or applied/refused at once. */
    public record Raised(
            String processInstanceId, boolean pending, Boolean adjusted, String newGrade, String refusal) {}

    private final LedgerService ledger;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final Clock clock;

    public GradeAdjustmentProposals(LedgerService ledger, RuntimeService runtime, HistoryService history, Clock clock) {
        this.ledger = ledger;
        this.runtime = runtime;
        this.history = history;
        this.clock = clock;
    }

    /** Whether the account may raise the event at all (an official; the ground by its role). */
    public static boolean mayRaise(Account account, String event) {
        if (account == null || account.isEnterprise()) {
            return false;
        }
        if (account.isAdmin() || account.has(Role.MANAGER)) {
            return known(event);
        }
        return GradeAdjustmentService.CONFIRMED_GROUNDS.contains(event);
    }

    private static boolean known(String event) {
        return GradeAdjustmentService.ACCIDENTS.contains(event)
                || GradeAdjustmentService.DOWNGRADES.contains(event)
                || GradeAdjustmentService.UPGRADES.contains(event);
    }

    public Raised raise(Account account, String uscc, String rawEvent, String rawNote, String rawOccurredOn) {
        if (account == null
                || account.isEnterprise()
                || account.roles().stream().noneMatch(Role::isOfficial)) {
            throw new Refused(403, null, "grading.adjustment.api.forbidden");
        }
        if (ledger.find(account, uscc).isEmpty()) {
            throw new Refused(404, null, "grading.adjustment.api.notInScope");
        }
        String event = rawEvent == null ? "" : rawEvent.strip();
        if (!known(event)) {
            throw new Refused(400, "event", "grading.adjustment.api.event");
        }
        if (!mayRaise(account, event)) {
            throw new Refused(403, "event", "grading.adjustment.api.managerOnly");
        }
        String note = rawNote == null ? "" : rawNote.strip();
        if (note.isEmpty() || note.length() > 2000) {
            throw new Refused(400, "note", "grading.adjustment.api.note");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate occurredOn = today;
        if (rawOccurredOn != null && !rawOccurredOn.isBlank()) {
            try {
                occurredOn = LocalDate.parse(rawOccurredOn.strip());
            } catch (DateTimeParseException e) {
                throw new Refused(400, "occurredOn", "grading.adjustment.api.occurredOnFormat");
            }
            if (occurredOn.isAfter(today)) {
                throw new Refused(400, "occurredOn", "grading.adjustment.api.occurredOnFuture");
            }
        }
        ProcessInstance pi = runtime.createMessageCorrelation("grade-event")
                .processInstanceBusinessKey(uscc)
                .setVariable("event", event)
                .setVariable("note", note)
                .setVariable("occurredOn", occurredOn.toString())
                .setVariable("raisedBy", account.userId())
                .correlateStartMessage();
        if (GradeAdjustmentService.CONFIRMED_GROUNDS.contains(event)) {
            return new Raised(pi.getId(), true, null, null, null);
        }
        Map<String, Object> vars = runtime.createProcessInstanceQuery()
                                .processInstanceId(pi.getId())
                                .count()
                        == 0
                ? historic(pi.getId())
                : runtime.getVariables(pi.getId());
        return new Raised(pi.getId(), false, (Boolean) vars.get("adjusted"), (String) vars.get("newGrade"), (String)
                vars.get("refusal"));
    }

    private Map<String, Object> historic(String processInstanceId) {
        Map<String, Object> vars = new LinkedHashMap<>();
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId)
                .variableNameIn("adjusted", "newGrade", "refusal")
                .list()) {
            vars.put(v.getName(), v.getValue());
        }
        return vars;
    }
}
