package cn.safetygrading.grading.api;

import cn.safetygrading.grading.service.GradeAdjustmentService;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The product door for grade events (contract: message {@code grade-event}): a manager (or an administrator)
 * raises one of the contract's events for an enterprise in scope, with a written note. /engine-rest stays
 * closed to them. An enterprise account gets 403, an enterprise outside the scope 404, bad input 400 naming
 * the field. Seed 000's grounds that need a manager's confirmation are not taken here (yet).
 */
@RestController
@RequestMapping("/api/enterprises")
public class GradeEventController {

    /** {"event": "...", "note": "...", "occurredOn": "YYYY-MM-DD" (optional, default today)}. */
    public record GradeEventJson(String event, String note, String occurredOn) {
    }

    private final LedgerService ledger;
    private final CurrentAccount current;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final Clock clock;

    public GradeEventController(LedgerService ledger, CurrentAccount current, RuntimeService runtime,
                                HistoryService history, Clock clock) {
        this.history = history;
        this.ledger = ledger;
        this.current = current;
        this.runtime = runtime;
        this.clock = clock;
    }

    @PostMapping("/{uscc}/grade-events")
    public ResponseEntity<Map<String, Object>> raise(@PathVariable String uscc, @RequestBody(required = false) GradeEventJson body) {
        Account account = current.require();
        if (account.isEnterprise() || !(account.isAdmin() || account.has(Role.MANAGER))) {
            return error(HttpStatus.FORBIDDEN, null, "只有分管负责人可以提出等级调整事由");
        }
        if (ledger.find(account, uscc).isEmpty()) {
            return error(HttpStatus.NOT_FOUND, null, "您的监管范围内没有该企业");
        }
        String event = body == null || body.event() == null ? null : body.event().strip();
        if (event == null || event.isEmpty() || GradeAdjustmentService.CONFIRMED_GROUNDS.contains(event)
                || !(GradeAdjustmentService.ACCIDENTS.contains(event) || GradeAdjustmentService.DOWNGRADES.contains(event)
                     || GradeAdjustmentService.UPGRADES.contains(event))) {
            return error(HttpStatus.BAD_REQUEST, "event", "调整事由不在可直接提出的事由之列");
        }
        String note = body.note() == null ? "" : body.note().strip();
        if (note.isEmpty() || note.length() > 2000) {
            return error(HttpStatus.BAD_REQUEST, "note", "请填写调整理由（不超过 2000 字）");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate occurredOn = today;
        if (body.occurredOn() != null && !body.occurredOn().isBlank()) {
            try {
                occurredOn = LocalDate.parse(body.occurredOn().strip());
            } catch (DateTimeParseException e) {
                return error(HttpStatus.BAD_REQUEST, "occurredOn", "发生日期格式应为 YYYY-MM-DD");
            }
            if (occurredOn.isAfter(today)) {
                return error(HttpStatus.BAD_REQUEST, "occurredOn", "发生日期不能晚于今日");
            }
        }
        ProcessInstance pi = runtime.createMessageCorrelation("grade-event").processInstanceBusinessKey(uscc)
                .setVariable("event", event).setVariable("note", note).setVariable("occurredOn", occurredOn.toString())
                .setVariable("raisedBy", account.userId()).correlateStartMessage();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", pi.getId());
        Map<String, Object> vars = runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count() == 0
                ? historic(pi.getId()) : runtime.getVariables(pi.getId());
        out.put("adjusted", vars.get("adjusted"));
        out.put("newGrade", vars.get("newGrade"));
        out.put("refusal", vars.get("refusal"));
        return ResponseEntity.status(HttpStatus.CREATED).body(out);
    }

    private Map<String, Object> historic(String processInstanceId) {
        Map<String, Object> vars = new LinkedHashMap<>();
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableNameIn("adjusted", "newGrade", "refusal").list()) {
            vars.put(v.getName(), v.getValue());
        }
        return vars;
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String field, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (field != null) {
            body.put("field", field);
        }
        body.put("message", message);
        return ResponseEntity.status(status).body(body);
    }
}
