package cn.safetygrading.inbox.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.forms.model.FieldError;
import cn.safetygrading.forms.model.FileRules;
import cn.safetygrading.forms.model.FormDefinition;
import cn.safetygrading.forms.model.FormValidator;
import cn.safetygrading.inbox.service.CompletionCommands.Submission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Every completion of a user task with a Camunda Form, from every door (our pages, Tasklist's
 * submit-form, {@code /engine-rest} complete and resolve, services, tests), passes here inside the
 * engine's command, before the task is touched:
 * <ol>
 *   <li>only the task's outputs ({@link TaskOutputs}: the form's fields and declared extras) — any
 *       other variable is refused, named;</li>
 *   <li>only plain values (text, numbers, booleans, dates, and lists/maps of them) — an object or
 *       serialized value is refused;</li>
 *   <li>the form's rules ({@link FormValidator}, exactly as the page runs them, on the task's
 *       variables as context) — a broken rule is refused, naming the field.</li>
 * </ol>
 * A refusal, or a task listener's refusal during the completion (a {@link BadUserRequestException}
 * of ours or an {@link IllegalArgumentException} from our code), leaves as a
 * {@link CompletionRefusal} carrying the sentence, which the REST API answers with 400. A task's
 * BPMN error or escalation (which could end the case or set variables beside its form) is for
 * administrators only. What the commands carry is read by {@link CompletionCommands}, which values are plain
 * is {@link PlainValues}.
 */
public class CompletionGuard extends CommandInterceptor {

    private final FormRepository forms;
    private final Translations translations;
    private final Map<String, TaskOutputs> outputs = new ConcurrentHashMap<>();

    public CompletionGuard(FormRepository forms, Translations translations) {
        this.forms = forms;
        this.translations = translations;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (CompletionCommands.besideTheForm(command)) {
            checkNotBesideTheForm(CompletionCommands.besideTheFormTask(command));
            return next.execute(command);
        }
        Submission submission = CompletionCommands.submission(command);
        if (submission == null) {
            return next.execute(command);
        }
        CommandContext context = Context.getCommandContext();
        TaskEntity task =
                submission.taskId() == null ? null : context.getTaskManager().findTaskById(submission.taskId());
        if (task != null) {
            for (CommandChecker checker :
                    context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkTaskWork(task);
            }
            String refusal = check(context, task, submission.variables());
            if (refusal != null) {
                throw CompletionRefusal.of(submission.resolve(), refusal, null);
            }
        }
        try {
            return next.execute(command);
        } catch (RuntimeException e) {
            throw translate(submission, e);
        }
    }

    /** The refusal's sentence, or null when the submission is the task's to take. */
    String check(CommandContext context, TaskEntity task, Map<String, Object> submitted) {
        String formId = formId(task);
        if (formId == null) {
            return null;
        }
        FormDefinition form = forms.find(formId).orElse(null);
        if (form == null) {
            return say("task.refused.unknownForm", task.getName(), formId);
        }
        TaskOutputs allowed = outputs.computeIfAbsent(
                formId + "|" + task.getTaskDefinitionKey(), key -> TaskOutputs.of(form, task.getTaskDefinitionKey()));
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> foreign = new ArrayList<>();
        List<String> typed = new ArrayList<>();
        List<String> files = new ArrayList<>();
        Map<String, Object> variables = submitted == null ? Map.of() : submitted;
        for (String name : variables.keySet()) {
            Object value = PlainValues.plain(
                    variables instanceof VariableMap map ? map.getValueTyped(name) : variables.get(name));
            if (!allowed.names().contains(name)) {
                foreign.add(name);
            } else if (allowed.files().contains(name)) {
                files.add(allowed.name(name));
            } else if (value == PlainValues.NOT_PLAIN || allowed.extras().contains(name) && !PlainValues.extra(value)) {
                typed.add(allowed.name(name));
            } else if (!allowed.extras().contains(name)) {
                values.put(name, value);
            }
        }
        if (!foreign.isEmpty()) {
            return say(
                    "task.refused.notOutput",
                    String.join("、", foreign),
                    task.getName(),
                    allowed.names().stream()
                            .filter(n -> !allowed.files().contains(n))
                            .sorted()
                            .collect(Collectors.joining("、")));
        }
        if (!typed.isEmpty()) {
            return say("task.refused.type", String.join("、", typed));
        }
        if (!files.isEmpty()) {
            return say("task.refused.file", String.join("、", files));
        }
        List<String> broken = new ArrayList<>();
        for (FieldError error : FormValidator.validate(form, values, PlainValues.contextOf(task), FileRules.DEFAULT)) {
            if (!allowed.files().contains(error.key())) {
                broken.add(allowed.name(error.key()) + "："
                        + translations.get(
                                error.messageKey(),
                                Translations.CHINESE,
                                error.args().toArray()));
            }
        }
        missingFiles(context, task, form, allowed)
                .forEach(key ->
                        broken.add(allowed.name(key) + "：" + translations.get("form.required", Translations.CHINESE)));
        return broken.isEmpty() ? null : say("task.refused.rules", task.getName(), String.join("；", broken));
    }

    /** Required filepickers without a file: files are stored with the completion, before it, as attachments named by field. */
    private static List<String> missingFiles(
            CommandContext context, TaskEntity task, FormDefinition form, TaskOutputs allowed) {
        List<String> missing = new ArrayList<>();
        for (String key : allowed.files()) {
            boolean required = form.inputs().stream().anyMatch(c -> key.equals(c.key()) && c.required());
            if (required) {
                List<Attachment> stored = context.getAttachmentManager().findAttachmentsByTaskId(task.getId());
                if (stored.stream().noneMatch(a -> key.equals(a.getDescription()))) {
                    missing.add(key);
                }
            }
        }
        return missing;
    }

    /** The task's {@code camunda:formRef}, or null for a task without a Camunda Form. */
    private static String formId(TaskEntity task) {
        TaskDefinition definition = task.getTaskDefinition();
        if (definition == null || definition.getFormDefinition() == null) {
            return null;
        }
        Expression key = definition.getFormDefinition().getCamundaFormDefinitionKey();
        if (key == null) {
            return null;
        }
        String text = key.getExpressionText();
        if (text != null && !text.contains("${") && !text.contains("#{")) {
            return text;
        }
        Object value = key.getValue(task);
        return value == null ? null : value.toString();
    }

    /** A BPMN error or escalation of a task with a form sets variables and moves the case beside the form: administrators only. */
    private void checkNotBesideTheForm(String taskId) {
        CommandContext context = Context.getCommandContext();
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        Authentication user = context.getAuthentication();
        boolean admin =
                user == null || user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
        if (task != null && !admin && formId(task) != null) {
            throw CompletionRefusal.of(true, say("task.refused.formOnly", task.getName()), null);
        }
    }

    /** A refusal from inside the completion (a listener, a delegate) as a refusal with its own sentence. */
    private static RuntimeException translate(Submission submission, RuntimeException e) {
        if (e instanceof CompletionRefusal || e instanceof AuthorizationException) {
            return e;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CompletionRefusal refusal) {
                return CompletionRefusal.of(submission.resolve(), refusal.sentence(), e);
            }
            boolean ours = cause instanceof BadUserRequestException
                            && !cause.getClass().getName().startsWith("org.camunda.")
                    || cause instanceof IllegalArgumentException
                            && cause.getStackTrace().length > 0
                            && cause.getStackTrace()[0].getClassName().startsWith("cn.safetygrading.");
            if (ours && cause.getMessage() != null) {
                return CompletionRefusal.of(submission.resolve(), cause.getMessage(), e);
            }
        }
        return e;
    }

    private String say(String key, Object... args) {
        return translations.get(key, Translations.CHINESE, args);
    }
}
