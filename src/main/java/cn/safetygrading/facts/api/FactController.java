package cn.safetygrading.facts.api;

import cn.safetygrading.facts.domain.FactEntry;
import cn.safetygrading.facts.domain.Register;
import cn.safetygrading.facts.service.FactNotFound;
import cn.safetygrading.facts.service.FactService;
import cn.safetygrading.security.service.CurrentAccount;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The fact registers over HTTP (contract.md, docs/api.md): {@code POST} a new entry ({@code 201
 * {"id"}}), {@code POST …/{id}/correction} a superseding one, {@code GET} the entries; risk facts by
 * {@code PUT}. Registers: accidents, penalties, commendations, standardization, dual-prevention,
 * risk-facts, credit-facts.
 */
@RestController
@RequestMapping("/api/enterprises/{uscc}")
public class FactController {

    private final FactService facts;
    private final CurrentAccount current;

    public FactController(FactService facts, CurrentAccount current) {
        this.facts = facts;
        this.current = current;
    }

    /** One entry: the frame, and the register's own fields by their JSON names. */
    public record EntryJson(
            String id,
            LocalDate occurredOn,
            String documentNo,
            String recordedBy,
            String recordedByName,
            OffsetDateTime recordedAt,
            String supersededBy,
            String gradeEvent,
            Map<String, Object> fields) {

        static EntryJson of(FactEntry e) {
            return new EntryJson(
                    e.id(),
                    e.occurredOn(),
                    e.documentNo(),
                    e.recordedBy(),
                    e.recordedByName(),
                    e.recordedAt(),
                    e.supersededBy(),
                    e.gradeEvent(),
                    e.values());
        }
    }

    public record Created(String id) {}

    @GetMapping("/{register:accidents|penalties|commendations|standardization|dual-prevention|risk-facts|credit-facts}")
    public List<EntryJson> list(@PathVariable String uscc, @PathVariable String register) {
        return facts.list(current.require(), uscc, register(register)).stream()
                .map(EntryJson::of)
                .toList();
    }

    @PostMapping("/{register:accidents|penalties|commendations|standardization|dual-prevention|credit-facts}")
    @ResponseStatus(HttpStatus.CREATED)
    public Created record(
            @PathVariable String uscc,
            @PathVariable String register,
            @RequestBody(required = false) Map<String, Object> body) {
        return new Created(facts.record(current.require(), uscc, register(register), body));
    }

    @PutMapping("/risk-facts")
    @ResponseStatus(HttpStatus.CREATED)
    public Created riskFacts(@PathVariable String uscc, @RequestBody(required = false) Map<String, Object> body) {
        return new Created(facts.putRiskFacts(current.require(), uscc, body));
    }

    @PostMapping(
            "/{register:accidents|penalties|commendations|standardization|dual-prevention|risk-facts|credit-facts}/{id}/correction")
    @ResponseStatus(HttpStatus.CREATED)
    public Created correct(
            @PathVariable String uscc,
            @PathVariable String register,
            @PathVariable String id,
            @RequestBody(required = false) Map<String, Object> body) {
        return new Created(facts.correct(current.require(), uscc, register(register), id, body));
    }

    private static Register register(String path) {
        return Register.ofPath(path).orElseThrow(() -> new FactNotFound(path));
    }
}
