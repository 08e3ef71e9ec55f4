package cn.safetygrading.ledger.api;

import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.domain.EnterpriseEvent;
import cn.safetygrading.ledger.domain.EnterpriseFilter;
import cn.safetygrading.ledger.domain.EnterpriseStatus;
import cn.safetygrading.ledger.domain.LedgerRecord;
import cn.safetygrading.ledger.domain.RiskFeature;
import cn.safetygrading.ledger.service.ClassificationService;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.ledger.service.WatchList;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.service.CurrentAccount;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The ledger's enterprises and their files over HTTP, cut to the caller's scope: an enterprise outside
 * it does not exist (404), so USCCs cannot be probed.
 */
@RestController
@RequestMapping("/api/enterprises")
public class EnterpriseController {

    private final LedgerService ledger;
    private final ClassificationService classification;
    private final CurrentAccount current;
    private final ObjectMapper json;
    private final WatchList watchList;

    public EnterpriseController(
            LedgerService ledger,
            ClassificationService classification,
            CurrentAccount current,
            ObjectMapper json,
            WatchList watchList) {
        this.watchList = watchList;
        this.ledger = ledger;
        this.classification = classification;
        this.current = current;
        this.json = json;
    }

    /**
     * Contract: at least uscc, name, enterpriseClass ({@code EnterpriseClass} code "I"/"II"), grade, region. Also the risk features
     * (by their decision input names), 备注, the departments and the credit grade
     * the fact registers decided (a…d, or null).
     */
    public record EnterpriseJson(
            String uscc,
            String name,
            String enterpriseClass,
            String grade,
            String region,
            String regionName,
            String address,
            String industryCode,
            String managementLevel,
            String riskLevel,
            String status,
            List<String> riskFeatures,
            String remark,
            String competentDepartment,
            String supervisingDepartment,
            String creditGrade,
            LocalDate watchUntil) {

        static EnterpriseJson of(Enterprise e, LedgerRecord r) {
            return of(e, r, null);
        }

        /** With the last day of its watch period (重点关注期), null when not watched. */
        static EnterpriseJson of(Enterprise e, LedgerRecord r, LocalDate watchUntil) {
            return new EnterpriseJson(
                    e.uscc(),
                    e.name(),
                    e.enterpriseClass(),
                    e.grade(),
                    e.regionCode(),
                    e.regionName(),
                    e.address(),
                    e.industryCode(),
                    e.managementLevel(),
                    e.riskLevel(),
                    e.status(),
                    r == null
                            ? List.of()
                            : r.features().stream()
                                    .sorted()
                                    .map(RiskFeature::variable)
                                    .toList(),
                    e.remark(),
                    e.competentDepartment(),
                    e.supervisingDepartment(),
                    e.creditGrade() == null ? null : e.creditGrade().strip(),
                    watchUntil);
        }
    }

    public record Page(long total, List<EnterpriseJson> items) {}

    public record EventJson(OffsetDateTime time, String type, String actor, String summary, JsonNode details) {}

    /** A correction of the risk features ({@code riskFeatures}: decision input names) and, optionally, the status. */
    public record Classification(List<String> riskFeatures, String status) {}

    @GetMapping
    public Page list(
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String industry,
            @RequestParam(name = "class", required = false) String enterpriseClass,
            @RequestParam(required = false) String grade,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "uscc") String sort,
            @RequestParam(defaultValue = "false") boolean desc,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        Account account = current.require();
        EnterpriseFilter filter = new EnterpriseFilter(text, region, industry, enterpriseClass, grade, status);
        List<EnterpriseJson> items = ledger.page(account, filter, sort, desc, offset, limit).stream()
                .map(e -> EnterpriseJson.of(e, null))
                .toList();
        return new Page(ledger.count(account, filter), items);
    }

    @GetMapping("/{uscc}")
    public EnterpriseJson get(@PathVariable String uscc) {
        Account account = current.require();
        return ledger.find(account, uscc)
                .map(e -> EnterpriseJson.of(
                        e,
                        ledger.record(account, uscc).orElse(null),
                        watchList.watchUntil(uscc).orElse(null)))
                .orElseThrow(EnterpriseController::notFound);
    }

    /** 一企一档: the enterprise's file, newest first. */
    @GetMapping("/{uscc}/events")
    public List<EventJson> events(
            @PathVariable String uscc,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit) {
        Account account = current.require();
        if (ledger.find(account, uscc).isEmpty()) {
            throw notFound();
        }
        return ledger.timeline(account, uscc, offset, limit).stream()
                .map(this::event)
                .toList();
    }

    /** A reviewer corrects the risk features; the class follows from the decision. */
    @PutMapping("/{uscc}/classification")
    public EnterpriseJson classify(@PathVariable String uscc, @RequestBody Classification body) {
        Account account = current.require();
        Set<RiskFeature> features = EnumSet.noneOf(RiskFeature.class);
        try {
            if (body.riskFeatures() != null) {
                body.riskFeatures().forEach(v -> features.add(RiskFeature.ofVariable(v)));
            }
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        if (body.status() != null && !EnterpriseStatus.known(body.status())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown status " + body.status());
        }
        if (!ClassificationService.mayCorrect(account)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "only reviewers and managers correct the classification");
        }
        classification.correct(account, uscc, features, body.status()).orElseThrow(EnterpriseController::notFound);
        return get(uscc);
    }

    private EventJson event(EnterpriseEvent e) {
        JsonNode details = null;
        if (e.details() != null) {
            try {
                details = json.readTree(e.details());
            } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                details = json.getNodeFactory().textNode(e.details());
            }
        }
        return new EventJson(e.occurredAt(), e.type(), e.actor(), e.summary(), details);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such enterprise in your scope");
    }
}
