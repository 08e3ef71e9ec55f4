package cn.safetygrading.audit.service;

import cn.safetygrading.audit.domain.AuditEntry;
import cn.safetygrading.audit.domain.AuditFilter;
import cn.safetygrading.audit.domain.AuditSource;
import cn.safetygrading.base.json.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.history.UserOperationLogQuery;
import org.springframework.stereotype.Component;

/**
 * Camunda's user operation log ({@code ACT_HI_OP_LOG}) as audit entries: what happens in the engine
 * only, through {@code /engine-rest} or the Camunda webapps, by a signed-in user — variables set,
 * tasks claimed or completed, users, groups, memberships and authorizations changed. The engine
 * logs an operation only when a user is authenticated with it, and does not record the door.
 */
@Component
public class EngineOperationLog {

    public static final List<String> ENTITY_TYPES = List.of(
            EntityTypes.TASK,
            EntityTypes.VARIABLE,
            EntityTypes.PROCESS_INSTANCE,
            EntityTypes.USER,
            EntityTypes.GROUP,
            EntityTypes.GROUP_MEMBERSHIP,
            EntityTypes.AUTHORIZATION,
            EntityTypes.DEPLOYMENT,
            EntityTypes.PROCESS_DEFINITION,
            EntityTypes.JOB,
            EntityTypes.IDENTITY_LINK,
            EntityTypes.ATTACHMENT);

    private final HistoryService history;
    private final ObjectMapper json = new ObjectMapper();

    public EngineOperationLog(HistoryService history) {
        this.history = history;
    }

    List<AuditEntry> page(AuditFilter filter, long offset, int limit) {
        return query(filter)
                .orderByTimestamp()
                .desc()
                .listPage((int) Math.min(offset, Integer.MAX_VALUE), limit)
                .stream()
                .map(this::entry)
                .toList();
    }

    long count(AuditFilter filter) {
        return query(filter).count();
    }

    private UserOperationLogQuery query(AuditFilter f) {
        UserOperationLogQuery q = history.createUserOperationLogQuery();
        if (f.from() != null) {
            q.afterTimestamp(Date.from(f.from().toInstant()));
        }
        if (f.to() != null) {
            q.beforeTimestamp(Date.from(f.to().toInstant()));
        }
        if (f.actor() != null) {
            q.userId(f.actor());
        }
        if (f.table() != null) {
            q.entityType(f.table());
        }
        if (f.record() != null) {
            q.processInstanceId(f.record());
        }
        return q;
    }

    private AuditEntry entry(UserOperationLogEntry e) {
        String key = e.getTaskId() != null
                ? e.getTaskId()
                : e.getProcessInstanceId() != null
                        ? e.getProcessInstanceId()
                        : e.getJobId() != null ? e.getJobId() : e.getDeploymentId();
        String before = e.getProperty() == null ? null : object(e.getProperty(), e.getOrgValue());
        String after = e.getProperty() == null ? null : object(e.getProperty(), e.getNewValue());
        return new AuditEntry(
                AuditSource.ENGINE,
                e.getId(),
                e.getTimestamp().toInstant().atOffset(ZoneOffset.UTC),
                e.getUserId(),
                null,
                e.getOperationType(),
                e.getEntityType(),
                key,
                null,
                before,
                after,
                null,
                e.getCategory());
    }

    private String object(String property, String value) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(property, value);
        return Json.of(json).write(map);
    }
}
