package cn.safetygrading.supervision.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.supervision.domain.Hazard;
import cn.safetygrading.supervision.domain.NewHazard;
import cn.safetygrading.supervision.service.HazardService;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** /notice/hazards without login: listed major hazards and how they stand; general hazards are not listed. */
class PublicHazardsViewTest extends UiTest {

    @Autowired
    HazardService hazards;

    @Test
    void anyoneSeesTheListedMajorHazards() {
        Enterprise e = DemoDataLoader.enterprises(OffsetDateTime.now()).stream()
                .filter(x -> x.name().equals("威海顺达冷链物流有限公司"))
                .findFirst()
                .orElseThrow();
        Account account =
                new Account("ent", e.name(), Set.of(Role.ENTERPRISE), List.of("enterprise"), null, null, e.uscc());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        hazards.report(
                account,
                new NewHazard(Hazard.MAJOR, "冷库氨制冷机房泄漏报警失效", "氨泄漏报警器失效", "机房", today, "更换报警器并联动排风", today.plusDays(20)),
                List.of());
        hazards.report(
                account,
                new NewHazard(Hazard.GENERAL, "叉车通道堆放杂物", "通道堆物", null, today, "清理", today.plusDays(5)),
                List.of());

        navigate("notice/hazards");
        PublicHazardsView view = _get(PublicHazardsView.class);
        view.search.setValue("顺达冷链");
        assertThat(_size(view.grid)).isOne();
        assertThat(_get(view.grid, 0).title()).isEqualTo("冷库氨制冷机房泄漏报警失效");
        assertThat(_get(view.grid, 0).status()).isEqualTo("RECTIFYING");
    }

    @Autowired
    cn.safetygrading.supervision.service.InspectionService inspections;

    @Autowired
    org.camunda.bpm.engine.TaskService tasks;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void finishedInspectionsArePublished() {
        Enterprise e = DemoDataLoader.enterprises(OffsetDateTime.now()).stream()
                .filter(x -> x.name().equals("威海文登家纺有限公司"))
                .findFirst()
                .orElseThrow();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String id = java.util.UUID.randomUUID().toString();
        jdbc.update(
                "insert into inspection (id, uscc, inspectors, planned_on, status) values (?, ?, 'ins-p,ins-q', ?, 'PLANNED')",
                id,
                e.uscc(),
                today);
        inspections.start(id, e.uscc(), List.of("ins-p", "ins-q"), today);
        String pid = jdbc.queryForObject("select process_instance_id from inspection where id = ?", String.class, id);
        tasks.complete(
                tasks.createTaskQuery().processInstanceId(pid).singleResult().getId(),
                java.util.Map.of(
                        "site",
                        "缝制车间",
                        "legalRepresentative",
                        "张三",
                        "timeSpan",
                        "09:00–11:00",
                        "findings",
                        "安全出口畅通，未发现问题",
                        "signed",
                        true));

        navigate("notice/hazards");
        PublicHazardsView view = _get(PublicHazardsView.class);
        view.search.setValue("文登家纺");
        assertThat(_size(view.inspections)).isOne();
        assertThat(_get(view.inspections, 0).result()).isEqualTo("NO_ISSUES");
        assertThat(_get(view.inspections, 0).findings()).contains("未发现问题");
    }
}
