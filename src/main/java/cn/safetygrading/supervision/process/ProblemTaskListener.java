package cn.safetygrading.supervision.process;

import cn.safetygrading.supervision.service.SupervisionProblemService;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On the tasks of supervision-problem: the problem's texts for the form on create, the register's update on complete. */
@Component("problemTaskListener")
public class ProblemTaskListener implements TaskListener {

    private final SupervisionProblemService problems;

    public ProblemTaskListener(SupervisionProblemService problems) {
        this.problems = problems;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> variables =
                problems.problemTask(task.getEventName(), Submissions.of(task, SupervisionProblemService.INPUTS));
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariables(variables);
        } else {
            task.getExecution().setVariables(variables);
        }
    }
}
