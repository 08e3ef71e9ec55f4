package cn.safetygrading.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.security.domain.Account;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * supervision-consultation (首问负责): a question its 包保 person leaves unanswered goes to the unit's head after
 * five days and to the head one level up after fifteen; whoever answers, the enterprise reads the answer.
 */
class SupervisionConsultationProcessTest extends GridProcessTestSupport {

    @Test
    void anUnansweredQuestionGoesToTheHeadAfterFiveDaysAndOneLevelUpAfterFifteen() {
        Account manager = accounts.find("manager").orElseThrow();
        Account enterprise = accounts.find("enterprise").orElseThrow();
        String uscc = enterprise.uscc();
        official("sup-hc-1", "371002");
        official("head-hc", "371002");
        official("head-wh", "371000");
        grid.addMember(manager, "sup-hc-1", "371002", false);
        grid.addMember(manager, "head-hc", "371002", true);
        grid.addMember(manager, "head-wh", "371000", true);
        jdbc.update("delete from supervision_assignment where uscc = ?", uscc);
        reset(uscc, "B");
        grid.assign(manager, "371002");

        String id = problems.ask(enterprise, "动火作业票的有效期是多久？");
        String pid = jdbc.queryForObject("select process_instance_id from consultation where id = ?", String.class, id);
        Task answer = tasks.createTaskQuery()
                .processInstanceId(pid)
                .taskDefinitionKey("consultationAnswer")
                .singleResult();
        assertThat(escalation(answer)).isZero();

        advance(5, ChronoUnit.DAYS);
        advance(1, ChronoUnit.MINUTES);
        runDueJobs(pid);
        assertThat(escalation(answer)).isEqualTo(1);
        assertThat(candidates(answer)).contains("head-hc").doesNotContain("head-wh");

        advance(10, ChronoUnit.DAYS);
        runDueJobs(pid);
        assertThat(escalation(answer)).isEqualTo(2);
        assertThat(candidates(answer)).contains("head-hc", "head-wh");
        assertThat(jdbc.queryForList(
                        "select idempotency_key from enterprise_event where uscc = ? and idempotency_key like ?",
                        String.class,
                        uscc,
                        "duty-escalated:" + answer.getId() + ":%"))
                .containsExactlyInAnyOrder(
                        "duty-escalated:" + answer.getId() + ":1", "duty-escalated:" + answer.getId() + ":2");

        // the city's head takes it over and answers: the enterprise reads the answer, the question is closed
        tasks.claim(answer.getId(), "head-wh");
        tasks.complete(answer.getId(), Map.of("consultationAnswer", "特级动火作业票有效期不超过8小时。"));
        assertThat(problems.consultations(enterprise, uscc))
                .filteredOn(c -> c.id().equals(id))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.answer()).isEqualTo("特级动火作业票有效期不超过8小时。");
                    assertThat(c.answeredBy()).isEqualTo("head-wh");
                });
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).count())
                .isZero();
    }
}
