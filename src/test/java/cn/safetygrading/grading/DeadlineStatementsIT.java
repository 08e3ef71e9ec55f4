package cn.safetygrading.grading;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.grading.process.ProcessTestSupport;
import cn.safetygrading.grading.service.CampaignDeadlines;
import cn.safetygrading.ledger.domain.Uscc;
import cn.safetygrading.ledger.service.Departments;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a campaign's self-assessment deadline costs the database per case, counted by the server
 * ({@code pg_stat_statements}), free of the noise of a timed benchmark: 40 enterprises of one county in a campaign,
 * two reviewers in their department's group, the campaign's reminder run first (not counted), then the clock past
 * the deadline and every job of the campaign and its cycles run; the statements (calls) per case, the
 * top statements by calls and by time and the rows read by sequential scans are printed. The bound asserted keeps
 * the count from growing unnoticed (issue #18, docs/performance.md "Deadlines"). A context and database of its
 * own: the server is started with the extension's library.
 */
class DeadlineStatementsIT extends ProcessTestSupport {

    private static final String REGION = "371074";
    private static final int CASES = 40;

    /**
     * The statements per case the deadline may cost: the measured figure and about 10 % (docs/performance.md
     * "Deadlines"). Measured: 50.3; 48.4 with the departments read once per transaction; 35.4 with the engine's
     * inserts sent as multi-row statements and one notification insert per task; 34.4 without the missed deadline's
     * own step write (the diagnosis task writes the step).
     */
    static final double MAX_STATEMENTS_PER_CASE = 38;

    @DynamicPropertySource
    static void statementStatistics(DynamicPropertyRegistry registry) {
        registry.add("app.embedded.server-settings[shared_preload_libraries]", () -> "pg_stat_statements");
        registry.add("app.embedded.server-settings[pg_stat_statements.max]", () -> "5000");
        // a context and database of its own: its engine must not take the name "default" from the shared context's in
        // Camunda's static registry (/engine-rest of later tests would reach this database); no "-" in the name, or
        // the starter ignores it
        registry.add("camunda.bpm.process-engine-name", () -> "deadlineStatements");
    }

    @Autowired
    Departments departments;

    @Autowired
    CampaignDeadlines campaignDeadlines;

    @Autowired
    IdentityService identity;

    private void runAll(List<String> cycles, Campaign campaign) {
        runDueJobs(campaign.processInstanceId());
        cycles.forEach(this::runDueJobs);
    }

    record Stat(String query, long calls, double millis, long rows) {
        Stat plus(Stat o) {
            return new Stat(query, calls + o.calls, millis + o.millis, rows + o.rows);
        }

        Stat minus(Stat o) {
            return new Stat(query, calls - o.calls, millis - o.millis, rows - o.rows);
        }
    }

    @Test
    void aCampaignDeadlineCostsABoundedNumberOfStatementsPerCase() throws Exception {
        jdbc.execute("create extension if not exists pg_stat_statements");
        jdbc.update("update enterprise set status = 'CLOSED' where region_code = ?", REGION);
        String department = jdbc.queryForObject(
                "select name from department where kind = 'emergency' order by region_code = ? desc, region_code desc limit 1",
                String.class,
                REGION);
        for (int i = 0; i < CASES; i++) {
            String uscc = Uscc.complete("91" + REGION + "DQ" + String.format("%07d", i));
            jdbc.update(
                    "insert into enterprise (uscc, name, industry_code, region_code, enterprise_class, status,"
                            + " supervising_department, created_at, updated_at)"
                            + " values (?, ?, '59', ?, 'I', 'ACTIVE', ?, now(), now())",
                    uscc,
                    "南海语句计数" + i + "有限公司",
                    REGION,
                    department);
            jdbc.update(
                    "insert into account (user_id, display_name, region_code, uscc, created_at)"
                            + " values (?, ?, ?, ?, now())",
                    "sq-" + uscc,
                    "南海企业" + i,
                    REGION,
                    uscc);
        }
        Campaign campaign = launchCampaign("南海新区分级评定（语句计数）", REGION, 10);
        runDueJobs(campaign.processInstanceId());
        List<String> cycles = jdbc.queryForList(
                "select process_instance_id from grading_case where campaign_id = ? and step = 'selfAssessment'",
                String.class,
                campaign.id());
        assertThat(cycles).hasSize(CASES);

        // two reviewers in the department's group: each diagnosis task tells them (TaskNotifier)
        String group =
                departments.byName(department).map(d -> "reviewer-" + d.id()).orElseThrow();
        if (identity.createGroupQuery().groupId(group).count() == 0) {
            Group g = identity.newGroup(group);
            g.setName(group);
            identity.saveGroup(g);
        }
        for (String reviewer : List.of("dq-reviewer-1", "dq-reviewer-2")) {
            identity.saveUser(identity.newUser(reviewer));
            identity.createMembership(reviewer, group);
        }
        // the campaign's reminder first, not counted: the deadline alone is measured
        moveTo(campaignDeadlines.reminder(campaign.id()).toInstant().plusSeconds(60));
        runAll(cycles, campaign);

        moveTo(campaign.selfAssessmentDue().plusMinutes(1).toInstant());
        Thread.sleep(11_000); // the backends' table statistics of the launch are flushed (at most every 10 s idle)
        Map<String, Long> seqBefore = seqRead();
        jdbc.queryForObject("select pg_stat_statements_reset()", Object.class);

        Map<Long, Stat> total = new HashMap<>();
        List<String> instances = new ArrayList<>(cycles);
        instances.add(campaign.processInstanceId());
        for (int round = 0; round < 100; round++) {
            List<Job> due = management.createJobQuery().executable().list().stream()
                    .filter(j -> instances.contains(j.getProcessInstanceId()))
                    .toList();
            if (due.isEmpty()) {
                break;
            }
            Map<Long, Stat> before = statements();
            due.forEach(j -> management.executeJob(j.getId()));
            statements().forEach((id, after) -> {
                Stat delta = after.minus(before.getOrDefault(id, new Stat(after.query, 0, 0, 0)));
                if (delta.calls > 0) {
                    total.merge(id, delta, Stat::plus);
                }
            });
        }
        Thread.sleep(11_000);
        Map<String, Long> seqAfter = seqRead();

        long moved = jdbc.queryForObject(
                "select count(*) from grading_case where campaign_id = ? and step = 'departmentDiagnosis'",
                Long.class,
                campaign.id());
        assertThat(moved).isEqualTo(CASES);
        long calls = total.values().stream().mapToLong(Stat::calls).sum();
        double millis = total.values().stream().mapToDouble(Stat::millis).sum();
        double perCase = (double) calls / CASES;
        StringBuilder report = new StringBuilder();
        report.append(String.format(
                "%n=== campaign deadline, %d cases: %d statements (%.1f per case), %.0f ms in the server%n",
                CASES, calls, perCase, millis));
        report.append("--- top by calls (calls, per case, ms, rows)\n");
        total.values().stream()
                .sorted(Comparator.comparingLong(Stat::calls).reversed())
                .limit(60)
                .forEach(s -> report.append(line(s)));
        report.append("--- top by total time\n");
        total.values().stream()
                .sorted(Comparator.comparingDouble(Stat::millis).reversed())
                .limit(10)
                .forEach(s -> report.append(line(s)));
        report.append("--- rows read by sequential scans\n");
        seqAfter.forEach((table, rows) -> {
            long delta = rows - seqBefore.getOrDefault(table, 0L);
            if (delta > 0) {
                report.append(String.format("%10d  %s%n", delta, table));
            }
        });
        System.out.println(report);
        assertThat(perCase)
                .as("statements per case at a campaign deadline (docs/performance.md \"Deadlines\")")
                .isLessThanOrEqualTo(MAX_STATEMENTS_PER_CASE);
    }

    private static String line(Stat s) {
        String q = s.query.replaceAll("\\s+", " ");
        return String.format(
                "%7d %6.2f %9.1f %8d  %s%n",
                s.calls, (double) s.calls / CASES, s.millis, s.rows, q.length() > 160 ? q.substring(0, 160) : q);
    }

    private Map<Long, Stat> statements() {
        Map<Long, Stat> stats = new HashMap<>();
        jdbc.query(
                "select queryid, query, calls, total_exec_time, rows from pg_stat_statements"
                        + " where dbid = (select oid from pg_database where datname = current_database())"
                        + " and query not like '%pg_stat_%'",
                rs -> {
                    stats.merge(
                            rs.getLong(1),
                            new Stat(rs.getString(2), rs.getLong(3), rs.getDouble(4), rs.getLong(5)),
                            Stat::plus);
                });
        return stats;
    }

    private Map<String, Long> seqRead() {
        Map<String, Long> rows = new java.util.TreeMap<>();
        jdbc.query("select relname, coalesce(seq_tup_read, 0) from pg_stat_user_tables", rs -> {
            rows.put(rs.getString(1), rs.getLong(2));
        });
        return rows;
    }
}
