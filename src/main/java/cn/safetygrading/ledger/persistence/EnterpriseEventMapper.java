package cn.safetygrading.ledger.persistence;

import cn.safetygrading.ledger.domain.EnterpriseEvent;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface EnterpriseEventMapper {

    /** Appends; an event whose idempotency key is already recorded is ignored (returns 0). */
    int append(EnterpriseEvent event);

    /** Appends many at one time; those whose idempotency key is already recorded are ignored. Returns the rows added. */
    int appendAll(@Param("c") EventColumns events, @Param("occurredAt") java.time.OffsetDateTime occurredAt);

    List<EnterpriseEvent> page(@Param("uscc") String uscc, @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("uscc") String uscc);
}
