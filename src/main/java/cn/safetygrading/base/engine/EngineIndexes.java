package cn.safetygrading.base.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Indexes of ours on the engine's tables, for queries the engine makes on every job acquisition or task end whose
 * cost would otherwise grow with the tables (docs/performance.md, "Deadlines"; docs/operations.md):
 *
 * <ul>
 *   <li>{@value #JOB_DUE_DATE} on {@code ACT_RU_JOB(DUEDATE_)}: the job executor acquires by due date
 *       ({@code job-executor-acquire-by-due-date}, every job with a due date: {@code ensure-job-due-date-not-null},
 *       application.yaml), so the acquisition reads the first due jobs from the index instead of filtering the table;
 *   <li>{@value #JOB_LOCKED_EXCLUSIVE} on {@code ACT_RU_JOB(PROCESS_INSTANCE_ID_)} of the locked exclusive jobs only:
 *       the acquisition skips jobs whose process instance has an exclusive job running, a check PostgreSQL otherwise
 *       answers by reading the whole job table on every acquisition;
 *   <li>{@value #TASK_PARENT} on {@code ACT_RU_TASK(PARENT_TASK_ID_)}: whenever a task ends (completed, or removed by
 *       a boundary event) the engine looks for its subtasks, which without an index reads the whole task table — at a
 *       campaign deadline once for each of tens of thousands of cases.
 * </ul>
 *
 * Camunda creates its schema when the engine is built, which Flyway does not wait for, so the indexes are made here,
 * after both, before the job executor starts ({@code concurrently}: a running cluster node keeps writing meanwhile);
 * jobs of an earlier release without a due date get one (otherwise the acquisition by due date would not find them).
 */
@Component
@Order(0)
class EngineIndexes implements ApplicationRunner {

    static final String JOB_DUE_DATE = "app_idx_job_duedate";
    static final String JOB_LOCKED_EXCLUSIVE = "app_idx_job_locked_exclusive";
    static final String TASK_PARENT = "app_idx_task_parent";

    static final Map<String, String> INDEXES = Map.of(
            JOB_DUE_DATE, "on act_ru_job (duedate_)",
            JOB_LOCKED_EXCLUSIVE,
                    "on act_ru_job (process_instance_id_) where lock_owner_ is not null and exclusive_ = true",
            TASK_PARENT, "on act_ru_task (parent_task_id_) where parent_task_id_ is not null");

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    private final DataSource dataSource;

    EngineIndexes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments args) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            for (Map.Entry<String, String> index : INDEXES.entrySet()) {
                create(c, index.getKey(), index.getValue());
            }
            try (PreparedStatement p =
                    c.prepareStatement("update act_ru_job set duedate_ = ? where duedate_ is null")) {
                p.setTimestamp(1, new Timestamp(ClockUtil.getCurrentTime().getTime()));
                int updated = p.executeUpdate();
                if (updated > 0) {
                    log.info("{} jobs without a due date made due now for acquisition by due date", updated);
                }
            }
        } catch (SQLException e) {
            log.warn("engine indexes not checked: {}", e.getMessage());
        }
    }

    private static void create(Connection c, String name, String definition) {
        try (Statement s = c.createStatement()) {
            s.execute("create index concurrently if not exists " + name + " " + definition);
        } catch (SQLException e) {
            // the engine still works without it, only slower on large tables
            log.warn("index {} not created: {}", name, e.getMessage());
        }
    }
}
