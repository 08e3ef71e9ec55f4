package cn.safetygrading.ledger.service;

import cn.safetygrading.base.Text;
import cn.safetygrading.base.json.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The enterprise file's entry when open tasks of an enterprise follow a change of its 直接监管责任部门 or 监管分级
 * ({@value #EVENT}), written the same way for every feature that moves tasks (the gradings' and the
 * supervision's reroutes): the summary cut to the file's 500 characters, the details as JSON, and a key of its
 * own for each move (a task may move more than once).
 */
@Service
public class TasksMovedEntry {

    public static final String EVENT = "TASKS_MOVED";

    /** The enterprise file's summary column. */
    static final int SUMMARY_LIMIT = 500;

    private final EnterpriseFileService file;
    private final ObjectMapper json;

    public TasksMovedEntry(EnterpriseFileService file, ObjectMapper json) {
        this.file = file;
        this.json = json;
    }

    /**
     * Records the move in the enterprise file; {@code ref} names what moved (a process instance or a task) in
     * the event's key.
     */
    public void record(String uscc, String actor, String summary, Map<String, Object> details, String ref) {
        file.record(
                uscc,
                EVENT,
                actor,
                Text.shorten(summary, SUMMARY_LIMIT),
                Json.of(json).write(details),
                "tasks-moved:" + ref + ":" + UUID.randomUUID());
    }
}
