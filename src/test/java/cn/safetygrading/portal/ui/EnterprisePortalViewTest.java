package cn.safetygrading.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.demo.DemoDataLoader;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The enterprise's portal shows its own grade, what it means, its running grading and its history. */
class EnterprisePortalViewTest extends UiTest {

    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;

    private final String own = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());

    @BeforeEach
    void clean() {
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(own).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset", true, true));
        jdbc.update("update enterprise set grade = 'B' where uscc = ?", own);
    }

    @Test
    void showsTheGradeAndWhatItMeans() {
        login("enterprise", "demo");
        navigate("enterprise");
        assertThat(_get(H2.class).getText()).isEqualTo("威海环翠海鑫食品有限公司");
        assertThat(_get(Span.class, s -> s.withId("portal-grade")).getText()).isEqualTo("B");
        assertThat(_get(Span.class, s -> s.withId("portal-interval")).getText()).contains("12");
    }

    @Test
    void tracksTheRunningGrading() {
        runtime.startProcessInstanceByKey("grading-cycle", own, Map.of("uscc", own, "spotCheckRatio", 0.0));
        login("enterprise", "demo");
        navigate("enterprise");
        HorizontalLayout tracker = _get(HorizontalLayout.class, s -> s.withId("portal-tracker"));
        Span current = (Span) tracker.getComponentAt(0);
        assertThat(current.getText()).contains("企业自评");
        assertThat(current.getElement().getThemeList()).contains("badge", "primary");
        EnterprisePortalView view = _get(EnterprisePortalView.class);
        view.tabs.setSelectedTab(view.historyTab);
        Grid<?> cases = _get(Grid.class, s -> s.withId("portal-cases"));
        assertThat(cases.getGenericDataView().getItems().count()).isPositive();
    }
}
