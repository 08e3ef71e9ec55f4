package cn.safetygrading.base.engine;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Outside the engine's transaction (so it also sees the optimistic-locking failure of the flush):
 * when a claim or completion of a task fails because someone else got there first — the engine's
 * {@link OptimisticLockingException}, {@link TaskAlreadyClaimedException}, "task not found"
 * ({@link NullValueException}, "Cannot find task"), or the authorization check of a task that has
 * just ended — it looks at the task as it is now and says so: {@link TaskRaceLost}, claimed by whom,
 * or ended. Any other failure leaves unchanged.
 */
public class TaskRaceInterceptor extends CommandInterceptor {

    private static final Field CLAIM_TASK = EngineFields.field(ClaimTaskCmd.class, "taskId", TaskRaceInterceptor.class);
    private static final Field COMPLETE_TASK =
            EngineFields.field(CompleteTaskCmd.class, "taskId", TaskRaceInterceptor.class);
    private static final Field SUBMIT_TASK =
            EngineFields.field(SubmitTaskFormCmd.class, "taskId", TaskRaceInterceptor.class);

    private final ProcessEngineConfigurationImpl configuration;

    public TaskRaceInterceptor(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
        String taskId = taskId(command);
        if (taskId == null) {
            return next.execute(command);
        }
        try {
            return next.execute(command);
        } catch (RuntimeException e) {
            TaskRaceLost already = TaskRaceLost.in(e).orElse(null);
            if (already != null) {
                throw already;
            }
            boolean engineNpe = !raceLike(e) && (e instanceof NullPointerException || endedUnderfoot(e));
            if (!raceLike(e) && !engineNpe) {
                throw e;
            }
            TaskRaceLost lost = now(taskId, e);
            // the engine itself can trip over an execution tree the winner just ended (an NPE in PvmExecutionImpl):
            // that counts as a lost race only when the task is gone now
            if (lost == null || engineNpe && lost.kind() != TaskRaceLost.Kind.GONE) {
                throw e;
            }
            throw lost;
        }
    }

    private static String taskId(Command<?> command) {
        try {
            if (command instanceof ClaimTaskCmd) {
                return (String) CLAIM_TASK.get(command);
            }
            if (command instanceof CompleteTaskCmd) {
                return (String) COMPLETE_TASK.get(command);
            }
            if (command instanceof SubmitTaskFormCmd) {
                return (String) SUBMIT_TASK.get(command);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }

    /** The engine signalling an execution the winner just ended ("… it has no current activity"). */
    static boolean endedUnderfoot(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("no current activity")) {
                return true;
            }
        }
        return false;
    }

    static boolean raceLike(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingException
                    || t instanceof TaskAlreadyClaimedException
                    || t instanceof NullValueException
                    || t instanceof AuthorizationException
                    || t instanceof ProcessEngineException
                            && t.getMessage() != null
                            && t.getMessage().contains("Cannot find task")) {
                return true;
            }
        }
        return false;
    }

    /** The task as committed now (without authorization checks), and what the loser is told; null when it was no race. */
    private TaskRaceLost now(String taskId, RuntimeException e) {
        String[] state = configuration.getCommandExecutorTxRequiresNew().execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task == null) {
                return null;
            }
            String assignee = task.getAssignee();
            String name = assignee;
            if (assignee != null) {
                User user;
                context.disableAuthorizationCheck(); // the loser may not read users; the holder's name is what it is
                // told
                try {
                    user = context.getReadOnlyIdentityProvider().findUserById(assignee);
                } finally {
                    context.enableAuthorizationCheck();
                }
                if (user != null
                        && user.getFirstName() != null
                        && !user.getFirstName().isBlank()) {
                    name = (user.getFirstName() + (user.getLastName() == null ? "" : user.getLastName())).trim();
                }
            }
            return new String[] {assignee, name};
        });
        if (state == null) {
            return new TaskRaceLost(TaskRaceLost.Kind.GONE, null, e);
        }
        if (isAuthorization(e)) {
            return null; // the task is still there: a plain refusal, and the holder is not told to strangers
        }
        Authentication current = configuration.getIdentityService().getCurrentAuthentication();
        String me = current == null ? null : current.getUserId();
        if (state[0] != null && !state[0].equals(me)) {
            return new TaskRaceLost(TaskRaceLost.Kind.CLAIMED, state[1], e);
        }
        return new TaskRaceLost(TaskRaceLost.Kind.CHANGED, null, e);
    }

    private static boolean isAuthorization(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AuthorizationException) {
                return true;
            }
        }
        return false;
    }
}
