package cn.safetygrading.inbox.service;

import java.lang.reflect.Field;
import java.util.Map;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * What the engine's task commands carry, for {@link CompletionGuard}: the commands keep their task and variables in
 * private fields, read here by reflection (checked once, when the class loads, against this engine version).
 */
final class CompletionCommands {

    private static final Field COMPLETE_TASK = field(CompleteTaskCmd.class, "taskId");
    private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
    private static final Field SUBMIT_TASK = field(SubmitTaskFormCmd.class, "taskId");
    private static final Field SUBMIT_VARIABLES = field(SubmitTaskFormCmd.class, "properties");
    private static final Field ERROR_TASK = field(HandleTaskBpmnErrorCmd.class, "taskId");
    private static final Field ESCALATION_TASK = field(HandleTaskEscalationCmd.class, "taskId");

    /** What a completion command carries. */
    record Submission(String taskId, Map<String, Object> variables, boolean resolve) {}

    private CompletionCommands() {}

    /** A BPMN error or escalation thrown from a task (beside its form). */
    static boolean besideTheForm(Command<?> command) {
        return command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd;
    }

    /** The task of a {@link #besideTheForm} command. */
    static String besideTheFormTask(Command<?> command) {
        return (String) read(command instanceof HandleTaskBpmnErrorCmd ? ERROR_TASK : ESCALATION_TASK, command);
    }

    /** The completion (complete, resolve, submit-form) a command carries, or null for any other command. */
    @SuppressWarnings("unchecked")
    static Submission submission(Command<?> command) {
        if (command instanceof CompleteTaskCmd) {
            return new Submission(
                    (String) read(COMPLETE_TASK, command),
                    (Map<String, Object>) read(COMPLETE_VARIABLES, command),
                    command instanceof ResolveTaskCmd);
        }
        if (command instanceof SubmitTaskFormCmd) {
            return new Submission(
                    (String) read(SUBMIT_TASK, command), (Map<String, Object>) read(SUBMIT_VARIABLES, command), false);
        }
        return null;
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(
                    "Camunda's " + type.getSimpleName() + " has no field " + name
                            + ": check CompletionGuard against this engine version",
                    e);
        }
    }

    private static Object read(Field field, Object command) {
        try {
            return field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
