package cn.safetygrading.inbox.service;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.forms.model.ComponentType;
import cn.safetygrading.forms.model.FileRules;
import cn.safetygrading.forms.model.UploadedFile;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The files of a completion or resolution: each checked by the form's file rules, then kept with the case. */
@Component
class TaskFiles {

    private final TaskService tasks;
    private final FormRepository forms;
    private final Translations translations;

    TaskFiles(TaskService tasks, FormRepository forms, Translations translations) {
        this.tasks = tasks;
        this.forms = forms;
        this.translations = translations;
    }

    /**
     * Stores each file as an attachment of the task's case, described by its field's key; a key that is not a
     * filepicker of the task's form, or a file its rules refuse, is refused (the caller's transaction keeps none).
     */
    void store(Task task, Map<String, List<UploadedFile>> files) {
        if (files.isEmpty()) {
            return;
        }
        Task withForm = tasks.createTaskQuery()
                .taskId(task.getId())
                .initializeFormKeys()
                .singleResult();
        var form = withForm.getCamundaFormRef() == null
                ? null
                : forms.find(withForm.getCamundaFormRef().getKey()).orElse(null);
        files.forEach((key, list) -> {
            var field = form == null
                    ? null
                    : form.input(key)
                            .filter(c -> c.type() == ComponentType.FILEPICKER)
                            .orElse(null);
            if (field == null) {
                throw new Refused("taskPage.refused", key);
            }
            for (UploadedFile file : list) {
                FileRules.DEFAULT.check(key, file, field.accept()).ifPresent(error -> {
                    throw new Refused(
                            "taskPage.refused",
                            translations.get(
                                    error.messageKey(),
                                    Translations.CHINESE,
                                    error.args().toArray()));
                });
                tasks.createAttachment(
                        FileRules.extension(file.fileName()),
                        task.getId(),
                        task.getProcessInstanceId(),
                        file.fileName(),
                        key,
                        new ByteArrayInputStream(file.bytes()));
            }
        });
    }
}
