package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.CampaignService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CampaignRunning (grading-campaign): every lane has started its share of the cycles. */
@Component("campaignRunningDelegate")
public class CampaignRunningDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    public CampaignRunningDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.markRunning(Steps.text(execution, "campaignId"));
    }
}
