package cn.safetygrading.grading.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.grading.domain.GradingRequestKind;
import cn.safetygrading.grading.domain.NewCampaign;
import cn.safetygrading.grading.service.CampaignService;
import cn.safetygrading.grading.service.LookBackService;
import cn.safetygrading.grading.service.LookBackService.Candidate;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.AccountService;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * 回头看 leads to actions: the campaign leaves out an enterprise being graded already (never two at
 * once), the look-back lists it as missing and the never-submitted ones, and the manager starts
 * gradings for a selection, each recorded with the reason and the campaign.
 */
class LookBackIT extends ProcessTestSupport {

    @Autowired
    CampaignService campaigns;

    @Autowired
    LookBackService lookBack;

    @Autowired
    AccountService accounts;

    /** A manager of 乳山市 (the demo's manager is the city's), who holds the look-back of a 乳山市 campaign. */
    static Account rushanManager(AccountService accounts) {
        return accounts.find("rsmanager")
                .orElseGet(() -> accounts.create(
                        new NewAccount("rsmanager", "孙经理", "demo", Set.of(Role.MANAGER), "371083", "乳山市应急管理局", null),
                        true));
    }

    /** A closed 乳山市 campaign waiting at its look-back, with {@code busy} graded outside it; returns the look-back task. */
    static Task closedCampaignWithLookBack(
            ProcessTestSupport support, CampaignService campaigns, AccountService accounts, String busy) {
        support.jdbc
                .queryForList("select uscc from enterprise where region_code = '371083'", String.class)
                .forEach(u -> support.reset(u.strip(), null));
        support.startCycle(busy, Map.of("trigger", "APPLICATION"));
        OffsetDateTime now = OffsetDateTime.now();
        Campaign campaign = campaigns.launch(
                accounts.find("manager").orElseThrow(),
                new NewCampaign(
                        "2026年度分级评定（回头看）",
                        "371083",
                        2026,
                        now.plusDays(30),
                        now.plusDays(45),
                        now.plusDays(60),
                        now.plusDays(90),
                        BigDecimal.ZERO,
                        "P7D"));
        support.runDueJobs(campaign.processInstanceId());
        support.runtime
                .createMessageCorrelation("campaign-close")
                .processInstanceBusinessKey(campaign.id())
                .correlate();
        support.runDueJobs(campaign.processInstanceId());
        return support.tasks
                .createTaskQuery()
                .processInstanceId(campaign.processInstanceId())
                .taskDefinitionKey("lookBack")
                .singleResult();
    }

    @Test
    void theLookBackListsTheMissingAndNeverSubmittedAndStartsTheirGradings() {
        String busy = demo("乳山牡蛎食品有限公司").uscc();
        String other = demo("乳山宏利五金制品有限公司").uscc();
        Task task = closedCampaignWithLookBack(this, campaigns, accounts, busy);
        String campaignId = runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult()
                .getBusinessKey();
        // the campaign left out the enterprise being graded already
        assertThat(jdbc.queryForObject(
                        "select count(*) from grading_case where campaign_id = ? and uscc = ?",
                        Long.class,
                        campaignId,
                        busy))
                .isZero();
        assertThat(running("grading-cycle", busy)).isOne();

        Account manager = rushanManager(accounts);
        List<Candidate> found = lookBack.candidates(manager, task.getId());
        assertThat(found).anySatisfy(c -> {
            assertThat(c.uscc()).isEqualTo(busy);
            assertThat(c.reason()).isEqualTo(LookBackService.MISSING);
            assertThat(c.running()).isTrue();
        });
        assertThat(found)
                .filteredOn(c -> c.uscc().equals(other))
                .singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo(LookBackService.NOT_SUBMITTED));
        // no one outside the task
        assertThatThrownBy(() -> lookBack.candidates(accounts.find("reviewer").orElseThrow(), task.getId()))
                .isInstanceOf(AccessDeniedException.class);

        // the campaign's cycle of the other one has ended without a submission (its department's diagnosis was dropped)
        runtime.createProcessInstanceQuery()
                .processDefinitionKey("grading-cycle")
                .processInstanceBusinessKey(other)
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "ended without submission"));
        String outside = demo("威海顺达冷链物流有限公司").uscc();
        reset(outside, "B");
        LookBackService.Outcome outcome = lookBack.start(
                manager, task.getId(), List.of(busy, other, outside), GradingRequestKind.REGRADING, "回头看：未申报企业补做定级");
        assertThat(outcome.started()).containsExactly(other);
        assertThat(outcome.refused()).containsOnlyKeys(busy);
        assertThat(outcome.refused().get(busy).messageKey()).isEqualTo("gradingRequest.running");
        assertThat(running("grading-cycle", outside)).isZero();

        ProcessInstance started = runtime.createProcessInstanceQuery()
                .processDefinitionKey("grading-cycle")
                .processInstanceBusinessKey(other)
                .singleResult();
        assertThat(task(started).getTaskDefinitionKey()).isEqualTo("selfAssessment");
        assertThat(jdbc.queryForMap(
                        "select origin, kind, campaign_id, requested_by, reason, process_instance_id from grading_request"
                                + " where uscc = ?",
                        other))
                .containsEntry("origin", "LOOK_BACK")
                .containsEntry("kind", "REGRADING")
                .containsEntry("campaign_id", campaignId)
                .containsEntry("requested_by", "rsmanager")
                .containsEntry("process_instance_id", started.getId());
        assertThat(timeline(other)).contains("GRADING_REQUESTED");
        assertThat(lookBack.candidates(manager, task.getId()))
                .filteredOn(c -> c.uscc().equals(other))
                .singleElement()
                .satisfies(c -> assertThat(c.started()).isTrue());
        // the look-back itself completes as before
        complete(
                runtime.createProcessInstanceQuery()
                        .processInstanceId(task.getProcessInstanceId())
                        .singleResult(),
                "lookBack",
                Map.of("lookBackFindings", "未申报企业已补做定级"));
    }
}
