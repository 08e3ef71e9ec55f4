package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.CampaignDeadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyOpenCases (grading-campaign): the in-app reminder to every enterprise not yet submitted, one statement. */
@Component("campaignReminderDelegate")
public class CampaignReminderDelegate implements JavaDelegate {

    private final CampaignDeadlines deadlines;

    public CampaignReminderDelegate(CampaignDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("remindedAccounts", deadlines.notifyOpen((String) execution.getVariable("campaignId")));
    }
}
