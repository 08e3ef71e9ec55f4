package cn.safetygrading.ledger.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.base.json.Json;
import cn.safetygrading.ledger.domain.EnterpriseClass;
import cn.safetygrading.ledger.domain.EnterpriseStatus;
import cn.safetygrading.ledger.domain.LedgerRecord;
import cn.safetygrading.ledger.domain.RiskFeature;
import cn.safetygrading.ledger.domain.RiskRemarks;
import cn.safetygrading.ledger.persistence.LedgerMapper;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Class Ⅰ/Ⅱ (domain §3) through the contract's {@code enterprise-class} decision, evaluated by the
 * engine's DecisionService (so a redeployed table applies at once and every evaluation is in the
 * decision history); and the reviewers' corrections of the risk features, after which the class follows.
 */
@Service
public class ClassificationService {

    public static final String DECISION = "enterprise-class";
    public static final String EVENT_CLASSIFIED = "CLASSIFIED";
    public static final String EVENT_CHANGED = "CHANGED";

    private final DecisionService decisions;
    private final LedgerMapper ledger;
    private final ScopeService scopes;
    private final EnterpriseFileService file;
    private final ObjectMapper json;
    private final Translations translations;
    private final Clock clock;

    public ClassificationService(
            DecisionService decisions,
            LedgerMapper ledger,
            ScopeService scopes,
            EnterpriseFileService file,
            ObjectMapper json,
            Translations translations,
            Clock clock) {
        this.decisions = decisions;
        this.ledger = ledger;
        this.scopes = scopes;
        this.file = file;
        this.json = json;
        this.translations = translations;
        this.clock = clock;
    }

    /** "I" or "II" for these features; a table that answers nothing is an error, never a default. */
    public String decide(Set<RiskFeature> features) {
        VariableMap variables = Variables.createVariables();
        for (RiskFeature f : RiskFeature.values()) {
            variables.putValue(f.variable(), features.contains(f));
        }
        DmnDecisionResultEntries result = decisions
                .evaluateDecisionByKey(DECISION)
                .variables(variables)
                .evaluate()
                .getSingleResult();
        Object value = result == null ? null : result.getEntry("enterpriseClass");
        return EnterpriseClass.of(value instanceof String code ? code : null)
                .orElseThrow(() -> new IllegalStateException("decision " + DECISION + " gave no class for " + features))
                .code();
    }

    /**
     * A classifier for one import: the decision depends only on the twelve flags (4,096 combinations),
     * so each combination met is evaluated once through the engine and then remembered for the import.
     */
    public Function<Set<RiskFeature>, String> classifier() {
        Map<Integer, String> seen = new ConcurrentHashMap<>();
        return features -> seen.computeIfAbsent(RiskFeature.mask(features), m -> decide(features));
    }

    /** Whether the account may correct risk features and status (reviewers and managers, administrators). */
    public static boolean mayCorrect(Account account) {
        return account != null
                && !account.isEnterprise()
                && (account.has(Role.REVIEWER) || account.has(Role.MANAGER) || account.isAdmin());
    }

    /**
     * A reviewer's correction: new risk features (and optionally a new status). The class follows from the
     * decision, a class-Ⅰ 备注 is rewritten from the features, and the enterprise file records who changed
     * what, before and after. Empty when the enterprise is not in the account's scope.
     */
    @Transactional
    public Optional<LedgerRecord> correct(Account account, String uscc, Set<RiskFeature> features, String status) {
        if (!mayCorrect(account)) {
            throw new AccessDeniedException("only reviewers and managers correct the classification");
        }
        if (status != null && !EnterpriseStatus.known(status)) {
            throw new IllegalArgumentException("unknown status " + status);
        }
        Optional<LedgerRecord> found = ledger.find(scopes.of(account), uscc);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LedgerRecord before = found.get();
        Set<RiskFeature> after = features.isEmpty() ? EnumSet.noneOf(RiskFeature.class) : EnumSet.copyOf(features);
        String newClass = decide(after);
        String newStatus = status == null ? before.status() : status;
        String remark = EnterpriseClass.I.is(newClass)
                ? RiskRemarks.format(after)
                : (EnterpriseClass.I.is(before.enterpriseClass()) ? null : before.remark());
        boolean featuresChanged =
                RiskFeature.mask(after) != before.featureMask() || !newClass.equals(before.enterpriseClass());
        boolean statusChanged = !newStatus.equals(before.status());
        if (!featuresChanged && !statusChanged) {
            return found;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        ledger.updateClassification(uscc, newClass, remark, RiskFeature.mask(after), newStatus, now);
        String key = UUID.randomUUID().toString();
        if (featuresChanged) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("decision", DECISION);
            details.put(
                    "before",
                    Map.of(
                            "enterpriseClass",
                            String.valueOf(before.enterpriseClass()),
                            "features",
                            variables(before.features())));
            details.put("after", Map.of("enterpriseClass", newClass, "features", variables(after)));
            file.record(
                    uscc,
                    EVENT_CLASSIFIED,
                    account.userId(),
                    summary(before.enterpriseClass(), newClass, before.features(), after),
                    write(details),
                    "classify:" + key);
        }
        if (statusChanged) {
            Map<String, Object> change = Map.of("status", Map.of("before", before.status(), "after", newStatus));
            file.record(
                    uscc,
                    EVENT_CHANGED,
                    account.userId(),
                    zh("ledger.summary.status", zh("status." + before.status()), zh("status." + newStatus)),
                    write(Map.of("source", "correction", "changes", change)),
                    "status:" + key);
        }
        return ledger.find(scopes.of(account), uscc);
    }

    private String summary(String beforeClass, String afterClass, Set<RiskFeature> before, Set<RiskFeature> after) {
        return zh(
                "ledger.summary.classified",
                classLabel(beforeClass),
                classLabel(afterClass),
                featureText(before),
                featureText(after));
    }

    private String classLabel(String enterpriseClass) {
        return zh(enterpriseClass == null ? "ledger.classShort.none" : "ledger.classShort." + enterpriseClass);
    }

    private String featureText(Set<RiskFeature> features) {
        return features.isEmpty() ? zh("ledger.features.none") : RiskRemarks.format(features);
    }

    /** Entries of the enterprise file are written in Chinese, whatever the language of the screen. */
    private String zh(String key, Object... args) {
        return translations.get(key, Translations.CHINESE, args);
    }

    private static java.util.List<String> variables(Set<RiskFeature> features) {
        return features.stream().sorted().map(RiskFeature::variable).toList();
    }

    private String write(Object details) {
        return Json.of(json).write(details);
    }
}
