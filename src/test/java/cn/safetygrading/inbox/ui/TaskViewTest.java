package cn.safetygrading.inbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.inbox.ui.form.Option;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.time.OffsetDateTime;
import java.util.Map;
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

    private final String uscc = DemoDataLoader.enterprises(OffsetDateTime.now()).stream()
            .filter(e -> e.name().equals("威海顺达冷链物流有限公司")).findFirst().orElseThrow().uscc();
    private ProcessInstance cycle;

    @BeforeEach
    void aReviewWaits() {
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(uscc).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset", true, true));
    }

    private String reviewTask(Map<String, Object> selfAssessment) {
        cycle = runtime.startProcessInstanceByKey("grading-cycle", uscc, Map.of("uscc", uscc, "spotCheckRatio", 0.0));
        tasks.complete(tasks.createTaskQuery().processInstanceId(cycle.getId()).singleResult().getId(), selfAssessment);
        return tasks.createTaskQuery().processInstanceId(cycle.getId()).singleResult().getId();
    }

    @SuppressWarnings("unchecked")
    private void decide(TaskView view, String decision, String grade) {
        RadioButtonGroup<Option> radio = (RadioButtonGroup<Option>) view.form.field("reviewDecision").orElseThrow();
        radio.setValue(radio.getListDataView().getItems().filter(o -> decision.equals(o.value())).findFirst().orElseThrow());
        if (grade != null) {
            Select<Option> select = (Select<Option>) view.form.field("proposedGrade").orElseThrow();
            select.setValue(select.getListDataView().getItems().filter(o -> grade.equals(o.value())).findFirst().orElseThrow());
        }
    }

    @Test
    void theReviewerApprovesOnTheRenderedFormBesideTheDecision() {
        String taskId = reviewTask(Map.of("selfScore", 84));
        login("reviewer", "demo");
        navigate("tasks/" + taskId);
        TaskView view = _get(TaskView.class);
        assertThat(_get(Details.class, s -> s.withId("task-decisions")).getSummaryText()).contains("决策依据");
        decide(view, "APPROVE", "B");
        _click(view.complete);
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
        assertThat(runtime.getVariable(cycle.getId(), "proposedGrade")).isEqualTo("B");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(InboxView.class);
    }

    @Test
    void theProcessRefusalIsShownAndTheTaskStays() {
        String taskId = reviewTask(Map.of("selfScore", 95, "mandatoryMissing", true));
        login("reviewer", "demo");
        navigate("tasks/" + taskId);
        TaskView view = _get(TaskView.class);
        decide(view, "APPROVE", "A");
        _click(view.complete);
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
    }

    @Test
    void anOfficialWhoseGroupsDoNotHoldTheTaskFindsNothing() {
        String taskId = reviewTask(Map.of("selfScore", 70));
        login("expert", "demo");
        navigate("tasks/" + taskId);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isNotInstanceOf(TaskView.class);
    }
}
