package cn.safetygrading.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.inbox.ui.TaskView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A task that cannot be opened is a page with a sentence, not a white page with a Java exception. */
class NotFoundViewTest extends UiTest {

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Test
    void aTaskThatDoesNotExistIsASentence() {
        login("reviewer", "demo");
        navigate("tasks/no-such-task");
        assertThat(_find(TaskView.class)).isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withId("not-found-text")).getText())
                .contains("不在您的办理范围内");
        assertThat(UI.getCurrent().getElement().getOuterHTML())
                .doesNotContain("Exception")
                .doesNotContain("tasks/no-such-task");
    }

    @Test
    void aTaskOfAnotherScopeReadsTheSame() {
        String wendeng = DemoDataLoader.enterprises(OffsetDateTime.now()).stream()
                .filter(e -> e.regionCode().equals("371003"))
                .findFirst()
                .orElseThrow()
                .uscc();
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(wendeng)
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset", true, true));
        var cycle = runtime.startProcessInstanceByKey(
                "grading-cycle", wendeng, Map.of("uscc", wendeng, "spotCheckRatio", 0.0));
        String taskId = tasks.createTaskQuery()
                .processInstanceId(cycle.getId())
                .singleResult()
                .getId();
        try {
            login("reviewer", "demo");
            navigate("tasks/" + taskId);
            assertThat(_find(TaskView.class)).isEmpty();
            assertThat(_get(Paragraph.class, s -> s.withId("not-found-text")).getText())
                    .contains("不在您的办理范围内");
        } finally {
            runtime.deleteProcessInstance(cycle.getId(), "test done", true, true);
        }
    }
}
