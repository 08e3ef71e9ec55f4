package cn.safetygrading.inbox.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface SavedFilterMapper {

    /** Saves or replaces the user's filter of that name. */
    int save(
            @Param("userId") String userId,
            @Param("name") String name,
            @Param("filter") String filterJson,
            @Param("at") OffsetDateTime at);

    /** name → filter JSON, by name. */
    List<SavedFilterRow> list(String userId);

    int delete(@Param("userId") String userId, @Param("name") String name);

    /** A saved filter: its name and the filter as JSON text. */
    record SavedFilterRow(String name, String filter) {}
}
