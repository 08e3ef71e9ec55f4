package cn.safetygrading.inbox.ui;

import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.inbox.service.InboxService;
import cn.safetygrading.inbox.service.InboxService.Colleague;
import cn.safetygrading.inbox.service.InboxTask;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The manager's bulk assignment of the selected tasks to one official of their groups. */
class BulkAssignDialog extends Dialog {

    /** How many selected tasks are asked for their candidates (the picker lists the union). */
    private static final int ASKED = 20;

    final ColleaguePicker to;

    /** {@code done} runs after the assignment was tried, whatever its outcome (the view refreshes). */
    BulkAssignDialog(InboxService inbox, Account account, List<InboxTask> selected, Runnable done) {
        Map<String, Colleague> colleagues = new TreeMap<>();
        selected.stream()
                .limit(ASKED)
                .forEach(t -> inbox.colleagues(account, t.taskId()).forEach(c -> colleagues.put(c.userId(), c)));
        setHeaderTitle(getTranslation("inbox.bulkAssignTitle", selected.size()));
        to = new ColleaguePicker(getTranslation("inbox.assignTo"), "bulk-assign-to", colleagues.values());
        Button ok = new Button(getTranslation("inbox.bulkAssign"), e -> {
            String userId = to.pickedOrMark();
            if (userId == null) {
                return;
            }
            close();
            Feedback.attempt(
                    () -> {
                        InboxService.BulkResult result = inbox.assignAll(
                                account,
                                selected.stream().map(InboxTask::taskId).toList(),
                                userId);
                        String text = getTranslation(
                                "inbox.bulkAssigned",
                                result.done(),
                                result.refused().size());
                        if (result.refused().isEmpty()) {
                            Feedback.success(text);
                        } else {
                            Feedback.error(text);
                        }
                    },
                    null,
                    null);
            done.run();
        });
        ok.setId("confirm-bulk-assign");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(to);
        if (colleagues.isEmpty()) {
            // nobody to choose: say why instead of an empty list
            to.setEnabled(false);
            ok.setEnabled(false);
            Paragraph none = new Paragraph(getTranslation("inbox.bulkAssignNone"));
            none.setId("bulk-assign-none");
            add(none);
        } else {
            to.setHelperText(getTranslation("inbox.bulkAssignWho"));
        }
        getFooter().add(new Button(getTranslation("notice.cancel"), e -> close()), ok);
    }
}
