package cn.safetygrading.inbox.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The repository is a bean of the running application and knows every form the processes refer to. */
class FormRepositoryIT extends IntegrationTest {

    @Autowired
    FormRepository forms;

    @Autowired
    RepositoryService repository;

    @Test
    void everyFormRefOfTheDeployedProcessesIsAShippedForm() {
        List<String> refs = repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getId)
                .flatMap(id -> repository.getBpmnModelInstance(id).getModelElementsByType(UserTask.class).stream())
                .map(UserTask::getCamundaFormRef)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        assertThat(refs).contains("self-assessment", "preliminary-review", "look-back");
        assertThat(refs).allMatch(ref -> forms.find(ref).isPresent());
    }

    @Test
    void theEngineDeployedTheSameForms() {
        List<String> deployed = repository.createDeploymentQuery().list().stream()
                .flatMap(d -> repository.getDeploymentResourceNames(d.getId()).stream())
                .filter(name -> name.endsWith(".form"))
                .map(name -> name.substring(name.lastIndexOf('/') + 1, name.length() - ".form".length()))
                .toList();
        assertThat(deployed).containsAll(forms.ids());
    }
}
