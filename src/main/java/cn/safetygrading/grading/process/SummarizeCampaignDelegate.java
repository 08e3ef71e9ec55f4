package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.CampaignService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SummarizeCampaign (grading-campaign). */
@Component("summarizeCampaignDelegate")
public class SummarizeCampaignDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    public SummarizeCampaignDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CampaignService.Summary summary = campaigns.summarize(Steps.text(execution, "campaignId"));
        execution.setVariable("notSubmitted", summary.notSubmitted());
        execution.setVariable("overdueTasks", summary.overdueTasks());
        execution.setVariable("graded", summary.graded());
    }
}
