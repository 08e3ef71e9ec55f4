package cn.safetygrading.inbox.ui;

import cn.safetygrading.inbox.service.InboxService.Colleague;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Collection;

/**
 * The one way to choose an official to hand tasks to (the task page's 转办 and the inbox's 批量分派):
 * colleagues by name, and a sentence on the field when someone presses on without choosing.
 */
class ColleaguePicker extends ComboBox<Colleague> {

    ColleaguePicker(String label, String id, Collection<Colleague> colleagues) {
        super(label);
        setId(id);
        setItems(colleagues);
        setItemLabelGenerator(Colleague::name);
        setWidthFull();
    }

    /** The chosen colleague's user id, or {@code null} after marking the field: nobody was chosen. */
    String pickedOrMark() {
        if (getValue() == null) {
            setInvalid(true);
            setErrorMessage(getTranslation("taskPage.delegatePick"));
            return null;
        }
        return getValue().userId();
    }
}
