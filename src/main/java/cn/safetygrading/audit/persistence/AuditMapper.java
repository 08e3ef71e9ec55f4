package cn.safetygrading.audit.persistence;

import cn.safetygrading.audit.domain.AuditEntry;
import cn.safetygrading.audit.domain.AuditEvent;
import cn.safetygrading.audit.domain.AuditFilter;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Reads the audit log and appends the entries the application writes itself. There is no update
 * and no delete: the table refuses both anyway.
 */
@Mapper
public interface AuditMapper {

    int insert(AuditEvent event);

    List<AuditEntry> page(@Param("f") AuditFilter filter, @Param("offset") long offset, @Param("limit") int limit);

    long count(@Param("f") AuditFilter filter);

    /** The tables that carry the audit trigger, for the filter. */
    List<String> tables();
}
