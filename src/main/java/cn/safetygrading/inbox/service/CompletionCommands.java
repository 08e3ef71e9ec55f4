package cn.safetygrading.inbox.service;

import cn.safetygrading.base.engine.EngineFields;
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

    private static final Field COMPLETE_TASK =
            EngineFields.field(CompleteTaskCmd.class, "taskId", CompletionGuard.class);
    private static final Field COMPLETE_VARIABLES =
            EngineFields.field(CompleteTaskCmd.class, "variables", CompletionGuard.class);
    private static final Field SUBMIT_TASK =
            EngineFields.field(SubmitTaskFormCmd.class, "taskId", CompletionGuard.class);
    private static final Field SUBMIT_VARIABLES =
            EngineFields.field(SubmitTaskFormCmd.class, "properties", CompletionGuard.class);
    private static final Field ERROR_TASK =
            EngineFields.field(HandleTaskBpmnErrorCmd.class, "taskId", CompletionGuard.class);
    private static final Field ESCALATION_TASK =
            EngineFields.field(HandleTaskEscalationCmd.class, "taskId", CompletionGuard.class);

    /** What a completion command carries. */
    record Submission(String taskId, Map<String, Object> variables, boolean resolve) {}

    private CompletionCommands() {}

    /** A BPMN error or escalation thrown from a task (beside its form). */
    static boolean besideTheForm(Command<?> command) {
        return command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd;
    }

    /** The task of a {@link #besideTheForm} command. */
    static String besideTheFormTask(Command<?> command) {
        return (String)
                EngineFields.read(command instanceof HandleTaskBpmnErrorCmd ? ERROR_TASK : ESCALATION_TASK, command);
    }

    /** The completion (complete, resolve, submit-form) a command carries, or null for any other command. */
    @SuppressWarnings("unchecked")
    static Submission submission(Command<?> command) {
        if (command instanceof CompleteTaskCmd) {
            return new Submission(
                    (String) EngineFields.read(COMPLETE_TASK, command),
                    (Map<String, Object>) EngineFields.read(COMPLETE_VARIABLES, command),
                    command instanceof ResolveTaskCmd);
        }
        if (command instanceof SubmitTaskFormCmd) {
            return new Submission(
                    (String) EngineFields.read(SUBMIT_TASK, command),
                    (Map<String, Object>) EngineFields.read(SUBMIT_VARIABLES, command),
                    false);
        }
        return null;
    }
}
