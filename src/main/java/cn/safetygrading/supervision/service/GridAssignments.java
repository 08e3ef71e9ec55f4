package cn.safetygrading.supervision.service;

import static cn.safetygrading.supervision.service.GridAccess.requireManager;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.grading.service.Decisions;
import cn.safetygrading.grading.service.GradingFacts;
import cn.safetygrading.ledger.domain.AdminLevel;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.ledger.service.ScopeService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.supervision.domain.AssignedEnterprise;
import cn.safetygrading.supervision.domain.GridEnterprise;
import cn.safetygrading.supervision.domain.MemberLoad;
import cn.safetygrading.supervision.domain.SupervisionAssignment;
import cn.safetygrading.supervision.persistence.GridMapper;
import cn.safetygrading.supervision.persistence.GridUnitMapper;
import cn.safetygrading.supervision.service.SupervisionGridService.AssignmentResult;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Who supervises which enterprise: the {@code supervision-assignment} decision names the grid level,
 * the unit is the enterprise's region at that level, the supervisor the unit's least-loaded member;
 * a manager's recorded override of the level wins.
 */
@Component
class GridAssignments {

    private final GridMapper grid;
    private final GridUnitMapper units;
    private final GridAccess access;
    private final Decisions decisions;
    private final GradingFacts facts;
    private final EnterpriseFileService file;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final ScopeService scopes;
    private final Clock clock;
    private final Translations texts;

    GridAssignments(
            Translations texts,
            GridMapper grid,
            GridUnitMapper units,
            GridAccess access,
            Decisions decisions,
            GradingFacts facts,
            EnterpriseFileService file,
            RuntimeService runtime,
            RepositoryService repository,
            ScopeService scopes,
            Clock clock) {
        this.texts = texts;
        this.grid = grid;
        this.units = units;
        this.access = access;
        this.decisions = decisions;
        this.facts = facts;
        this.file = file;
        this.runtime = runtime;
        this.repository = repository;
        this.scopes = scopes;
        this.clock = clock;
    }

    AssignmentResult assign(Account manager, String regionCode) {
        requireManager(manager);
        Region region = access.region(manager, regionCode);
        int assigned = 0;
        int unchanged = 0;
        List<String> without = new ArrayList<>();
        for (GridEnterprise e : grid.enterprises(scopes.within(manager, region))) {
            String uscc = e.uscc();
            Map<String, Object> inputs = new HashMap<>();
            inputs.put("managementLevel", e.managementLevel());
            // the risk-level decision from what the system knows (accidents, the assessed level); unknown: GENERAL
            String risk = decisions
                    .single("risk-level", facts.riskInputs(uscc, e.riskLevel()))
                    .map(r -> (String) r.get("riskLevel"))
                    .orElse("GENERAL");
            inputs.put("riskLevel", risk);
            String decided = (String)
                    decisions.singleEntry("supervision-assignment", inputs).orElseThrow();
            String level = units.overrideLevel(uscc).orElse(decided);
            String[] path = e.path().split("/");
            String unit = path[Math.min(AdminLevel.of(level).orElseThrow().depth(), path.length - 1)];
            List<MemberLoad> members = grid.membersByLoad(unit);
            if (members.isEmpty()) {
                without.add(uscc);
                continue;
            }
            SupervisionAssignment current = grid.assignment(uscc).orElse(null);
            String supervisor = current != null
                            && unit.equals(current.regionCode())
                            && members.stream().anyMatch(m -> m.userId().equals(current.supervisor()))
                    ? current.supervisor()
                    : members.get(0).userId();
            if (current != null
                    && supervisor.equals(current.supervisor())
                    && unit.equals(current.regionCode())
                    && current(current.processInstanceId())) {
                if (!level.equals(current.gridLevel())) {
                    // same unit and supervisor (a shallow region tree), another level: the duties go on
                    grid.upsertAssignment(
                            uscc, level, unit, supervisor, OffsetDateTime.now(clock), current.processInstanceId());
                }
                units.saveRisk(uscc, risk, decided);
                unchanged++;
                continue;
            }
            if (current != null && current.processInstanceId() != null) {
                end(current.processInstanceId());
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put("uscc", uscc);
            variables.put("supervisor", supervisor);
            variables.put("gridRegionCode", unit);
            variables.put("enterpriseName", e.name());
            String pid = runtime.startProcessInstanceByKey(SupervisionGridService.PROCESS, uscc, variables)
                    .getId();
            grid.upsertAssignment(uscc, level, unit, supervisor, OffsetDateTime.now(clock), pid);
            units.saveRisk(uscc, risk, decided);
            file.record(
                    uscc,
                    "SUPERVISION_ASSIGNED",
                    manager.userId(),
                    texts.zh("supervision.text.assigned", level, unit, supervisor),
                    null,
                    "supervision:" + pid);
            assigned++;
        }
        return new AssignmentResult(assigned, unchanged, without);
    }

    /** The superseded duties process ends. */
    private void end(String old) {
        runtime.createMessageCorrelation("supervision-ended")
                .processInstanceId(old)
                .correlateAll();
        // an instance of an older definition may outlive the message (its duties in non-terminating subprocesses)
        if (runtime.createProcessInstanceQuery().processInstanceId(old).count() > 0) {
            runtime.deleteProcessInstance(old, "supervision-ended: superseded", false, true);
        }
    }

    void override(Account manager, String uscc, String gridLevel, String reason) {
        requireManager(manager);
        access.requireVisible(manager, uscc);
        if (AdminLevel.of(gridLevel).isEmpty()) {
            throw new Refused("grid.overrideLevel", String.valueOf(gridLevel));
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw new Refused("grid.overrideReason", "");
        }
        units.saveOverride(uscc, gridLevel, manager.userId(), OffsetDateTime.now(clock), reason.strip());
        file.record(
                uscc,
                "SUPERVISION_OVERRIDE",
                manager.userId(),
                texts.zh("supervision.text.gridLevelChanged", gridLevel, reason.strip()),
                null,
                null);
    }

    List<AssignedEnterprise> assignments(Account account, String regionCode, boolean keyOnly) {
        return units.assignments(scopes.within(account, access.region(account, regionCode)), keyOnly);
    }

    /** Whether the duties process runs on the latest definition (older ones, e.g. before calendar periods, are restarted). */
    private boolean current(String processInstanceId) {
        if (processInstanceId == null) {
            return false;
        }
        var instance = runtime.createProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
        var latest = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(SupervisionGridService.PROCESS)
                .latestVersion()
                .singleResult();
        return instance != null && latest != null && latest.getId().equals(instance.getProcessDefinitionId());
    }
}
