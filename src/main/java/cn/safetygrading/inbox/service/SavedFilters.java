package cn.safetygrading.inbox.service;

import cn.safetygrading.base.json.Json;
import cn.safetygrading.inbox.persistence.SavedFilterMapper;
import cn.safetygrading.security.domain.Account;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each official's named inbox filters. */
@Service
@Transactional
public class SavedFilters {

    public static final int MAX_NAME = 100;

    private final SavedFilterMapper mapper;
    private final ObjectMapper json;
    private final Clock clock;

    public SavedFilters(SavedFilterMapper mapper, ObjectMapper json, Clock clock) {
        this.mapper = mapper;
        this.json = json;
        this.clock = clock;
    }

    public void save(Account account, String name, InboxFilter filter) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new IllegalArgumentException("a filter needs a name of 1 to " + MAX_NAME + " characters");
        }
        mapper.save(account.userId(), trimmed, Json.of(json).write(filter), OffsetDateTime.now(clock));
    }

    /** The account's filters by name. */
    @Transactional(readOnly = true)
    public Map<String, InboxFilter> list(Account account) {
        Map<String, InboxFilter> filters = new LinkedHashMap<>();
        for (SavedFilterMapper.SavedFilterRow row : mapper.list(account.userId())) {
            try {
                filters.put(row.name(), json.readValue(row.filter(), InboxFilter.class));
            } catch (JsonProcessingException unreadable) {
                // a filter saved by an older version that no longer reads is skipped, not fatal
            }
        }
        return filters;
    }

    public void delete(Account account, String name) {
        mapper.delete(account.userId(), name);
    }
}
