package cn.safetygrading.supervision.process;

import cn.safetygrading.supervision.service.SupervisionGridService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On every duty of supervision-duties: its due date and record on create, the supervisor's note on complete. */
@Component("dutyTaskListener")
public class DutyTaskListener implements TaskListener {

    private final SupervisionGridService grid;

    public DutyTaskListener(SupervisionGridService grid) {
        this.grid = grid;
    }

    @Override
    public void notify(DelegateTask task) {
        grid.dutyTask(task);
    }
}
