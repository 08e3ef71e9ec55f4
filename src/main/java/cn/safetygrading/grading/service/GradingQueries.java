package cn.safetygrading.grading.service;

import cn.safetygrading.grading.domain.CampaignProgress;
import cn.safetygrading.grading.domain.CycleStatus;
import cn.safetygrading.grading.domain.DecisionExplanation;
import cn.safetygrading.grading.domain.GradeAdjustment;
import cn.safetygrading.grading.domain.GradingCase;
import cn.safetygrading.grading.domain.GradingRound;
import cn.safetygrading.grading.domain.GradingStep;
import cn.safetygrading.grading.persistence.GradeAdjustmentMapper;
import cn.safetygrading.grading.persistence.GradingCaseMapper;
import cn.safetygrading.ledger.domain.Scope;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.ledger.service.ScopeService;
import cn.safetygrading.security.domain.Account;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the gradings of an enterprise, cut to the caller's scope (through the ledger). */
@Service
@Transactional(readOnly = true)
public class GradingQueries {

    private final LedgerService ledger;
    private final GradingCaseMapper cases;
    private final GradeAdjustmentMapper adjustments;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final Clock clock;
    private final ScopeService scopes;

    public GradingQueries(
            LedgerService ledger,
            GradingCaseMapper cases,
            GradeAdjustmentMapper adjustments,
            RuntimeService runtime,
            TaskService tasks,
            HistoryService history,
            Clock clock,
            ScopeService scopes) {
        this.ledger = ledger;
        this.scopes = scopes;
        this.cases = cases;
        this.adjustments = adjustments;
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.clock = clock;
    }

    /**
     * A campaign's progress per county and step, of the enterprises in the account's scope (a department's
     * official: its 直接监管责任部门's; an 应急管理局 manager or expert: the region's; an administrator
     * without a region: all); nothing for a campaign outside it.
     */
    public List<CampaignProgress> campaignProgress(Account account, String campaignId) {
        Scope scope = scopes.of(account);
        return scope.isNone() || account.isEnterprise() ? List.of() : cases.campaignProgress(campaignId, scope);
    }

    /** Every grading of the enterprise, newest first. */
    public List<GradingCase> cases(Account account, String uscc) {
        return ledger.find(account, uscc).map(e -> cases.byEnterprise(uscc)).orElse(List.of());
    }

    public List<GradingRound> rounds(Account account, GradingCase gradingCase) {
        return ledger.find(account, gradingCase.uscc())
                .map(e -> cases.rounds(gradingCase.id()))
                .orElse(List.of());
    }

    public List<GradeAdjustment> adjustments(Account account, String uscc) {
        return ledger.find(account, uscc)
                .map(e -> adjustments.byEnterprise(uscc))
                .orElse(List.of());
    }

    /** The running grading-cycle of the enterprise, if any, as a step tracker. */
    public Optional<CycleStatus> running(Account account, String uscc) {
        if (ledger.find(account, uscc).isEmpty()) {
            return Optional.empty();
        }
        ProcessInstance pi = runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("grading-cycle")
                .processInstanceBusinessKey(uscc)
                .active()
                .orderByProcessInstanceId()
                .desc()
                .listPage(0, 1)
                .stream()
                .findFirst()
                .orElse(null);
        if (pi == null) {
            return Optional.empty();
        }
        Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).active().listPage(0, 1).stream()
                .findFirst()
                .orElse(null);
        String key = task == null ? null : task.getTaskDefinitionKey();
        GradingStep at = GradingStep.ofTaskKey(key).orElse(null);
        String trigger = (String) runtime.getVariable(pi.getId(), "trigger");
        Date noticeEnds = (Date) runtime.getVariable(pi.getId(), "noticeEndsAt");
        boolean onNotice = task == null && noticeEnds != null;
        int step;
        if (key == null) {
            step = onNotice ? 3 : 4;
        } else {
            step = at == null
                    ? 0
                    : switch (at) {
                        case preliminaryReview, departmentDiagnosis -> 1;
                        case spotCheck, objectionReview -> 2;
                        default -> 0;
                    };
        }
        String holder = key == null
                ? null
                : at == GradingStep.selfAssessment
                        ? "ENTERPRISE"
                        : at == GradingStep.preliminaryReview || at == GradingStep.departmentDiagnosis
                                ? "COUNTY"
                                : "CITY";
        return Optional.of(new CycleStatus(
                pi.getId(),
                trigger,
                CycleStatus.STEPS,
                step,
                key,
                holder,
                task == null || task.getDueDate() == null ? null : toOffset(task.getDueDate()),
                (String) runtime.getVariable(pi.getId(), "noticeGrade"),
                noticeEnds == null ? null : toOffset(noticeEnds),
                at == GradingStep.selfAssessment ? task.getId() : null));
    }

    /** The case of a process instance, if the account may see its enterprise. */
    public Optional<GradingCase> caseOf(Account account, String processInstanceId) {
        return cases.byProcessInstance(processInstanceId)
                .filter(c -> ledger.find(account, c.uscc()).isPresent());
    }

    /**
     * The decisions taken in a grading, newest first, with inputs, outputs and matched rules as the
     * engine's decision history recorded them: why a grade was proposed.
     */
    public List<DecisionExplanation> decisions(Account account, String processInstanceId) {
        if (caseOf(account, processInstanceId).isEmpty()) {
            return List.of();
        }
        var vetoVariable = history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId)
                .variableName("failedVetoItems")
                .list()
                .stream()
                .findFirst()
                .map(v -> v.getValue())
                .orElse(null);
        List<String> failedVeto = vetoVariable instanceof String s && !s.isBlank() ? List.of(s.split(",")) : List.of();
        return history
                .createHistoricDecisionInstanceQuery()
                .processInstanceId(processInstanceId)
                .includeInputs()
                .includeOutputs()
                .orderByEvaluationTime()
                .desc()
                .list()
                .stream()
                .map(d -> {
                    Map<String, Object> inputs = new LinkedHashMap<>();
                    d.getInputs().forEach(i -> inputs.put(i.getClauseId(), i.getValue()));
                    Map<String, Object> outputs = new LinkedHashMap<>();
                    d.getOutputs().forEach(o -> outputs.put(o.getVariableName(), o.getValue()));
                    List<String> rules = d.getOutputs().stream()
                            .map(o -> o.getRuleId())
                            .distinct()
                            .toList();
                    return new DecisionExplanation(
                            d.getDecisionDefinitionKey(),
                            d.getDecisionDefinitionName(),
                            toOffset(d.getEvaluationTime()),
                            inputs,
                            outputs,
                            rules,
                            failedVeto);
                })
                .toList();
    }

    private OffsetDateTime toOffset(Date date) {
        return date.toInstant().atZone(clock.getZone()).toOffsetDateTime();
    }
}
