package cn.safetygrading.supervision;

import cn.safetygrading.grading.process.ProcessTestSupport;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.AccountService;
import cn.safetygrading.supervision.service.SupervisionGridService;
import cn.safetygrading.supervision.service.SupervisionProblemService;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/** The 包保 grid's process tests: the grid's people, whom a task is offered to, and how often a duty went up. */
abstract class GridProcessTestSupport extends ProcessTestSupport {

    @Autowired
    SupervisionGridService grid;

    @Autowired
    SupervisionProblemService problems;

    @Autowired
    AccountService accounts;

    /** A supervisor of the region, created on first use. */
    Account official(String id, String region) {
        if (accounts.find(id).isEmpty()) {
            accounts.create(
                    new NewAccount(id, "网格" + id, "secret-123", Set.of(Role.SUPERVISOR), region, "应急管理局", null));
        }
        return accounts.find(id).orElseThrow();
    }

    /** The users a task is offered to. */
    List<String> candidates(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getUserId)
                .toList();
    }

    /** How many times the duty of a task has gone up the grid. */
    int escalation(Task task) {
        return jdbc.queryForObject(
                "select escalation from supervision_duty where task_id = ?", Integer.class, task.getId());
    }
}
