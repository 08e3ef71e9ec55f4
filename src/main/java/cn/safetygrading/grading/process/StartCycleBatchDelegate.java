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
        campaigns.startBatch(execution);
    }
}
