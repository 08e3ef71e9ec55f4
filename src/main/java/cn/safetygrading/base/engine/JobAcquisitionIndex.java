package cn.safetygrading.base.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The job executor acquires by due date ({@code job-executor-acquire-by-due-date}, every job with a
 * due date: {@code ensure-job-due-date-not-null}, application.yaml): with an index on
 * {@code ACT_RU_JOB.DUEDATE_} the acquisition query reads the first due jobs from the index instead of
 * filtering the table, so its cost stays flat when tens of thousands of timers fall due together
 * (docs/performance.md, "Deadlines"). Camunda creates its schema when the engine is built, which Flyway
 * does not wait for, so the index is made here, after both, before the job executor starts; jobs of
 * an earlier release without a due date get one (otherwise the query would no longer find them).
 */
@Component
@Order(0)
class JobAcquisitionIndex implements ApplicationRunner {

    static final String INDEX = "app_idx_job_duedate";
    private static final Logger log = LoggerFactory.getLogger(JobAcquisitionIndex.class);

    private final DataSource dataSource;

    JobAcquisitionIndex(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments args) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                // concurrently: a running cluster node keeps writing jobs meanwhile
                s.execute("create index concurrently if not exists " + INDEX + " on act_ru_job (duedate_)");
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
            // the engine still works without the index, only slower when many timers fall due together
            log.warn("index {} on act_ru_job not created: {}", INDEX, e.getMessage());
        }
    }
}
