package cn.safetygrading.notice.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.notice.domain.PublicNotice;
import cn.safetygrading.notice.service.NoticeService;
import cn.safetygrading.notice.service.ObjectionService;
import cn.safetygrading.notice.service.ReceiptNumbers;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The public notice: anyone sees the list and files an objection, which reaches the grading process. */
class NoticeViewTest extends UiTest {

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    NoticeService notices;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    cn.safetygrading.grading.service.ChecklistService checklists;

    @Autowired
    ObjectionService objections;

    private final String uscc = DemoDataLoader.enterprises(OffsetDateTime.now()).stream()
            .filter(e -> e.name().equals("威海市海韵木业有限公司"))
            .findFirst()
            .orElseThrow()
            .uscc();
    private ProcessInstance cycle;

    @BeforeEach
    void onNotice() {
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(uscc)
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset", true, true));
        jdbc.update("update notice set status = 'WITHDRAWN' where uscc = ? and status = 'OPEN'", uscc);
        jdbc.update("delete from objection where client_hash is not null and filed_at > now() - interval '2 hours'");
        cycle = runtime.startProcessInstanceByKey("grading-cycle", uscc, Map.of("uscc", uscc, "spotCheckRatio", 0.0));
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(cycle.getId())
                        .singleResult()
                        .getId(),
                cn.safetygrading.grading.ChecklistAnswers.scoring(checklists, jdbc, cycle.getId(), 83));
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(cycle.getId())
                        .singleResult()
                        .getId(),
                Map.of("reviewDecision", "APPROVE", "proposedGrade", "B"));
    }

    @Test
    void anyoneSeesTheListAndSearchesIt() {
        navigate("notice");
        NoticeView view = _get(NoticeView.class);
        _setValue(view.search, "海韵木业");
        assertThat(_size(view.grid)).isOne();
        PublicNotice row = GridKt._get(view.grid, 0);
        assertThat(row.grade()).isEqualTo("B");
        assertThat(row.regionName()).isEqualTo("环翠区");
    }

    @Test
    void aPhoneKeepsTheGradeTheDeadlineAndTheObjectionButton() {
        navigate("notice");
        NoticeView view = _get(NoticeView.class);
        view.applyNarrow(true);
        assertThat(view.usccColumn.isVisible()).isFalse();
        assertThat(view.regionColumn.isVisible()).isFalse();
        assertThat(view.grid.getColumns().stream().filter(c -> c.isVisible()).map(c -> c.getHeaderText()))
                .containsExactly("企业名称", "拟定等级", "公示截止", "异议");
        view.applyNarrow(false);
        assertThat(view.grid.getColumns()).allMatch(c -> c.isVisible());
    }

    @Test
    void anObjectionGetsAReceiptAndReachesTheProcess() {
        navigate("notice");
        NoticeView view = _get(NoticeView.class);
        _setValue(view.search, "海韵木业");
        view.openObjection(GridKt._get(view.grid, 0));
        _setValue(_get(TextArea.class, spec -> spec.withId("objection-text")), "该企业粉尘涉爆车间除尘系统长期停用，自评不实");
        _click(_get(Button.class, spec -> spec.withId("objection-submit")));
        String receipt =
                _get(Span.class, spec -> spec.withId("objection-receipt")).getText();
        // twelve characters without look-alikes in groups of four, drawn at random (issue #12: not guessable)
        assertThat(receipt)
                .matches("[ACDEFGHJKMNPQRTWXY3479]{4}-[ACDEFGHJKMNPQRTWXY3479]{4}-[ACDEFGHJKMNPQRTWXY3479]{4}");
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(cycle.getId())
                        .singleResult()
                        .getTaskDefinitionKey())
                .isEqualTo("objectionReview");
        assertThat(runtime.getVariable(cycle.getId(), "objectionText")).isEqualTo("该企业粉尘涉爆车间除尘系统长期停用，自评不实");

        view.receipt.setValue(receipt);
        view.lookUp();
        // found as typed over the phone; a number drawn at random finds nothing
        assertThat(objections.byReceipt(" " + receipt.toLowerCase().replace("-", " ") + " "))
                .isPresent();
        for (int i = 0; i < 100; i++) {
            assertThat(objections.byReceipt(new ReceiptNumbers().next())).isEmpty();
        }
    }

    @Test
    void aTooShortObjectionIsRefusedWithAChineseMessage() {
        navigate("notice");
        NoticeView view = _get(NoticeView.class);
        _setValue(view.search, "海韵木业");
        view.openObjection(GridKt._get(view.grid, 0));
        TextArea text = _get(TextArea.class, spec -> spec.withId("objection-text"));
        _setValue(text, "不同意");
        _click(_get(Button.class, spec -> spec.withId("objection-submit")));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).contains("过短");
        assertThat(tasks.createTaskQuery().processInstanceId(cycle.getId()).count())
                .isZero();
    }

    @Test
    void objectionsAreRateLimitedPerClient() {
        navigate("notice");
        NoticeView view = _get(NoticeView.class);
        _setValue(view.search, "海韵木业");
        PublicNotice row = GridKt._get(view.grid, 0);
        for (int i = 0; i < 5; i++) {
            view.openObjection(row);
            _setValue(_get(TextArea.class, spec -> spec.withId("objection-text")), "第" + i + "条异议：数据与实际不符，请核查");
            _click(_get(Button.class, spec -> spec.withId("objection-submit")));
            _click(_get(Button.class, spec -> spec.withText("关闭")));
        }
        view.openObjection(row);
        TextArea text = _get(TextArea.class, spec -> spec.withId("objection-text"));
        _setValue(text, "第六条异议：数据与实际不符，请核查");
        _click(_get(Button.class, spec -> spec.withId("objection-submit")));
        assertThat(text.getErrorMessage()).contains("频繁");
    }
}
