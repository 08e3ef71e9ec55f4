package cn.safetygrading.base.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task query's grant check ({@link TaskQueryMapping}) finds exactly the tasks Camunda's own check finds: for
 * each user below, the list, a page, the count, a candidate filter and an "or" query with revokes not checked (our SQL) equal those with revokes
 * checked (Camunda's SQL, unchanged; no REVOKE exists here, so both mean the same). The users: a candidate group's
 * member, a candidate user, an assignee, a member of two groups, a holder of {@code READ_TASK} on the process
 * definition, a holder of a {@code '*'} task grant, one granted nothing, and a grant without {@code READ}.
 */
class TaskQueryAuthorizationIT extends IntegrationTest {

    private static final String KEY = "taskQueryGrants";

    @Autowired
    ProcessEngine engine;

    private final List<String> grants = new ArrayList<>();
    private String deployment;

    @BeforeEach
    void tasks() {
        deployment = engine.getRepositoryService()
                .createDeployment()
                .addModelInstance(
                        KEY + ".bpmn",
                        Bpmn.createExecutableProcess(KEY)
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .userTask("work")
                                .endEvent()
                                .done())
                .deploy()
                .getId();
        TaskService tasks = engine.getTaskService();
        for (int i = 0; i < 12; i++) {
            engine.getRuntimeService().startProcessInstanceByKey(KEY, "tq-" + i);
        }
        List<Task> all = tasks.createTaskQuery()
                .processDefinitionKey(KEY)
                .orderByTaskId()
                .asc()
                .list();
        for (int i = 0; i < all.size(); i++) {
            String id = all.get(i).getId();
            // the engine grants candidates and assignees each task, as in the application
            tasks.addCandidateGroup(id, i % 3 == 0 ? "tq-north" : i % 3 == 1 ? "tq-south" : "tq-east");
            if (i == 4) {
                tasks.addCandidateUser(id, "tq-candidate");
            }
            if (i == 7) {
                tasks.setAssignee(id, "tq-assignee");
            }
        }
        grant(
                g -> g.setGroupId("tq-definition"),
                Resources.PROCESS_DEFINITION,
                KEY,
                ProcessDefinitionPermissions.READ_TASK);
        grant(g -> g.setUserId("tq-star"), Resources.TASK, "*", Permissions.READ);
        // a grant on the definition without READ_TASK and one on a task without READ show nothing
        grant(g -> g.setGroupId("tq-blind"), Resources.PROCESS_DEFINITION, KEY, ProcessDefinitionPermissions.READ);
        grant(g -> g.setGroupId("tq-blind"), Resources.TASK, all.get(1).getId(), Permissions.DELETE);
    }

    private void grant(
            java.util.function.Consumer<Authorization> who,
            Resources resource,
            String resourceId,
            org.camunda.bpm.engine.authorization.Permission permission) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        who.accept(grant);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        grant.addPermission(permission);
        grants.add(authorizations.saveAuthorization(grant).getId());
    }

    @AfterEach
    void removeThem() {
        engine.getIdentityService().clearAuthentication();
        config().setAuthorizationCheckRevokes("never");
        grants.forEach(engine.getAuthorizationService()::deleteAuthorization);
        engine.getRepositoryService().deleteDeployment(deployment, true);
    }

    @Test
    void everyUserSeesTheTasksCamundasOwnCheckShows() {
        record Seen(List<String> list, List<String> page, long count, List<String> ofSouth, List<String> southOrMine) {}
        Function<String, Seen> seen = user -> new Seen(
                ids(query().list()),
                ids(query().listPage(2, 3)),
                query().count(),
                ids(query().taskCandidateGroup("tq-south").list()),
                // Tasklist's filters ask "or" queries
                ids(query().or()
                        .taskCandidateGroup("tq-south")
                        .taskAssignee("tq-assignee")
                        .endOr()
                        .list()));
        assertThat(config().getAuthorizationCheckRevokes()).isEqualTo("never");
        for (String statement : List.of("selectTaskByQueryCriteria", "selectTaskCountByQueryCriteria")) {
            assertThat(config().getSqlSessionFactory()
                            .getConfiguration()
                            .getMappedStatement(statement)
                            .getResource())
                    .contains(TaskQueryMapping.OURS);
        }

        String[][] users = {
            {"tq-user-n", "tq-north"},
            {"tq-candidate"},
            {"tq-assignee", "tq-east"},
            {"tq-user-ns", "tq-north", "tq-south"},
            {"tq-user-d", "tq-definition"},
            {"tq-star"},
            {"tq-nobody", "tq-elsewhere"},
            {"tq-user-b", "tq-blind"}
        };
        List<Seen> ours = new ArrayList<>();
        for (String[] user : users) {
            ours.add(as(user, seen));
        }
        config().setAuthorizationCheckRevokes("always");
        for (int i = 0; i < users.length; i++) {
            assertThat(ours.get(i)).as(users[i][0]).isEqualTo(as(users[i], seen));
        }

        // and what each sees is what the grants say
        assertThat(ours.get(0).count()).isEqualTo(4);
        assertThat(ours.get(1).count()).isEqualTo(1);
        assertThat(ours.get(2).count()).isEqualTo(5); // tq-east's four and the one assigned
        assertThat(ours.get(3).count()).isEqualTo(8);
        assertThat(ours.get(3).ofSouth()).hasSize(3); // a candidate query leaves out the assigned one
        assertThat(ours.get(3).southOrMine()).hasSize(4); // and the "or" brings it back by its assignee
        assertThat(ours.get(0).southOrMine()).isEmpty();
        assertThat(ours.get(4).count()).isEqualTo(12);
        assertThat(ours.get(5).count()).isEqualTo(12);
        assertThat(ours.get(6).count()).isZero();
        assertThat(ours.get(7).count()).isZero();
        assertThat(ours.get(3).page()).hasSize(3).isEqualTo(ours.get(3).list().subList(2, 5));
    }

    private <T> T as(String[] user, Function<String, T> action) {
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(user[0], List.of(user).subList(1, user.length));
        try {
            return action.apply(user[0]);
        } finally {
            identity.clearAuthentication();
        }
    }

    private TaskQuery query() {
        return engine.getTaskService()
                .createTaskQuery()
                .processDefinitionKey(KEY)
                .orderByTaskId()
                .asc();
    }

    private static List<String> ids(List<Task> tasks) {
        return tasks.stream().map(Task::getId).toList();
    }

    private ProcessEngineConfigurationImpl config() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
