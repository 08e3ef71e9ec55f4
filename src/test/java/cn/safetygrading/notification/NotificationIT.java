package cn.safetygrading.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.base.time.ClockConfig;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.notification.domain.Preference;
import cn.safetygrading.notification.service.NotificationDispatcher;
import cn.safetygrading.notification.service.NotificationService;
import cn.safetygrading.notification.service.TaskNotifier;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications end to end: each trigger writes one row for the right people, in the transaction of the
 * work; the job delivers by real SMTP (GreenMail) and a real HTTP gateway (a local HTTP server), retries a
 * failure and never sends twice.
 */
class NotificationIT extends IntegrationTest {

    static final GreenMail SMTP;
    static final HttpServer GATEWAY;
    static final List<String> POSTS = new CopyOnWriteArrayList<>();
    static final List<String> KEYS = new CopyOnWriteArrayList<>();
    static final AtomicInteger FAIL_NEXT = new AtomicInteger();

    static {
        try {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            SMTP = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            SMTP.start();
            GATEWAY = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            GATEWAY.createContext("/sms", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                int status = FAIL_NEXT.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : 200;
                if (status == 200) {
                    POSTS.add(body);
                    KEYS.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            GATEWAY.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add(
                "app.notifications.sms.url",
                () -> "http://127.0.0.1:" + GATEWAY.getAddress().getPort() + "/sms");
        registry.add("app.notifications.dispatch.enabled", () -> "false");
        registry.add("app.notifications.base-url", () -> "https://grading.example.cn");
        // this class has a context (and a database) of its own: its engine must not take the name
        // "default" from the shared context's in Camunda's static registry, or /engine-rest of every
        // later test would reach this context's database
        registry.add("camunda.bpm.process-engine-name", () -> "notifications");
    }

    @AfterAll
    static void stopServers() {
        SMTP.stop();
        GATEWAY.stop(0);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    NotificationService notifications;

    @Autowired
    NotificationDispatcher dispatcher;

    @Autowired
    TaskNotifier taskNotifier;

    @Autowired
    EnterpriseFileService file;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @BeforeEach
    void clean() throws Exception {
        ClockConfig.resetToStart();
        jdbc.update("delete from notification");
        jdbc.update("delete from notification_preference");
        SMTP.purgeEmailFromAllMailboxes();
        POSTS.clear();
        KEYS.clear();
        FAIL_NEXT.set(0);
    }

    @AfterEach
    void resetClock() {
        ClockConfig.resetToStart();
    }

    private String enterpriseUscc() {
        return jdbc.queryForObject("select uscc from account where user_id = 'enterprise'", String.class);
    }

    private List<Map<String, Object>> rows(String kind) {
        return jdbc.queryForList(
                "select recipient, title, body, link, source_ref from notification where kind = ? order by recipient",
                kind);
    }

    private Set<String> members(String group) {
        Set<String> ids = new TreeSet<>();
        identity.createUserQuery().memberOfGroup(group).list().stream()
                .map(User::getId)
                .forEach(ids::add);
        return ids;
    }

    private String startTask(String taskKey, String candidateGroup, String assignee, Instant due) {
        String key = "notify-probe-" + taskKey;
        var builder = Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask(taskKey)
                .name("测试步骤");
        if (candidateGroup != null) {
            builder = builder.camundaCandidateGroups(candidateGroup);
        }
        if (assignee != null) {
            builder = builder.camundaAssignee(assignee);
        }
        if (due != null) {
            builder = builder.camundaDueDate("${due}");
        }
        BpmnModelInstance model = builder.endEvent().done();
        repository
                .createDeployment()
                .addModelInstance(key + ".bpmn", model)
                .enableDuplicateFiltering(true)
                .deploy();
        String pid = runtime.startProcessInstanceByKey(
                        key, "BK-1", due == null ? Map.of() : Map.of("due", Date.from(due)))
                .getId();
        return tasks.createTaskQuery().processInstanceId(pid).singleResult().getId();
    }

    // --- triggers

    @Test
    void aNewTaskTellsTheMembersOfItsCandidateGroupsOnce() {
        String taskId = startTask("notifyProbe", "reviewer-371002", null, null);
        List<Map<String, Object>> rows = rows("NEW_TASK");
        assertThat(members("reviewer-371002")).isNotEmpty();
        assertThat(rows).extracting(r -> r.get("recipient")).containsExactlyElementsOf(members("reviewer-371002"));
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("source_ref")).isEqualTo("task:" + taskId);
            assertThat(r.get("link")).isEqualTo("/tasks/" + taskId);
            assertThat(r.get("title")).isEqualTo("测试步骤");
        });
    }

    @Test
    void anAssignedTaskTellsOnlyTheAssignee() {
        startTask("notifyAssigned", "reviewer-371002", "manager", null);
        assertThat(rows("NEW_TASK")).extracting(r -> r.get("recipient")).containsExactly("manager");
    }

    @Test
    void anObjectionTellsTheReviewersOfTheCaseAndADrawTellsTheInspectors() {
        startTask("objectionReview", "reviewer-371002", null, null);
        assertThat(rows("OBJECTION_RECEIVED"))
                .extracting(r -> r.get("recipient"))
                .containsExactlyElementsOf(members("reviewer-371002"));
        startTask("inspectOnSite", null, "supervisor", null);
        assertThat(rows("INSPECTION_DRAWN")).extracting(r -> r.get("recipient")).containsExactly("supervisor");
        assertThat(rows("NEW_TASK")).isEmpty();
    }

    @Test
    void theEnterpriseHearsOfItsReturnGradeAndOrderOnceAndNothingElse() {
        String uscc = enterpriseUscc();
        Set<String> accounts =
                new TreeSet<>(jdbc.queryForList("select user_id from account where uscc = ?", String.class, uscc));
        assertThat(accounts).contains("enterprise");
        tx.executeWithoutResult(s -> {
            file.record(uscc, "REVIEW_RETURNED", "reviewer", "初审退回补正：请补充材料", null, "notify-it-return");
            file.record(uscc, "REVIEW_RETURNED", "reviewer", "初审退回补正：请补充材料", null, "notify-it-return");
            file.record(uscc, "GRADED", "system", "确定安全生产等级 B", null, "notify-it-graded");
            file.record(uscc, "INSPECTED", "supervisor", "双随机抽查现场检查，责令于 2026-12-31 前整改", null, "notify-it-order");
            file.record(uscc, "INSPECTED", "supervisor", "双随机抽查现场检查，未责令整改", null, "notify-it-no-order");
            file.record(uscc, "SAMPLING", "system", "抽中抽查", null, "notify-it-sampling");
        });
        assertThat(rows("TASK_RETURNED")).extracting(r -> r.get("recipient")).containsExactlyElementsOf(accounts);
        assertThat(rows("TASK_RETURNED").get(0).get("body")).isEqualTo("初审退回补正：请补充材料");
        assertThat(rows("GRADE_DECIDED")).extracting(r -> r.get("recipient")).containsExactlyElementsOf(accounts);
        assertThat(rows("RECTIFICATION_ORDER"))
                .extracting(r -> r.get("recipient"))
                .containsExactlyElementsOf(accounts);
        assertThat(jdbc.queryForObject("select count(*) from notification", Long.class))
                .isEqualTo(3L * accounts.size());
    }

    @Test
    void dueSoonAndOverdueAreToldOncePerTask() {
        Instant now = ClockUtil.now().toInstant();
        String soon = startTask("notifySoon", null, "reviewer", now.plus(Duration.ofDays(2)));
        String late = startTask("notifyLate", null, "reviewer", now.plus(Duration.ofHours(1)));
        startTask("notifyLater", null, "reviewer", now.plus(Duration.ofDays(10)));
        ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofHours(2))));
        taskNotifier.scanDeadlines();
        taskNotifier.scanDeadlines();
        assertThat(rows("DUE_SOON")).extracting(r -> r.get("source_ref")).containsExactly("due-soon:" + soon);
        assertThat(rows("OVERDUE")).extracting(r -> r.get("source_ref")).containsExactly("overdue:" + late);
    }

    @Test
    void aManagerUrgesWithANoteAndEachUrgingIsNews() {
        String taskId = startTask("notifyUrge", null, "reviewer", null);
        assertThat(taskNotifier.urge("manager", List.of(taskId, "no-such-task"), "请今天办结"))
                .isEqualTo(1);
        assertThat(taskNotifier.urge("manager", List.of(taskId), "再次催办")).isEqualTo(1);
        List<Map<String, Object>> urged = rows("URGED");
        assertThat(urged)
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.get("recipient")).isEqualTo("reviewer"));
        assertThat(urged)
                .extracting(r -> (String) r.get("body"))
                .anySatisfy(b -> assertThat(b).contains("请今天办结"));
    }

    // --- the outbox

    @Test
    void aRolledBackWorkLeavesNoNotification() {
        String uscc = enterpriseUscc();
        tx.executeWithoutResult(s -> {
            file.record(uscc, "GRADED", "system", "确定安全生产等级 A", null, "notify-it-rollback");
            s.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from notification", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from enterprise_event where idempotency_key = 'notify-it-rollback'",
                        Long.class))
                .isZero();
    }

    // --- channels

    @Test
    void anEmailIsSentOnceThroughSmtp() throws Exception {
        notifications.savePreference(new Preference("reviewer", "reviewer@example.cn", null, true, false));
        String taskId = startTask("notifyMail", null, "reviewer", null);
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(dispatcher.dispatchDue()).isZero();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("reviewer@example.cn");
        assertThat(received[0].getSubject()).isEqualTo("新待办：测试步骤");
        assertThat(((String) received[0].getContent())).contains("https://grading.example.cn/tasks/" + taskId);
        assertThat(jdbc.queryForObject("select status from notification_delivery", String.class))
                .isEqualTo("SENT");
    }

    @Test
    void aFailingGatewayIsRetriedLaterAndTheMessageArrivesOnce() {
        notifications.savePreference(new Preference("enterprise", null, "13800000000", false, true));
        String uscc = enterpriseUscc();
        FAIL_NEXT.set(1);
        tx.executeWithoutResult(s -> file.record(uscc, "GRADED", "system", "确定安全生产等级 C", null, "notify-it-sms"));

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        // the gateway refused: the work is kept, the delivery waits for its next attempt
        assertThat(jdbc.queryForObject(
                        "select count(*) from enterprise_event where idempotency_key = 'notify-it-sms'", Long.class))
                .isOne();
        Map<String, Object> delivery =
                jdbc.queryForMap("select status, attempts, last_error from notification_delivery");
        assertThat(delivery).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat((String) delivery.get("last_error")).contains("503");
        assertThat(POSTS).isEmpty();
        assertThat(dispatcher.dispatchDue()).isZero(); // not yet due again

        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(Duration.ofMinutes(2))));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(POSTS).hasSize(1);
        assertThat(POSTS.get(0))
                .contains("\"to\":\"13800000000\"")
                .contains("等级已确定")
                .contains("确定安全生产等级 C");
        assertThat(KEYS.get(0)).startsWith("notification-delivery-");
        assertThat(jdbc.queryForMap("select status, attempts from notification_delivery"))
                .containsEntry("status", "SENT")
                .containsEntry("attempts", 2);
    }

    @Test
    void aDeliveryIsGivenUpAfterItsAttemptsAndShownToAdministrators() {
        notifications.savePreference(new Preference("reviewer", null, "13900000000", false, true));
        FAIL_NEXT.set(100);
        startTask("notifyGiveUp", null, "reviewer", null);
        for (int i = 0; i < 6; i++) {
            ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(Duration.ofDays(2))));
            dispatcher.dispatchDue();
        }
        assertThat(notifications.deliveries("FAILED", 0, 10))
                .singleElement()
                .satisfies(d -> assertThat(d.attempts()).isEqualTo(6))
                .satisfies(d -> assertThat(d.lastError()).contains("503"));
        FAIL_NEXT.set(0);
        long id = notifications.deliveries("FAILED", 0, 10).get(0).id();
        assertThat(notifications.retry(id)).isTrue();
        dispatcher.dispatchDue();
        assertThat(POSTS).hasSize(1);
    }
}
