package cn.safetygrading.inbox.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.inbox.service.GradingCases;
import cn.safetygrading.inbox.service.InboxFilter;
import cn.safetygrading.inbox.service.InboxQueries;
import cn.safetygrading.inbox.service.InboxService;
import cn.safetygrading.inbox.service.InboxTask;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.security.service.AccountService;
import com.vaadin.flow.component.UI;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The officials' inbox: business data, filters, claims and the race for a task. */
class InboxViewTest extends UiTest {

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    InboxService inbox;

    @Autowired
    InboxQueries queries;

    @Autowired
    AccountService accounts;

    @Autowired
    org.camunda.bpm.engine.ManagementService management;

    @Autowired
    cn.safetygrading.grading.service.ChecklistService checklists;

    private final Enterprise enterprise = DemoDataLoader.enterprises(OffsetDateTime.now()).stream()
            .filter(e -> e.name().equals("威海环翠城市公交客运有限公司"))
            .findFirst()
            .orElseThrow();
    private ProcessInstance cycle;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void aTaskWaitsForTheReviewers() {
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(enterprise.uscc())
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset", true, true));
        // the demo bus company is 市级 (威海市交通运输局): here the demo reviewer's department supervises it,
        // so its 初审 reaches the reviewer (routing by department, domain §11)
        jdbc.update(
                "update enterprise set management_level = 'COUNTY', supervising_department = '环翠区应急管理局'"
                        + " where uscc = ?",
                enterprise.uscc());
        cycle = runtime.startProcessInstanceByKey(
                "grading-cycle", enterprise.uscc(), Map.of("uscc", enterprise.uscc()));
        new GradingCases(runtime, tasks, management, checklists).selfAssess(cycle);
    }

    @org.junit.jupiter.api.AfterEach
    void restoreTheDemoEnterprise() {
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(enterprise.uscc())
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test done", true, true));
        jdbc.update(
                "update enterprise set management_level = 'CITY', supervising_department = '威海市交通运输局'"
                        + " where uscc = ?",
                enterprise.uscc());
    }

    private String reviewTaskId() {
        return tasks.createTaskQuery()
                .processInstanceId(cycle.getId())
                .singleResult()
                .getId();
    }

    @Test
    void showsBusinessDataAndFindsTheTaskByName() {
        login("reviewer", "demo");
        navigate("inbox");
        InboxView view = _get(InboxView.class);
        view.search.setValue("公交客运");
        assertThat(_size(view.grid)).isOne();
        var row = _get(view.grid, 0);
        assertThat(row.enterpriseName()).isEqualTo("威海环翠城市公交客运有限公司");
        assertThat(row.regionName()).isEqualTo("环翠区");
        assertThat(row.taskKey()).isEqualTo("preliminaryReview");
        assertThat(row.due()).isNotNull();
        view.taskKey.setValue("spotCheck");
        assertThat(_size(view.grid)).isZero();
    }

    @Test
    void aClaimedTaskLeavesTheUnclaimedListAndAColleagueIsToldWhoHasIt() {
        var reviewer = accounts.find("reviewer").orElseThrow();
        inbox.claim(reviewer, reviewTaskId());
        var unclaimed = new InboxFilter(InboxFilter.Show.UNASSIGNED, null, null, null, null, false, null, "公交客运");
        assertThat(queries.count(reviewer, unclaimed)).isZero();
        var mine = new InboxFilter(InboxFilter.Show.MINE, null, null, null, null, false, null, "公交客运");
        assertThat(queries.count(reviewer, mine)).isOne();
        var admin = accounts.find("demo").orElseThrow();
        assertThatThrownBy(() -> inbox.claim(admin, reviewTaskId()))
                .isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).messageKey()).isEqualTo("task.race.claimed"));
    }

    @Test
    void aTaskCompletedByOthersIsGoneWithAClearMessage() {
        var reviewer = accounts.find("reviewer").orElseThrow();
        String taskId = reviewTaskId();
        inbox.complete(reviewer, taskId, Map.of("reviewDecision", "APPROVE", "proposedGrade", "B"));
        assertThatThrownBy(() ->
                        inbox.complete(reviewer, taskId, Map.of("reviewDecision", "APPROVE", "proposedGrade", "B")))
                .isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).messageKey()).isEqualTo("task.gone"));
        // who decided is on record
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(cycle.getId())
                        .count())
                .isOne();
    }

    @Autowired
    cn.safetygrading.inbox.service.SavedFilters savedFilters;

    @Test
    void aSavedFilterComesBack() {
        var reviewer = accounts.find("reviewer").orElseThrow();
        var filter = new InboxFilter(
                InboxFilter.Show.UNASSIGNED, "preliminaryReview", "371002", null, null, true, null, "公交");
        savedFilters.save(reviewer, "逾期初审", filter);
        assertThat(savedFilters.list(reviewer)).containsEntry("逾期初审", filter);
        login("reviewer", "demo");
        navigate("inbox");
        InboxView view = _get(InboxView.class);
        view.saved.setValue("逾期初审");
        assertThat(view.filter()).isEqualTo(filter);
        assertThat(savedFilters.list(accounts.find("expert").orElseThrow())).doesNotContainKey("逾期初审");
    }

    @Test
    void anotherCountysReviewerDoesNotSeeIt() {
        accounts.create(new cn.safetygrading.security.domain.NewAccount(
                "reviewer-wendeng",
                "文登审核",
                "secret-123",
                java.util.Set.of(cn.safetygrading.security.domain.Role.REVIEWER),
                "371003",
                "文登区应急管理局",
                null));
        var other = accounts.find("reviewer-wendeng").orElseThrow();
        assertThat(queries.count(
                        other, new InboxFilter(InboxFilter.Show.ALL, null, null, null, null, false, null, "公交客运")))
                .isZero();
        assertThat(inbox.find(other, reviewTaskId())).isEmpty();
    }

    @Test
    void theManagerSeesTheCitysTasksAndAssignsTheSelectedOnes() {
        login("manager", "demo");
        navigate("inbox");
        InboxView view = _get(InboxView.class);
        view.search.setValue("公交客运");
        assertThat(_size(view.grid)).isOne();
        assertThat(view.bulkAssign.isEnabled()).isFalse();
        view.grid.select(_get(view.grid, 0));
        assertThat(view.bulkAssign.isEnabled()).isTrue();
        _click(view.bulkAssign);
        assertThat(view.bulkDialog.getListDataView().getItems().map(InboxService.Colleague::userId))
                .contains("reviewer");
        view.bulkDialog.setValue(view.bulkDialog
                .getListDataView()
                .getItems()
                .filter(c -> c.userId().equals("reviewer"))
                .findFirst()
                .orElseThrow());
        _click(_get(com.vaadin.flow.component.button.Button.class, b -> b.withId("confirm-bulk-assign")));
        assertThat(tasks.createTaskQuery().taskId(reviewTaskId()).singleResult().getAssignee())
                .isEqualTo("reviewer");

        // a task gone meanwhile and an official outside the task's groups are reported, not forced
        var manager = accounts.find("manager").orElseThrow();
        var result = inbox.assignAll(manager, java.util.List.of(reviewTaskId(), "no-such-task"), "expert");
        assertThat(result.done()).isZero();
        assertThat(result.refused()).hasSize(2);
    }

    @Test
    void anEmptyChoiceOfOfficialsIsExplained() {
        login("manager", "demo");
        navigate("inbox");
        InboxView view = _get(InboxView.class);
        view.search.setValue("公交客运");
        view.grid.select(_get(view.grid, 0));
        // the task's department has nobody else who may work it
        String id = reviewTaskId();
        tasks.getIdentityLinksForTask(id).stream()
                .filter(l -> l.getGroupId() != null)
                .forEach(l -> tasks.deleteCandidateGroup(id, l.getGroupId()));
        tasks.addCandidateGroup(id, "reviewer-nobody-here");
        _click(view.bulkAssign);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, p -> p.withId("bulk-assign-none"))
                        .getText())
                .contains("没有可以分派的人员");
        assertThat(_get(com.vaadin.flow.component.button.Button.class, b -> b.withId("confirm-bulk-assign"))
                        .isEnabled())
                .isFalse();
    }

    @Test
    void theHeaderNamesTheOfficialNotTheLogin() {
        login("reviewer", "demo");
        navigate("inbox");
        String name = accounts.find("reviewer").orElseThrow().displayName();
        assertThat(name).isNotEqualTo("reviewer");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("current-user"))
                        .getElement()
                        .getTextRecursively())
                .contains(name)
                .doesNotContain("reviewer");
    }

    @Test
    void reviewersDoNotBulkAssign() {
        login("reviewer", "demo");
        navigate("inbox");
        InboxView view = _get(InboxView.class);
        assertThat(view.grid.getSelectionModel())
                .isNotInstanceOf(com.vaadin.flow.component.grid.GridMultiSelectionModel.class);
        var reviewer = accounts.find("reviewer").orElseThrow();
        assertThatThrownBy(() -> inbox.assignAll(reviewer, java.util.List.of(reviewTaskId()), "reviewer"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void columnsSortOnTheServerAndTheClassFilterNarrows() {
        Enterprise second = DemoDataLoader.enterprises(OffsetDateTime.now()).stream()
                .filter(e -> e.regionCode().equals("371002")
                        && !e.uscc().equals(enterprise.uscc())
                        && e.status().equals("ACTIVE")
                        && !e.enterpriseClass().equals(enterprise.enterpriseClass()))
                .findFirst()
                .orElseThrow();
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(second.uscc())
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset", true, true));
        var other = runtime.startProcessInstanceByKey("grading-cycle", second.uscc(), Map.of("uscc", second.uscc()));
        new GradingCases(runtime, tasks, management, checklists).selfAssess(other);
        runtime.setVariable(cycle.getId(), "proposedGrade", "B");
        var reviewer = accounts.find("reviewer").orElseThrow();
        var review = new InboxFilter(InboxFilter.Show.ALL, "preliminaryReview", null, null, null, false, null, null);

        var ascending =
                queries
                        .page(reviewer, review, java.util.List.of(Map.entry(InboxTask.Sort.ENTERPRISE, true)), 0, 100)
                        .stream()
                        .map(InboxTask::enterpriseName)
                        .toList();
        var descending =
                queries
                        .page(reviewer, review, java.util.List.of(Map.entry(InboxTask.Sort.ENTERPRISE, false)), 0, 100)
                        .stream()
                        .map(InboxTask::enterpriseName)
                        .toList();
        var reversed = new java.util.ArrayList<>(descending);
        java.util.Collections.reverse(reversed);
        assertThat(ascending).contains(enterprise.name(), second.name()).isEqualTo(reversed);

        login("reviewer", "demo");
        navigate("inbox");
        InboxView view = _get(InboxView.class);
        view.search.setValue("公交客运");
        assertThat(_get(view.grid, 0).proposedGrade()).isEqualTo("B");
        view.search.clear();
        view.taskKey.setValue("preliminaryReview");
        long both = _size(view.grid);
        view.enterpriseClass.setValue(enterprise.enterpriseClass());
        assertThat((long) _size(view.grid)).isLessThan(both);
        for (int i = 0; i < _size(view.grid); i++) {
            assertThat(_get(view.grid, i).enterpriseClass()).isEqualTo(enterprise.enterpriseClass());
        }
        assertThat(view.grid.getColumns().stream().filter(c -> c.isSortable()).count())
                .isGreaterThanOrEqualTo(8);
    }

    // ---------------------------------------------------------------- issue #15, 7, 8 and 12

    @Test
    void theDueDateAndOpenStayFrozenAtTheRightAndAPhoneKeepsOnlyTheKeyColumns() {
        login("reviewer", "demo");
        navigate("inbox");
        InboxView view = _get(InboxView.class);
        assertThat(view.dueColumn.isFrozenToEnd()).isTrue();
        assertThat(view.actionsColumn.isFrozenToEnd()).isTrue();
        assertThat(view.grid.getThemeNames()).contains("wrap-cell-content");
        var columns = view.grid.getColumns();
        assertThat(columns.subList(columns.size() - 2, columns.size()))
                .containsExactly(view.dueColumn, view.actionsColumn);

        // at 1366 px (beside the menu) the campaign and creation columns go, so the rest fit
        view.applyWide(false);
        assertThat(view.grid.getColumns().stream()
                        .filter(com.vaadin.flow.component.grid.Grid.Column::isVisible)
                        .count())
                .isEqualTo(9);
        view.applyWide(true);
        view.applyNarrow(true);
        assertThat(view.grid.getColumns().stream()
                        .filter(com.vaadin.flow.component.grid.Grid.Column::isVisible)
                        .count())
                .isEqualTo(4);
        assertThat(view.dueColumn.isFrozenToEnd()).isFalse();
        assertThat(view.actionsColumn.isFrozenToEnd())
                .as("办理 stays at hand on a phone")
                .isTrue();
        assertThat(view.dueColumn.isVisible()).isTrue();
        assertThat(view.actionsColumn.isVisible()).isTrue();
        // 办理 alone: its column no longer keeps the width of 签收 + 办理 over the due date
        assertThat(view.actionsColumn.isAutoWidth()).isFalse();
        assertThat(view.actionsColumn.getWidth()).isEqualTo(InboxColumns.NARROW_ACTIONS);
        // the filters fold behind 筛选
        assertThat(view.filters.isVisible()).isFalse();
        assertThat(view.filterToggle.isVisible()).isTrue();
        _click(view.filterToggle);
        assertThat(view.filters.isVisible()).isTrue();
        _click(view.filterToggle);
        assertThat(view.filters.isVisible()).isFalse();

        view.applyNarrow(false);
        assertThat(view.grid.getColumns()).allMatch(com.vaadin.flow.component.grid.Grid.Column::isVisible);
        assertThat(view.actionsColumn.isAutoWidth()).isTrue();
        assertThat(view.filters.isVisible()).isTrue();
        assertThat(view.filterToggle.isVisible()).isFalse();
    }

    @Test
    void enterOnARowOpensItsTaskAndTheSkipLinkLeadsToTheSearch() {
        login("reviewer", "demo");
        navigate("inbox");
        InboxView view = _get(InboxView.class);
        assertThat(view.getComponentAt(0)).isSameAs(view.skipToSearch);
        view.applyNarrow(true);
        _click(view.skipToSearch);
        assertThat(view.filters.isVisible()).isTrue();

        view.search.setValue("公交客运");
        InboxTask row = _get(view.grid, 0);
        String key = view.grid.getDataCommunicator().getKeyMapper().key(row);
        String column = internalId(view.grid.getColumns().get(1));
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                view.grid, new com.vaadin.flow.component.grid.CellFocusEvent<>(view.grid, true, key, column, "body"));
        view.openFocused();
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(TaskView.class);
    }

    /** The id by which the browser names a column in its events (protected in Grid.Column). */
    private static String internalId(com.vaadin.flow.component.grid.Grid.Column<?> column) {
        try {
            var method = com.vaadin.flow.component.grid.Grid.Column.class.getDeclaredMethod("getInternalId");
            method.setAccessible(true);
            return (String) method.invoke(column);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aManagersClaimAsksFirstAndTheCountFollowsTheFilters() {
        login("manager", "demo");
        navigate("inbox");
        InboxView view = _get(InboxView.class);
        view.search.setValue("公交客运");
        assertThat(view.summary.getText()).startsWith("共 1 项待办");
        view.taskKey.setValue("spotCheck");
        assertThat(view.summary.getText()).startsWith("共 0 项待办");
        view.taskKey.setValue("");

        // Enter on a checkbox, Tab, Enter: the row's 签收 asks before it claims
        view.grid.select(_get(view.grid, 0));
        view.claim(_get(view.grid, 0));
        assertThat(view.claimConfirm.isOpened()).isTrue();
        assertThat(tasks.createTaskQuery().taskId(reviewTaskId()).singleResult().getAssignee())
                .isNull();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel(view.claimConfirm);
        assertThat(tasks.createTaskQuery().taskId(reviewTaskId()).singleResult().getAssignee())
                .isNull();
        view.claim(_get(view.grid, 0));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(view.claimConfirm);
        assertThat(tasks.createTaskQuery().taskId(reviewTaskId()).singleResult().getAssignee())
                .isEqualTo("manager");
    }

    @Test
    void aReviewersClaimNeedsNoConfirmation() {
        login("reviewer", "demo");
        navigate("inbox");
        InboxView view = _get(InboxView.class);
        view.search.setValue("公交客运");
        view.claim(_get(view.grid, 0));
        assertThat(view.claimConfirm).isNull();
        assertThat(tasks.createTaskQuery().taskId(reviewTaskId()).singleResult().getAssignee())
                .isEqualTo("reviewer");
    }

    @Test
    void theManagerUrgesTheSelectedTasksAndTheirCandidatesAreTold() {
        String taskId = reviewTaskId();
        java.util.List<String> candidates = new java.util.ArrayList<>();
        tasks.getIdentityLinksForTask(taskId).stream()
                .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null)
                .forEach(l -> jdbc.queryForList(
                                "select user_id_ from act_id_membership where group_id_ = ?",
                                String.class,
                                l.getGroupId())
                        .forEach(candidates::add));
        assertThat(candidates).contains("reviewer");
        login("manager", "demo");
        navigate("inbox");
        InboxView view = _get(InboxView.class);
        view.search.setValue("公交客运");
        assertThat(view.urge.isEnabled()).isFalse();
        view.grid.select(_get(view.grid, 0));
        assertThat(view.urge.isEnabled()).isTrue();
        _click(view.urge);
        var send = _get(com.vaadin.flow.component.button.Button.class, b -> b.withId("urge-send"));
        _click(send);
        // the note is required, and named
        assertThat(_get(com.vaadin.flow.component.textfield.TextArea.class, t -> t.withId("urge-note"))
                        .isInvalid())
                .isTrue();
        _get(com.vaadin.flow.component.textfield.TextArea.class, t -> t.withId("urge-note"))
                .setValue("请今天办结初审");
        _click(send);
        var told = jdbc.queryForList(
                "select recipient from notification where kind = 'URGED' and source_ref like ?",
                String.class,
                "urge:%:" + taskId);
        assertThat(told).containsExactlyInAnyOrderElementsOf(new java.util.TreeSet<>(candidates));
        assertThat(jdbc.queryForObject(
                        "select body from notification where kind = 'URGED' and source_ref like ? limit 1",
                        String.class,
                        "urge:%:" + taskId))
                .contains("请今天办结初审");
    }

    @Test
    void reviewersSeeNoUrge() {
        login("reviewer", "demo");
        navigate("inbox");
        InboxView view = _get(InboxView.class);
        assertThat(view.urge.getParent()).isEmpty();
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(
                com.vaadin.flow.component.button.Button.class, b -> b.withId("inbox-urge"));
    }
}
