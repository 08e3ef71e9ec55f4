package cn.safetygrading.inbox.service;

import cn.safetygrading.inbox.persistence.InboxTaskMapper;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the inbox's read model ({@code inbox_task}) in step with the engine, in the same
 * transaction. The engine's history events (task created, updated, completed or deleted; candidate
 * groups added or removed; a business variable of the case changed; a process instance suspended or
 * ended) only mark tasks and process instances as changed; just before the transaction commits,
 * after the engine has written its own rows, their read-model rows are rebuilt from the engine's
 * tables in two statements. So the read model can never hold what the engine did not commit, and a
 * rolled-back task completion leaves it as it was. Start-up reconciles the whole table.
 *
 * <p>Needs history level {@code full} (identity-link events exist only there); the engine refuses to
 * start otherwise.
 */
@Component
public class InboxReadModel extends AbstractProcessEnginePlugin implements HistoryEventHandler {

    private static final Logger log = LoggerFactory.getLogger(InboxReadModel.class);

    /** The process variables the read model copies (the inbox filters and sorts by them). */
    static final Set<String> VARIABLES =
            Set.of("enterpriseName", "countyCode", "cityCode", "campaignId", "enterpriseClass", "proposedGrade");

    private final InboxTaskMapper mapper;

    public InboxReadModel(InboxTaskMapper mapper) {
        this.mapper = mapper;
    }

    // ---------------------------------------------------------------- engine plugin

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new java.util.ArrayList<>()
                : new java.util.ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(this);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        HistoryLevel level = configuration.getHistoryLevel();
        if (level == null || level.getId() != HistoryLevel.HISTORY_LEVEL_FULL.getId()) {
            throw new IllegalStateException("the inbox read model needs camunda.bpm.history-level=full (identity-link "
                    + "history events), but the engine runs with " + (level == null ? "none" : level.getName()));
        }
    }

    // ---------------------------------------------------------------- history events

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricTaskInstanceEventEntity task) {
            changes().tasks.add(task.getTaskId());
        } else if (event instanceof HistoricIdentityLinkLogEventEntity link) {
            if (link.getTaskId() != null) {
                changes().tasks.add(link.getTaskId());
            }
        } else if (event instanceof HistoricVariableUpdateEventEntity variable) {
            if (variable.getProcessInstanceId() != null && VARIABLES.contains(variable.getVariableName())) {
                changes().processes.add(variable.getProcessInstanceId());
            }
        } else if (event instanceof HistoricProcessInstanceEventEntity instance) {
            // suspension and activation, the end of the instance (its tasks go with it)
            if (instance.getProcessInstanceId() != null && !"start".equals(instance.getEventType())) {
                changes().processes.add(instance.getProcessInstanceId());
            }
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    /** The changes of the current transaction, registered to be written just before it commits. */
    private Changes changes() {
        Changes changes = (Changes) TransactionSynchronizationManager.getResource(this);
        if (changes == null) {
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                throw new IllegalStateException("the engine ran a command outside a Spring transaction; "
                        + "the inbox read model cannot follow it");
            }
            changes = new Changes();
            TransactionSynchronizationManager.bindResource(this, changes);
            TransactionSynchronizationManager.registerSynchronization(changes);
        }
        return changes;
    }

    /** Tasks and process instances changed in one transaction. */
    private final class Changes implements TransactionSynchronization {
        final Set<String> tasks = new LinkedHashSet<>();
        final Set<String> processes = new LinkedHashSet<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            TransactionSynchronizationManager.unbindResource(InboxReadModel.this);
            write(tasks, processes);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(InboxReadModel.this);
        }
    }

    private void write(Set<String> tasks, Set<String> processes) {
        if (!tasks.isEmpty()) {
            String[] taskIds = tasks.toArray(String[]::new);
            mapper.deleteGone(taskIds, null);
            mapper.upsert(taskIds, null);
        }
        if (!processes.isEmpty()) {
            String[] processIds = processes.toArray(String[]::new);
            mapper.deleteGone(null, processIds);
            mapper.upsert(null, processIds);
        }
    }

    // ---------------------------------------------------------------- start-up

    /** Rebuilds the whole read model from the engine: after an upgrade, or a database restored from backup. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void reconcile() {
        long started = System.nanoTime();
        int gone = mapper.deleteAllGone();
        int rows = mapper.upsertAll();
        log.info(
                "Inbox read model reconciled: {} open tasks, {} stale rows removed, {} ms",
                rows,
                gone,
                (System.nanoTime() - started) / 1_000_000);
    }
}
