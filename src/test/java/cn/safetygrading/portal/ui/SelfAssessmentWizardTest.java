package cn.safetygrading.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.forms.model.UploadedFile;
import cn.safetygrading.grading.domain.Answer;
import cn.safetygrading.grading.service.SelfAssessmentService;
import cn.safetygrading.inbox.service.InboxService;
import cn.safetygrading.security.service.AccountService;
import com.vaadin.flow.component.button.Button;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The self-assessment wizard: live score, drafts, evidence checks, a submission scored by the system. */
class SelfAssessmentWizardTest extends UiTest {

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    SelfAssessmentService service;

    @Autowired
    AccountService accounts;

    @Autowired
    InboxService inbox;

    private final String own = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());
    private ProcessInstance cycle;

    @BeforeEach
    void aCycleWaitsForTheEnterprise() {
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(own)
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset", true, true));
        cycle = runtime.startProcessInstanceByKey("grading-cycle", own, Map.of("uscc", own, "spotCheckRatio", 0.0));
    }

    private SelfAssessmentWizard open() {
        login("enterprise", "demo");
        navigate("enterprise");
        return _get(SelfAssessmentWizard.class);
    }

    @Test
    void theScoreFollowsTheAnswersAndAVetoItemIsFlagged() {
        SelfAssessmentWizard wizard = open();
        assertThat(wizard.score.getText()).contains("0");
        wizard.answers.values().forEach(g -> g.setValue(Answer.MET));
        assertThat(wizard.score.getText()).startsWith("当前得分 100.0");
        String veto = service.open(accounts.find("enterprise").orElseThrow()).orElseThrow().checklist().items().stream()
                .filter(i -> i.veto())
                .findFirst()
                .orElseThrow()
                .id();
        wizard.answers.get(veto).setValue(Answer.NOT_MET);
        assertThat(wizard.flags.getText()).contains("否决项不合格", veto);
    }

    @Test
    void aDraftIsKeptAndTheSubmissionIsScoredByTheSystem() {
        SelfAssessmentWizard wizard = open();
        String first = wizard.answers.keySet().iterator().next();
        wizard.answers.get(first).setValue(Answer.PARTIAL);
        _click(wizard.save);
        SelfAssessmentWizard again = open();
        assertThat(again.answers.get(first).getValue()).isEqualTo(Answer.PARTIAL);

        again.answers.values().forEach(g -> {
            if (g.getValue() == null) {
                g.setValue(Answer.MET);
            }
        });
        _click(again.submit);
        _click(_get(Button.class, s -> s.withId("confirm-submit")));
        var review = tasks.createTaskQuery().processInstanceId(cycle.getId()).singleResult();
        assertThat(review.getTaskDefinitionKey()).isEqualTo("preliminaryReview");
        double score = (Double) runtime.getVariable(cycle.getId(), "selfScore");
        assertThat(score).isLessThan(100.0).isGreaterThan(95.0);
        assertThat(runtime.getVariable(cycle.getId(), "diagnosedGrade")).isEqualTo("A");
    }

    @Test
    void evidenceIsStoredWithTheSubmissionAndARefusedSubmissionKeepsNone() {
        SelfAssessmentWizard wizard = open();
        wizard.answers.values().forEach(g -> g.setValue(Answer.MET));
        wizard.choose(new cn.safetygrading.forms.model.UploadedFile(
                "tool.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 0}));
        wizard.choose(new cn.safetygrading.forms.model.UploadedFile(
                "自评报告.pdf", "application/pdf", "%PDF-1.7 test".getBytes()));
        assertThat(wizard.pending).extracting(f -> f.fileName()).containsExactly("自评报告.pdf");
        assertThat(tasks.getProcessInstanceAttachments(cycle.getId())).isEmpty();

        // the form allows at most 2000 characters of comment: the completion is refused, and the file with it
        wizard.comment.setValue("长".repeat(2001));
        _click(wizard.submit);
        _click(_get(Button.class, s -> s.withId("confirm-submit")));
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(cycle.getId())
                        .singleResult()
                        .getTaskDefinitionKey())
                .isEqualTo("selfAssessment");
        assertThat(tasks.getProcessInstanceAttachments(cycle.getId())).isEmpty();

        wizard.comment.setValue("自评完成");
        _click(wizard.submit);
        _click(_get(Button.class, s -> s.withId("confirm-submit")));
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(cycle.getId())
                        .singleResult()
                        .getTaskDefinitionKey())
                .isEqualTo("preliminaryReview");
        assertThat(tasks.getProcessInstanceAttachments(cycle.getId()))
                .extracting(a -> a.getName())
                .containsExactly("自评报告.pdf");
    }

    @Test
    void evidenceMustBeWhatItClaims() {
        var account = accounts.find("enterprise").orElseThrow();
        String taskId = service.open(account).orElseThrow().taskId();
        assertThatThrownBy(() -> service.addEvidence(account, taskId, "report.exe", new byte[] {'M', 'Z'}))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("report.exe");
        assertThatThrownBy(() -> service.addEvidence(account, taskId, "report.pdf", new byte[] {'M', 'Z', 0, 0}))
                .isInstanceOf(Refused.class);
        var stored = service.addEvidence(account, taskId, "自评报告.pdf", "%PDF-1.7 test".getBytes());
        assertThat(service.open(account).orElseThrow().evidence())
                .extracting(e -> e.name())
                .contains("自评报告.pdf");
        assertThat(stored.type()).isEqualTo("pdf");
    }

    @Test
    void anotherEnterpriseCannotTouchTheTask() {
        var reviewer = accounts.find("reviewer").orElseThrow();
        String taskId = service.open(accounts.find("enterprise").orElseThrow())
                .orElseThrow()
                .taskId();
        assertThat(service.open(reviewer)).isEmpty();
        assertThatThrownBy(() -> service.submit(reviewer, taskId, Map.of(), null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aReturnOpensWithTheLastSubmissionTheItemsToCorrectAndTheFiles() {
        SelfAssessmentWizard wizard = open();
        var ids = java.util.List.copyOf(wizard.answers.keySet());
        wizard.answers.values().forEach(g -> g.setValue(Answer.MET));
        wizard.answers.get(ids.get(1)).setValue(Answer.PARTIAL);
        wizard.comment.setValue("第一次自评");
        wizard.choose(new UploadedFile("自评报告.pdf", "application/pdf", "%PDF-1.7 test".getBytes()));
        _click(wizard.submit);
        _click(_get(Button.class, s -> s.withId("confirm-submit")));

        var reviewer = accounts.find("reviewer").orElseThrow();
        String review = tasks.createTaskQuery()
                .processInstanceId(cycle.getId())
                .singleResult()
                .getId();
        inbox.complete(
                reviewer,
                review,
                Map.of(
                        "reviewDecision",
                        "RETURN",
                        "reviewComment",
                        "两项需补充材料",
                        "returnItems",
                        ids.get(1) + "、" + ids.get(2)));
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(cycle.getId())
                        .singleResult()
                        .getTaskDefinitionKey())
                .isEqualTo("selfAssessment");

        navigate("notice"); // away and back: a new portal page, as after signing in again
        SelfAssessmentWizard returned = open();
        // the last submission, not an empty checklist
        assertThat(returned.answers.get(ids.get(0)).getValue()).isEqualTo(Answer.MET);
        assertThat(returned.answers.get(ids.get(1)).getValue()).isEqualTo(Answer.PARTIAL);
        assertThat(returned.comment.getValue()).isEqualTo("第一次自评");
        assertThat(returned.current()).hasSize(ids.size());
        // the items the reviewer ticked are named and marked
        assertThat(_get(returned, com.vaadin.flow.component.html.Span.class, s -> s.withId("return-items"))
                        .getText())
                .contains(ids.get(1), ids.get(2));
        assertThat(returned.answers
                        .get(ids.get(1))
                        .getParent()
                        .orElseThrow()
                        .getElement()
                        .getAttribute("data-to-correct"))
                .isEqualTo("true");
        assertThat(returned.answers
                        .get(ids.get(0))
                        .getParent()
                        .orElseThrow()
                        .getElement()
                        .getAttribute("data-to-correct"))
                .isNull();
        // the file uploaded the first time is listed, opens, and can be deleted (not uploaded twice)
        var file = service.open(accounts.find("enterprise").orElseThrow())
                .orElseThrow()
                .evidence();
        assertThat(file).extracting(e -> e.name()).containsExactly("自评报告.pdf");
        String fileId = file.get(0).id();
        assertThat(_get(returned, com.vaadin.flow.component.html.Anchor.class, s -> s.withId("evidence-open-" + fileId))
                        .getText())
                .isEqualTo("自评报告.pdf");
        assertThat(service.evidenceContent(accounts.find("enterprise").orElseThrow(), returned.taskId(), fileId))
                .startsWith("%PDF".getBytes());
        assertThatThrownBy(() -> service.deleteEvidence(reviewer, returned.taskId(), fileId))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        _click(_get(returned, Button.class, s -> s.withId("evidence-delete-" + fileId)));
        _click(_get(Button.class, s -> s.withId("confirm-delete-evidence")));
        assertThat(tasks.getProcessInstanceAttachments(cycle.getId())).isEmpty();
        assertThat(returned.storedEvidence.getChildren().count()).isZero();
    }

    @Test
    void anExeIsRefusedWithItsReasonAndTheCounterFollowsAtOnce() {
        SelfAssessmentWizard wizard = open();
        assertThat(wizard.counter.getText()).isEqualTo("证明材料：已保存 0 份，待保存 0 份");
        // the browser refuses the type: the reason is shown, not dropped silently
        var upload = _get(wizard, com.vaadin.flow.component.upload.Upload.class, s -> s.withId("evidence-upload"));
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                upload, new com.vaadin.flow.component.upload.FileRejectedEvent(upload, "文件类型不正确", "tool.exe"));
        assertThat(wizard.refusal.getText()).contains("tool.exe", "文件类型不正确");
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .anySatisfy(n -> assertThat(n.getElement().getProperty("text")).contains("tool.exe"));
        // the server refuses what the browser let through: red with the reason, and nothing kept
        wizard.choose(new UploadedFile("report.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 0}));
        assertThat(wizard.refusal.getText()).contains("report.exe");
        assertThat(wizard.pending).isEmpty();
        wizard.choose(new UploadedFile("自评报告.pdf", "application/pdf", "%PDF-1.7 test".getBytes()));
        assertThat(wizard.refusal.getText()).isEmpty();
        assertThat(wizard.counter.getText()).isEqualTo("证明材料：已保存 0 份，待保存 1 份");
        _click(wizard.save);
        assertThat(wizard.counter.getText()).isEqualTo("证明材料：已保存 1 份，待保存 0 份");
    }

    @Test
    void aFileCanBeAttachedToOneItem() {
        SelfAssessmentWizard wizard = open();
        var item = service.open(accounts.find("enterprise").orElseThrow())
                .orElseThrow()
                .checklist()
                .items()
                .get(2);
        wizard.evidenceItem.setValue(item);
        wizard.choose(new UploadedFile("制度文件.pdf", "application/pdf", "%PDF-1.7 rules".getBytes()));
        wizard.evidenceItem.clear();
        wizard.choose(new UploadedFile("自评报告.pdf", "application/pdf", "%PDF-1.7 report".getBytes()));
        _click(wizard.save);
        var stored = service.open(accounts.find("enterprise").orElseThrow())
                .orElseThrow()
                .evidence();
        assertThat(stored)
                .extracting(e -> e.name() + "=" + e.itemId())
                .containsExactlyInAnyOrder("制度文件.pdf=" + item.id(), "自评报告.pdf=null");
        String itemFile = stored.stream()
                .filter(e -> item.id().equals(e.itemId()))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(_get(wizard, com.vaadin.flow.component.html.Span.class, s -> s.withId("evidence-item-" + itemFile))
                        .getText())
                .isEqualTo(item.id());
        // deleting the file removes its link to the item
        _click(_get(wizard, Button.class, s -> s.withId("evidence-delete-" + itemFile)));
        _click(_get(Button.class, s -> s.withId("confirm-delete-evidence")));
        assertThat(service.open(accounts.find("enterprise").orElseThrow())
                        .orElseThrow()
                        .evidence())
                .extracting(e -> e.itemId())
                .containsOnlyNulls();
    }
}
