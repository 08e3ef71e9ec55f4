package cn.safetygrading.audit.service;

import cn.safetygrading.audit.domain.AuditEntry;
import cn.safetygrading.audit.domain.AuditEvent;
import cn.safetygrading.audit.domain.AuditFilter;
import cn.safetygrading.audit.domain.AuditSource;
import cn.safetygrading.audit.persistence.AuditMapper;
import cn.safetygrading.security.domain.Account;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log for administrators: our own entries (the triggers' and the sign-in failures) and
 * the engine's user operation log, each paged newest first. Only administrators read it; nobody
 * changes it.
 */
@Service
public class AuditService {

    /** At most this many rows in one export; narrow the filter for more. */
    public static final int EXPORT_LIMIT = 50_000;

    private final AuditMapper mapper;
    private final EngineOperationLog engineLog;

    public AuditService(AuditMapper mapper, EngineOperationLog engineLog) {
        this.mapper = mapper;
        this.engineLog = engineLog;
    }

    /** Appends an entry of its own, in a transaction of its own (a refused sign-in has none to join). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditEvent event) {
        mapper.insert(event);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> page(Account reader, AuditFilter filter, long offset, int limit) {
        requireAdmin(reader);
        return filter.source() == AuditSource.ENGINE
                ? engineLog.page(filter, offset, limit)
                : mapper.page(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(Account reader, AuditFilter filter) {
        requireAdmin(reader);
        return filter.source() == AuditSource.ENGINE ? engineLog.count(filter) : mapper.count(filter);
    }

    /** The rows of an export, newest first, at most {@link #EXPORT_LIMIT}. */
    @Transactional(readOnly = true)
    public List<AuditEntry> exportRows(Account reader, AuditFilter filter) {
        return page(reader, filter, 0, EXPORT_LIMIT);
    }

    /** Our audited tables (the filter of the log) or the engine's entity types. */
    public List<String> tables(Account reader, AuditSource source) {
        requireAdmin(reader);
        return source == AuditSource.ENGINE ? EngineOperationLog.ENTITY_TYPES : mapper.tables();
    }

    private static void requireAdmin(Account reader) {
        if (reader == null || !reader.isAdmin()) {
            throw new AccessDeniedException("the audit log is for administrators");
        }
    }
}
