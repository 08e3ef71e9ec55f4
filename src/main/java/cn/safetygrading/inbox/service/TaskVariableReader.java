package cn.safetygrading.inbox.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Reads a task's variables as its page may show them, without deserializing anything the page cannot use (the
 * caller has checked that the account may work the task).
 */
@Component
class TaskVariableReader {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TaskVariableReader.class);

    private final TaskService tasks;

    TaskVariableReader(TaskService tasks) {
        this.tasks = tasks;
    }

    /**
     * A stored object of another type (e.g. a {@code java.net.URL} an administrator set over REST) is left out and
     * named in {@code unreadable}, so one such variable cannot break a case. Lists and maps of plain values (the
     * form's groups and dynamic lists) are read.
     */
    InboxService.FormVariables read(String taskId) {
        VariableMap typed = tasks.getVariablesTyped(taskId, false);
        Map<String, Object> values = new HashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (String name : typed.keySet()) {
            TypedValue value = typed.getValueTyped(name);
            if (value instanceof ObjectValue object && !object.isDeserialized()) {
                if (object.getObjectTypeName() != null
                        && object.getObjectTypeName().startsWith("java.util.")) {
                    try {
                        values.put(
                                name, tasks.getVariableTyped(taskId, name, true).getValue());
                        continue;
                    } catch (RuntimeException notReadable) {
                        log.warn("variable {} of task {} cannot be read: {}", name, taskId, notReadable.getMessage());
                    }
                } else {
                    log.warn(
                            "variable {} of task {} is a stored {} and is not read",
                            name,
                            taskId,
                            object.getObjectTypeName());
                }
                unreadable.add(name);
            } else if (value instanceof SerializableValue serialized && !serialized.isDeserialized()) {
                unreadable.add(name);
            } else {
                values.put(name, value.getValue());
            }
        }
        return new InboxService.FormVariables(values, List.copyOf(unreadable));
    }
}
