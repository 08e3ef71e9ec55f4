package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.CampaignService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_StartCycleBatch (grading-campaign): one batch per job. */
@Component("startCycleBatchDelegate")
public class StartCycleBatchDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    public StartCycleBatchDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CampaignService.BatchDone done = campaigns.startBatch(
                Steps.text(execution, "campaignId"),
                Steps.text(execution, "cursor"),
                ((Number) execution.getVariable("lane")).intValue(),
                ((Number) execution.getVariable("laneCount")).intValue());
        execution.setVariable("cursor", done.cursor());
        execution.setVariable("allStarted", done.allStarted());
    }
}
