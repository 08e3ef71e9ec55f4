package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.CampaignDeadlines;
import cn.safetygrading.grading.service.CampaignDeadlines.Batch;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ReminderBatch and Task_DeadlineBatch (grading-campaign): one batch of a lane's open cases per job, the
 * task's {@code kind} input saying which ({@code reminder} or {@code deadline}). The lane keeps its
 * {@code cursor} and {@code laneDone} as local variables of its subprocess instance.
 */
@Component("campaignDeadlineBatchDelegate")
public class CampaignDeadlineBatchDelegate implements JavaDelegate {

    private final CampaignDeadlines deadlines;

    public CampaignDeadlineBatchDelegate(CampaignDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaignId = (String) execution.getVariable("campaignId");
        String cursor = (String) execution.getVariable("cursor");
        int lane = ((Number) execution.getVariable("lane")).intValue();
        int lanes = ((Number) execution.getVariable("laneCount")).intValue();
        Batch batch = "deadline".equals(execution.getVariable("kind"))
                ? deadlines.deadlineBatch(campaignId, cursor, lane, lanes)
                : deadlines.remindBatch(campaignId, cursor, lane, lanes);
        execution.setVariable("cursor", batch.cursor());
        execution.setVariable("laneDone", batch.done());
    }
}
