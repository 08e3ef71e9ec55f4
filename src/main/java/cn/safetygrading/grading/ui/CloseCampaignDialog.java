package cn.safetygrading.grading.ui;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.grading.service.CampaignService;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** 提前结束: asks for confirmation and a reason (a refusal stays on the reason), and says what it did. */
class CloseCampaignDialog extends Dialog {

    CloseCampaignDialog(CampaignService campaigns, Account account, Campaign campaign, Runnable closed) {
        setHeaderTitle(getTranslation("campaign.close.title", campaign.name()));
        Paragraph what = new Paragraph(getTranslation("campaign.close.explain"));
        TextArea reason = new TextArea(getTranslation("campaign.close.reason"));
        reason.setRequired(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setId("close-reason");
        add(what, reason);
        Button confirm = new Button(getTranslation("campaign.close.confirm"), e -> {
            try {
                long running = campaigns.closeNow(account, campaign.id(), reason.getValue());
                close();
                closed.run();
                Feedback.success(getTranslation("campaign.close.done", campaign.name(), running));
            } catch (Refused refused) {
                reason.setInvalid(true);
                reason.setErrorMessage(Feedback.text(refused));
            }
        });
        confirm.setId("close-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("notice.cancel"), e -> close()), confirm);
    }
}
