package cn.safetygrading.notification.ui;

import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.notification.service.TaskNotifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * 催办: a manager urges the people of one task, a selection, or all overdue tasks behind a dashboard figure
 * ({@link TaskNotifier#overdueTaskIds}), with a note. Open it from the inbox or the dashboard for managers
 * only: {@code new UrgeDialog(notifier, managerId, taskIds).open()}; the caller checks role and scope.
 */
public class UrgeDialog extends Dialog {

    final TextArea note = new TextArea();
    final Button send = new Button();

    public UrgeDialog(TaskNotifier notifier, String managerId, List<String> taskIds) {
        setHeaderTitle(getTranslation("notification.urge.title", taskIds.size()));
        note.setLabel(getTranslation("notification.urge.note"));
        note.setMaxLength(500);
        note.setWidthFull();
        note.setId("urge-note");
        send.setId("urge-send");
        setWidth("min(32rem, 96vw)");
        send.setText(getTranslation("notification.urge.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            if (note.getValue().isBlank()) {
                note.setErrorMessage(getTranslation("notification.urge.noteRequired"));
                note.setInvalid(true);
                return;
            }
            int urged = notifier.urge(managerId, taskIds, note.getValue());
            Feedback.success(getTranslation("notification.urge.done", urged));
            close();
        });
        send.setEnabled(!taskIds.isEmpty() && taskIds.size() <= TaskNotifier.MAX_URGED);
        add(note);
        getFooter().add(new Button(getTranslation("notification.urge.cancel"), e -> close()), send);
    }
}
