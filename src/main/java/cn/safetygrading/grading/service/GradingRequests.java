package cn.safetygrading.grading.service;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.Text;
import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.base.json.Json;
import cn.safetygrading.grading.domain.GradingRequest;
import cn.safetygrading.grading.domain.GradingRequestKind;
import cn.safetygrading.grading.domain.GradingRequestOrigin;
import cn.safetygrading.grading.persistence.GradingRequestMapper;
import cn.safetygrading.ledger.domain.Department;
import cn.safetygrading.ledger.domain.GradingSubject;
import cn.safetygrading.ledger.service.Departments;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.ledger.service.GradeBook;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gradings officials start by hand (seed 000: 部门组织诊断; 下级服从上级): a department diagnosis
 * (grading-cycle with trigger DEPARTMENT, straight to 部门诊断定级) or a regrading (trigger APPLICATION:
 * the enterprise self-assesses again) of one enterprise, for a written reason kept in
 * {@code grading_request} and the enterprise file.
 * <p>
 * Who may: the reviewers and managers of the enterprise's own department (its 直接监管责任部门, for a
 * 市级 enterprise the city's of that kind), and the city's reviewers and managers for any enterprise of
 * the city — their diagnosis is the city's (下级服从上级: the city re-diagnoses a county-graded one).
 * Never while a grading of the enterprise runs: checked here under the enterprise's start lock, and
 * again by Task_PrepareCase for every other door.
 */
@Service
public class GradingRequests {

    public static final int MAX_REASON = 500;

    private final GradingRequestMapper requests;
    private final GradeBook gradeBook;
    private final Departments departments;
    private final RuntimeService runtime;
    private final EnterpriseFileService file;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Translations texts;

    public GradingRequests(
            Translations texts,
            GradingRequestMapper requests,
            GradeBook gradeBook,
            Departments departments,
            RuntimeService runtime,
            EnterpriseFileService file,
            ObjectMapper json,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.texts = texts;
        this.requests = requests;
        this.gradeBook = gradeBook;
        this.departments = departments;
        this.runtime = runtime;
        this.file = file;
        this.json = json;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Who would diagnose if the account started a grading of the enterprise: present when the account may start one. */
    public record Starter(Department department) {}

    /** Whether (and as which unit) the account may start a diagnosis or regrading of the enterprise. */
    public Optional<Starter> starter(Account account, String uscc) {
        if (account == null
                || account.isEnterprise()
                || !(account.isAdmin() || account.has(Role.REVIEWER) || account.has(Role.MANAGER))) {
            return Optional.empty();
        }
        Optional<GradingSubject> subject = gradeBook.subject(uscc);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        Optional<Department> responsible = departments.responsibleFor(uscc);
        if (account.isAdmin()) {
            return Optional.of(new Starter(responsible.orElse(null)));
        }
        Optional<Department> own = departments.resolve(account.department());
        if (own.isEmpty()) {
            return Optional.empty();
        }
        String city = subject.get().cityCode() != null
                ? subject.get().cityCode()
                : subject.get().regionCode();
        if (own.get().regionCode().equals(city)) {
            return Optional.of(new Starter(own.get()));
        }
        return responsible.filter(r -> r.id().equals(own.get().id())).map(Starter::new);
    }

    /** Whether a grading of the enterprise runs now. */
    public boolean running(String uscc) {
        return !requests.running(List.of(uscc)).isEmpty();
    }

    /** The hand-started gradings of an enterprise, newest first. */
    public List<GradingRequest> history(String uscc) {
        return requests.byEnterprise(uscc);
    }

    /**
     * Starts a department diagnosis ({@link GradingRequestKind#DIAGNOSIS}) or a regrading
     * ({@link GradingRequestKind#REGRADING}) from the enterprise's file, in its own transaction.
     */
    public GradingRequest startFromFile(Account account, String uscc, GradingRequestKind kind, String reason) {
        Starter starter = starter(account, uscc)
                .orElseThrow(() -> new AccessDeniedException("may not start a grading of " + uscc));
        return start(
                account,
                uscc,
                kind,
                reason,
                GradingRequestOrigin.FILE,
                null,
                kind == GradingRequestKind.DIAGNOSIS && starter.department() != null
                        ? starter.department().name()
                        : null);
    }

    /** Starts one request's grading-cycle, in a transaction of its own; refusals are {@link Refused} sentences. */
    GradingRequest start(
            Account account,
            String uscc,
            GradingRequestKind kind,
            String reason,
            GradingRequestOrigin origin,
            String campaignId,
            String department) {
        if (kind == null) {
            throw new Refused("gradingRequest.kind", String.valueOf(kind));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Refused("gradingRequest.reasonRequired", "");
        }
        if (why.length() > MAX_REASON) {
            throw new Refused("gradingRequest.reasonTooLong", String.valueOf(MAX_REASON));
        }
        return transaction.execute(status -> {
            GradingSubject subject = gradeBook.requireSubject(uscc);
            requests.lockEnterprise(uscc);
            if (!requests.running(List.of(uscc)).isEmpty()) {
                throw new Refused("gradingRequest.running", subject.name());
            }
            GradingRequest request = new GradingRequest(
                    UUID.randomUUID().toString(),
                    uscc,
                    kind,
                    origin,
                    campaignId,
                    department,
                    why,
                    account.userId(),
                    OffsetDateTime.now(clock),
                    null);
            requests.insert(request);
            Map<String, Object> vars = new LinkedHashMap<>();
            vars.put("uscc", uscc);
            vars.put("trigger", request.trigger());
            vars.put("gradingRequestId", request.id());
            String pid;
            try {
                pid = runtime.startProcessInstanceByKey(CampaignService.CYCLE, uscc, vars)
                        .getId();
            } catch (GradingRefused refused) {
                throw new Refused("gradingRequest.refused", refused.getMessage());
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("requestId", request.id());
            details.put("kind", kind);
            details.put("origin", origin);
            details.put("department", department);
            details.put("campaignId", campaignId);
            details.put("processInstanceId", pid);
            String what = kind == GradingRequestKind.DIAGNOSIS
                    ? texts.zh(
                            "grading.text.requested.diagnosis",
                            department == null ? "" : texts.zh("grading.text.parenthesis", department))
                    : texts.zh("grading.text.requested.regrading");
            String summary = texts.zh(
                    "grading.text.requested",
                    what,
                    origin == GradingRequestOrigin.LOOK_BACK ? texts.zh("grading.text.requested.lookBack") : "",
                    why);
            file.record(
                    uscc,
                    "GRADING_REQUESTED",
                    account.userId(),
                    Text.shorten(summary, 500),
                    toJson(details),
                    "grading-request:" + request.id());
            return requests.find(request.id()).orElseThrow();
        });
    }

    private String toJson(Object value) {
        return Json.of(json).write(value);
    }
}
