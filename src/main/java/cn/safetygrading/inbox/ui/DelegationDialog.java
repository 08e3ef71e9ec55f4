package cn.safetygrading.inbox.ui;

import cn.safetygrading.inbox.service.CaseFiles;
import cn.safetygrading.inbox.service.InboxService;
import cn.safetygrading.inbox.service.InboxTask;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** 转办: hands a task to a colleague of its candidate groups, with a note, who works it and gives it back. */
class DelegationDialog extends Dialog {

    /** {@code act} runs the delegation (the task page says a refusal and reloads). */
    DelegationDialog(InboxService inbox, CaseFiles caseFiles, Account account, InboxTask task, Consumer<Runnable> act) {
        setHeaderTitle(getTranslation("taskPage.delegate"));
        ColleaguePicker to = new ColleaguePicker(
                getTranslation("taskPage.delegateTo"),
                "delegate-to",
                inbox.colleagues(account, task.taskId()).stream()
                        .filter(c -> !c.userId().equals(account.userId()))
                        .toList());
        TextArea note = new TextArea(getTranslation("taskPage.delegateNote"));
        note.setMaxLength(CaseFiles.MAX_COMMENT);
        note.setWidthFull();
        Button ok = new Button(getTranslation("taskPage.delegate"), e -> {
            String userId = to.pickedOrMark();
            if (userId == null) {
                return;
            }
            close();
            act.accept(() -> {
                if (!note.getValue().isBlank()) {
                    caseFiles.comment(account, task.taskId(), note.getValue());
                }
                inbox.delegate(account, task.taskId(), userId);
            });
        });
        ok.setId("confirm-delegate");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new VerticalLayout(to, note));
        getFooter().add(new Button(getTranslation("notice.cancel"), e -> close()), ok);
    }
}
