package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.CampaignService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SelectEnterprises (grading-campaign). */
@Component("selectCampaignEnterprisesDelegate")
public class SelectCampaignEnterprisesDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    public SelectCampaignEnterprisesDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CampaignService.Selection selection =
                campaigns.selectEnterprises(Steps.text(execution, "campaignId"), Steps.text(execution, "regionCode"));
        execution.setVariable("total", selection.total());
        execution.setVariable("laneCount", selection.laneCount());
    }
}
