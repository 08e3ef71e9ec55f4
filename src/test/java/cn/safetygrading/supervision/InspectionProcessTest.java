package cn.safetygrading.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.safetygrading.base.Refused;
import cn.safetygrading.grading.process.ProcessTestSupport;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.supervision.domain.Inspection;
import cn.safetygrading.supervision.service.InspectionService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** inspection: no issues; order → rectified → not yet → passed; refused → REFUSED_ORDER; two penalties → REPEATED_PENALTY. */
class InspectionProcessTest extends ProcessTestSupport {

    @Autowired
    InspectionService inspections;

    private final Enterprise e = demo("威海文登天福食品有限公司");
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private Account enterprise() {
        return new Account("ent-tf", e.name(), Set.of(Role.ENTERPRISE), List.of("enterprise"), null, null, e.uscc());
    }

    private ProcessInstance drawn() {
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "insert into inspection (id, uscc, inspectors, planned_on, status) values (?, ?, 'ins-x,ins-y', ?, 'PLANNED')",
                id,
                e.uscc(),
                today);
        inspections.start(id, e.uscc(), List.of("ins-x", "ins-y"), today);
        return runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(e.uscc())
                .processDefinitionKey("inspection")
                .active()
                .list()
                .stream()
                .filter(p -> id.equals(runtime.getVariable(p.getId(), "inspectionId")))
                .findFirst()
                .orElseThrow();
    }

    private Inspection row(ProcessInstance pi) {
        String id = jdbc.queryForObject(
                "select id from inspection where process_instance_id = ?", String.class, pi.getId());
        return inspections.forEnterprise(enterprise(), e.uscc()).stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private Map<String, Object> record(boolean order, boolean penalty) {
        Map<String, Object> v = new HashMap<>(Map.of(
                "site",
                "生产车间、冷库",
                "legalRepresentative",
                "张三",
                "timeSpan",
                today + " 09:00–11:00",
                "findings",
                order ? "冷库氨泄漏报警器未定期检验" : "未发现问题",
                "signed",
                true,
                "orderNeeded",
                order,
                "penalty",
                penalty));
        if (order) {
            v.put("orderDeadline", today.plusDays(10).toString());
            v.put("legalBasis", "《安全生产法》第三十六条");
        }
        return v;
    }

    @Test
    void anInspectionWithoutIssuesIsRecordedAndPublished() {
        reset(e.uscc(), "B");
        ProcessInstance pi = drawn();
        assertThat(pi)
                .isWaitingAt("inspectOnSite")
                .task()
                .hasCandidateUser("ins-x")
                .hasCandidateUser("ins-y");
        assertThatThrownBy(() -> complete(pi, "inspectOnSite", Map.of("site", "车间", "findings", "无", "signed", false)))
                .hasMessageContaining("signed");
        complete(pi, "inspectOnSite", record(false, false));
        assertThat(pi).isEnded();
        Inspection done = row(pi);
        assertThat(done.status()).isEqualTo("DONE");
        assertThat(done.result()).isEqualTo("NO_ISSUES");
        assertThat(done.published()).isTrue();
        assertThat(inspections.published(e.name(), 0, 10)).isNotEmpty();
        assertThat(timeline(e.uscc())).contains("INSPECTED");
    }

    @Test
    void anOrderIsRectifiedReCheckedTwiceAndClosed() {
        reset(e.uscc(), "B");
        ProcessInstance pi = drawn();
        assertThatThrownBy(() -> complete(
                        pi,
                        "inspectOnSite",
                        Map.of(
                                "site",
                                "车间",
                                "findings",
                                "问题",
                                "signed",
                                true,
                                "orderNeeded",
                                true,
                                "legalRepresentative",
                                "张三",
                                "timeSpan",
                                "09:00–11:00")))
                .hasMessageContaining("orderDeadline");
        complete(pi, "inspectOnSite", record(true, false));
        assertThat(pi).isWaitingAt("rectifyOrder").task().hasCandidateGroup("enterprise-" + e.uscc());
        Inspection ordered = row(pi);
        assertThat(ordered.orderDeadline()).isEqualTo(today.plusDays(10));
        assertThat(inspections.orderOpen(ordered)).isTrue();

        inspections.reportRectification(enterprise(), ordered.id(), "已送检报警器并取得检验报告");
        assertThat(pi).isWaitingAt("recheckInspection").task().hasCandidateUser("ins-x");
        complete(pi, "recheckInspection", Map.of("recheckResult", "NOT_YET", "recheckNote", "检验报告未盖章"));
        assertThat(pi).isWaitingAt("rectifyOrder");
        inspections.reportRectification(enterprise(), ordered.id(), "已补盖章");
        complete(pi, "recheckInspection", Map.of("recheckResult", "PASSED", "recheckNote", "整改到位"));
        assertThat(pi).isEnded();
        assertThat(row(pi).result()).isEqualTo("RECTIFIED");
        assertThat(ledgerGrade(e.uscc())).isEqualTo("B");
        assertThat(timeline(e.uscc()))
                .containsSubsequence("INSPECTED", "ORDER_RECTIFIED", "RECHECKED", "ORDER_RECTIFIED", "RECHECKED");
    }

    @Test
    void aRefusedOrderLowersTheGrade() {
        reset(e.uscc(), "B");
        ProcessInstance pi = drawn();
        complete(pi, "inspectOnSite", record(true, false));
        inspections.reportRectification(enterprise(), row(pi).id(), "不同意整改");
        complete(pi, "recheckInspection", Map.of("recheckResult", "REFUSED", "recheckNote", "企业拒不整改"));
        assertThat(pi).isEnded();
        assertThat(row(pi).result()).isEqualTo("REFUSED");
        assertThat(ledgerGrade(e.uscc())).isEqualTo("C");
        assertThat(timeline(e.uscc())).contains("ORDER_REFUSED");
    }

    @Test
    void aSecondPenaltyWithinAYearIsARepeatedPenalty() {
        reset(e.uscc(), "B");
        jdbc.update("update inspection set penalty = false where uscc = ?", e.uscc());
        complete(drawn(), "inspectOnSite", record(false, true));
        assertThat(ledgerGrade(e.uscc())).isEqualTo("B");
        complete(drawn(), "inspectOnSite", record(false, true));
        assertThat(ledgerGrade(e.uscc())).isEqualTo("C");
    }

    @Test
    void fourPenaltiesInAYearMoveTheGradeOneLevel() {
        reset(e.uscc(), "B");
        jdbc.update("update inspection set penalty = false where uscc = ?", e.uscc());
        for (int i = 0; i < 4; i++) {
            complete(drawn(), "inspectOnSite", record(false, true));
        }
        assertThat(ledgerGrade(e.uscc())).isEqualTo("C");
        assertThat(jdbc.queryForList(
                        "select refusal_reason from grade_adjustment where uscc = ? and refused",
                        String.class,
                        e.uscc()))
                .containsExactly("ONE_LEVEL_PER_12_MONTHS", "ONE_LEVEL_PER_12_MONTHS");
        assertThat(jdbc.queryForList("select fact_ref from grade_adjustment where uscc = ?", String.class, e.uscc()))
                .allMatch(ref -> ref.startsWith("inspection:"));
    }

    @Test
    void anInspectorsFindingOfProminentHazardsDowngrades() {
        reset(e.uscc(), "B");
        jdbc.update("update inspection set penalty = false where uscc = ?", e.uscc());
        Map<String, Object> v = record(false, false);
        v.put("prominentHazards", true);
        complete(drawn(), "inspectOnSite", v);
        assertThat(ledgerGrade(e.uscc())).isEqualTo("C");
        assertThat(jdbc.queryForObject("select event from grade_adjustment where uscc = ?", String.class, e.uscc()))
                .isEqualTo("PROMINENT_HAZARDS");
    }

    @Test
    void onlyTheEnterpriseReportsOnItsOwnOpenOrder() {
        reset(e.uscc(), "B");
        ProcessInstance pi = drawn();
        String id = row(pi).id();
        assertThatThrownBy(() -> inspections.reportRectification(enterprise(), id, "x"))
                .isInstanceOf(Refused.class)
                .satisfies(x -> assertThat(((Refused) x).messageKey()).isEqualTo("inspection.noOrder"));
        var other = new Account(
                "o",
                "o",
                Set.of(Role.ENTERPRISE),
                List.of("enterprise"),
                null,
                null,
                demo("威海顺达冷链物流有限公司").uscc());
        assertThatThrownBy(() -> inspections.reportRectification(other, id, "x"))
                .isInstanceOf(Refused.class)
                .satisfies(x -> assertThat(((Refused) x).messageKey()).isEqualTo("inspection.gone"));
    }
}
