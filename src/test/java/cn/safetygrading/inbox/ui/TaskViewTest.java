package cn.safetygrading.inbox.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.forms.model.Option;
import cn.safetygrading.grading.domain.ChecklistItem;
import cn.safetygrading.grading.service.ChecklistService;
import cn.safetygrading.inbox.service.CaseFiles;
import cn.safetygrading.inbox.service.GradingCases;
import cn.safetygrading.inbox.service.InboxService;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.service.AccountService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The task page: the form rendered from forms/, the decision that proposed the grade beside it, the server's checks. */
class TaskViewTest extends UiTest {

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    InboxService inbox;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    AccountService accounts;

    private final String uscc = DemoDataLoader.enterprises(OffsetDateTime.now()).stream()
            .filter(e -> e.name().equals("威海顺达冷链物流有限公司"))
            .findFirst()
            .orElseThrow()
            .uscc();
    private ProcessInstance cycle;

    @BeforeEach
    void aReviewWaits() {
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(uscc)
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset", true, true));
    }

    @Autowired
    ManagementService management;

    @Autowired
    org.springframework.boot.test.web.client.TestRestTemplate http;

    @Autowired
    ChecklistService checklists;

    /** A review after a self-assessment with every item met. */
    private String reviewTask() {
        return reviewTask(item -> "MET");
    }

    private String reviewTask(java.util.function.Function<ChecklistItem, String> answer) {
        GradingCases cases = new GradingCases(runtime, tasks, management, checklists);
        String taskId = cases.atReview(uscc, answer);
        cycle = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(uscc)
                .active()
                .processDefinitionKey("grading-cycle")
                .singleResult();
        return taskId;
    }

    @SuppressWarnings("unchecked")
    private void decide(TaskView view, String decision, String grade) {
        RadioButtonGroup<Option> radio =
                (RadioButtonGroup<Option>) view.form.field("reviewDecision").orElseThrow();
        radio.setValue(radio.getListDataView()
                .getItems()
                .filter(o -> decision.equals(o.value()))
                .findFirst()
                .orElseThrow());
        if (grade != null) {
            Select<Option> select =
                    (Select<Option>) view.form.field("proposedGrade").orElseThrow();
            select.setValue(select.getListDataView()
                    .getItems()
                    .filter(o -> grade.equals(o.value()))
                    .findFirst()
                    .orElseThrow());
        }
    }

    @Test
    void theReviewerApprovesOnTheRenderedFormBesideTheDecision() {
        String taskId = reviewTask();
        login("reviewer", "demo");
        navigate("tasks/" + taskId);
        TaskView view = _get(TaskView.class);
        assertThat(_get(Details.class, s -> s.withId("task-decisions")).getSummaryText())
                .contains("决策依据");
        decide(view, "APPROVE", "B");
        _click(view.complete);
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
        assertThat(runtime.getVariable(cycle.getId(), "proposedGrade")).isEqualTo("B");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(InboxView.class);
    }

    @Test
    void onAPhoneTheFormAndTheCaseStandInOneColumn() {
        String taskId = reviewTask();
        login("reviewer", "demo");
        navigate("tasks/" + taskId);
        TaskView view = _get(TaskView.class);
        assertThat(view.split).isNotNull();
        // the width arriving after the page was drawn, unchanged, leaves the page as it is (no second drawing)
        var drawn = view.split;
        view.applyNarrow(false);
        assertThat(view.split).isSameAs(drawn);
        view.applyNarrow(true);
        assertThat(view.split).isNull();
        assertThat(view.stacked.getChildren().toList()).hasSize(2);
        assertThat(view.form.getParent().flatMap(com.vaadin.flow.component.Component::getParent))
                .contains(view.stacked);
        view.applyNarrow(false);
        assertThat(view.stacked).isNull();
        assertThat(view.split.getPrimaryComponent())
                .isSameAs(view.form.getParent().orElseThrow());
        // the form still works after the move
        decide(view, "APPROVE", "B");
        _click(view.complete);
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
    }

    @Test
    void theProcessRefusalIsShownAndTheTaskStays() {
        String taskId = reviewTask(item -> item.mandatory() ? "NOT_MET" : "MET");
        login("reviewer", "demo");
        navigate("tasks/" + taskId);
        TaskView view = _get(TaskView.class);
        decide(view, "APPROVE", "A");
        _click(view.complete);
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
    }

    @Test
    void anOfficialWhoseGroupsDoNotHoldTheTaskFindsNothing() {
        String taskId = reviewTask();
        login("expert", "demo");
        navigate("tasks/" + taskId);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isNotInstanceOf(TaskView.class);
    }

    @Test
    void commentsAndFilesStayWithTheCaseAndExecutablesAreRefused() {
        String taskId = reviewTask();
        login("reviewer", "demo");
        navigate("tasks/" + taskId);
        TaskView view = _get(TaskView.class);
        view.notes.text.setValue("现场照片与台账不一致，请核实");
        _click(view.notes.addComment);
        assertThat(view.notes.comments.getItems()).hasSize(1);
        assertThat(view.notes.comments.getItems().get(0).text()).isEqualTo("现场照片与台账不一致，请核实");
        assertThat(view.notes.comments.getItems().get(0).author()).contains("reviewer");
        assertThat(view.notes.comments.getHtml()).contains("现场照片与台账不一致，请核实");
        assertThat(tasks.getProcessInstanceComments(cycle.getId()))
                .singleElement()
                .satisfies(c -> assertThat(c.getUserId()).isEqualTo("reviewer"));

        view.notes.attach("整改报告.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.ISO_8859_1));
        view.notes.attach("tool.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 0});
        view.notes.attach(
                "page.pdf", "application/pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertThat(_size(view.notes.files)).isOne();
        var file = GridKt._get(view.notes.files, 0);
        assertThat(file.name()).isEqualTo("整改报告.pdf");
        assertThat(new String(
                        caseFiles.attachmentContent(account("reviewer"), taskId, file.id()),
                        StandardCharsets.ISO_8859_1))
                .startsWith("%PDF");
        // another case's task cannot reach this case's file
        String otherUscc = DemoDataLoader.enterprises(OffsetDateTime.now()).stream()
                .filter(e -> e.regionCode().equals("371002") && !e.uscc().equals(uscc))
                .findFirst()
                .orElseThrow()
                .uscc();
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(otherUscc)
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset", true, true));
        String otherTask = new GradingCases(runtime, tasks, management, checklists).atReview(otherUscc);
        assertThatThrownBy(() -> caseFiles.attachmentContent(account("reviewer"), otherTask, file.id()))
                .isInstanceOf(Refused.class);
    }

    @Test
    void aDelegateWorksTheTaskAndHandsItBackToItsOwner() {
        String taskId = reviewTask();
        ensureColleague();
        login("reviewer", "demo");
        navigate("tasks/" + taskId);
        TaskView view = _get(TaskView.class);
        _click(view.delegate);
        @SuppressWarnings("unchecked")
        ComboBox<InboxService.Colleague> to = _get(ComboBox.class, s -> s.withId("delegate-to"));
        assertThat(to.getListDataView().getItems().map(InboxService.Colleague::userId))
                .contains("reviewer-huancui2")
                .doesNotContain("reviewer", "expert");
        to.setValue(to.getListDataView()
                .getItems()
                .filter(c -> c.userId().equals("reviewer-huancui2"))
                .findFirst()
                .orElseThrow());
        _click(_get(Button.class, s -> s.withId("confirm-delegate")));
        var delegated = tasks.createTaskQuery().taskId(taskId).singleResult();
        assertThat(delegated.getAssignee()).isEqualTo("reviewer-huancui2");
        assertThat(delegated.getOwner()).isEqualTo("reviewer");

        // the delegate fills the form and hands it back; the owner then decides
        var colleague = account("reviewer-huancui2");
        assertThat(inbox.delegatedBy(colleague, taskId)).contains("reviewer");
        inbox.resolve(colleague, taskId, Map.of("reviewDecision", "APPROVE", "proposedGrade", "B"));
        var back = tasks.createTaskQuery().taskId(taskId).singleResult();
        assertThat(back.getAssignee()).isEqualTo("reviewer");
        assertThat(runtime.getVariable(cycle.getId(), "proposedGrade")).isEqualTo("B");
        // nobody outside the task's groups can be given it
        assertThatThrownBy(() -> inbox.delegate(account("reviewer"), taskId, "expert"))
                .isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).messageKey()).isEqualTo("task.notCandidate"));
    }

    @Test
    void aPoisonedVariableDoesNotBreakTheTaskPageAndNoPageShowsAnException() {
        String taskId = reviewTask();
        // an administrator stores an object of a type the engine will not deserialize
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        headers.setBasicAuth("demo", "demo");
        var put = http.exchange(
                "/engine-rest/process-instance/" + cycle.getId() + "/variables/homepage",
                org.springframework.http.HttpMethod.PUT,
                new org.springframework.http.HttpEntity<>(
                        Map.of(
                                "value",
                                "\"https://example.com/\"",
                                "type",
                                "Object",
                                "valueInfo",
                                Map.of(
                                        "objectTypeName",
                                        "java.net.URL",
                                        "serializationDataFormat",
                                        "application/json")),
                        headers),
                String.class);
        assertThat(put.getStatusCode().value()).isEqualTo(204);

        login("reviewer", "demo");
        navigate("tasks/" + taskId);
        TaskView view = _get(TaskView.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("task-unreadable"))
                        .getText())
                .contains("homepage");
        String page = UI.getCurrent().getElement().getOuterHTML();
        assertThat(page).doesNotContain("Exception").doesNotContain("ENGINE-").doesNotContain("java.net.URL");
        decide(view, "APPROVE", "B");
        _click(view.complete);
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
    }

    @Test
    void aPageThatFailsShowsASentenceNotTheException() {
        login("reviewer", "demo");
        var view = new cn.safetygrading.base.ui.ErrorView();
        view.setErrorParameter(
                null,
                new com.vaadin.flow.router.ErrorParameter<>(
                        Exception.class, new IllegalStateException("ENGINE-12345 secret detail")));
        assertThat(view.getElement().getOuterHTML())
                .contains("参考号")
                .doesNotContain("ENGINE-")
                .doesNotContain("secret detail");
    }

    private cn.safetygrading.security.domain.Account account(String userId) {
        return accounts.find(userId).orElseThrow();
    }

    private void ensureColleague() {
        if (accounts.find("reviewer-huancui2").isEmpty()) {
            accounts.create(new NewAccount(
                    "reviewer-huancui2",
                    "环翠复核",
                    "secret-123",
                    java.util.Set.of(cn.safetygrading.security.domain.Role.REVIEWER),
                    "371002",
                    "环翠区应急管理局",
                    null));
        }
    }
}
