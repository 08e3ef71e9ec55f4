package cn.safetygrading.base.engine;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.CommentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Event;
import org.springframework.stereotype.Component;

/**
 * Writes a Camunda comment on a process (and optionally its task) in the name of one of our accounts.
 * TaskService.createComment takes the author from the engine's authentication, which our screens do
 * not set (access is checked by our services, by scope); this writes the same record with the author
 * given, in the caller's transaction, so the comment shows in our task page and in Tasklist alike.
 */
@Component
public class CaseComments {

    private final ProcessEngineConfigurationImpl engineConfiguration;

    public CaseComments(ProcessEngineConfigurationImpl engineConfiguration) {
        this.engineConfiguration = engineConfiguration;
    }

    public void add(String userId, String taskId, String processInstanceId, String message) {
        // looked up on use: the executor exists once the engine is built, after this bean
        CommandExecutor commands = engineConfiguration.getCommandExecutorTxRequired();
        commands.execute(context -> {
            CommentEntity comment = new CommentEntity();
            comment.setUserId(userId);
            comment.setType(CommentEntity.TYPE_COMMENT);
            comment.setTime(ClockUtil.getCurrentTime());
            comment.setTaskId(taskId);
            comment.setProcessInstanceId(processInstanceId);
            ExecutionEntity instance = context.getExecutionManager().findExecutionById(processInstanceId);
            if (instance != null) {
                comment.setRootProcessInstanceId(instance.getRootProcessInstanceId());
            }
            comment.setAction(Event.ACTION_ADD_COMMENT);
            comment.setMessage(message.length() > 163 ? message.substring(0, 160) + "..." : message);
            comment.setFullMessage(message);
            context.getCommentManager().insert(comment);
            return null;
        });
    }
}
