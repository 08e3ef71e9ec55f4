package cn.safetygrading.grading.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.ledger.service.GradeBook;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A retried job never grades twice nor writes two timeline events. */
class IdempotencyIT extends ProcessTestSupport {

    @Autowired
    EnterpriseFileService file;

    @Autowired
    GradeBook gradeBook;

    private final String uscc = demo("威海环翠纺织服装有限公司").uscc();

    @Test
    void anEventWithAKnownKeyIsRecordedOnce() {
        String key = "test:" + UUID.randomUUID();
        assertThat(file.record(uscc, "GRADED", "test", "first", null, key)).isTrue();
        assertThat(file.record(uscc, "GRADED", "test", "again", null, key)).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from enterprise_event where idempotency_key = ?", Integer.class, key))
                .isOne();
    }

    @Test
    void aRepeatedGradeWriteChangesNothing() {
        reset(uscc, "B");
        String key = "graded:" + UUID.randomUUID();
        gradeBook.writeGrade(uscc, "A", 12, "ROVING", "GRADED", "test", "定级为 A 级", null, key);
        assertThat(ledgerGrade(uscc)).isEqualTo("A");
        jdbc.update("update enterprise set grade = 'C' where uscc = ?", uscc); // a later change by someone else
        gradeBook.writeGrade(uscc, "A", 12, "ROVING", "GRADED", "test", "定级为 A 级", null, key);
        assertThat(ledgerGrade(uscc)).isEqualTo("C");
    }

    @Test
    void aFailedGradingJobRollsBackWholeAndItsRetryGradesOnce() {
        reset(uscc, "B");
        ProcessInstance pi = startCycle(uscc, Map.of("spotCheckRatio", 0.0));
        complete(pi, "selfAssessment", answers(pi, 92));
        complete(pi, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "A"));
        advance(8, ChronoUnit.DAYS);
        Job noticeTimer = management
                .createJobQuery()
                .processInstanceId(pi.getId())
                .timers()
                .executable()
                .singleResult();
        management.executeJob(noticeTimer.getId()); // now the asynchronous grading job is due
        Job grading = management
                .createJobQuery()
                .processInstanceId(pi.getId())
                .messages()
                .singleResult();
        // the first attempt fails in the database after the notice was closed (a trigger stands in for the outage)
        jdbc.execute("create or replace function fail_once() returns trigger language plpgsql as $$ begin "
                + "raise exception 'simulated failure'; end $$");
        jdbc.execute("create trigger fail_grading before insert on enterprise_event for each row "
                + "when (new.type = 'GRADED') execute function fail_once()");
        try {
            try {
                management.executeJob(grading.getId());
            } catch (RuntimeException expected) {
                assertThat(expected).hasStackTraceContaining("simulated failure");
            }
        } finally {
            jdbc.execute("drop trigger fail_grading on enterprise_event");
            jdbc.execute("drop function fail_once()");
        }
        assertThat(ledgerGrade(uscc)).isEqualTo("B");
        assertThat(management
                        .createJobQuery()
                        .jobId(grading.getId())
                        .singleResult()
                        .getRetries())
                .isEqualTo(2);
        management.executeJob(grading.getId());
        assertThat(ledgerGrade(uscc)).isEqualTo("A");
        assertThat(jdbc.queryForObject(
                        "select count(*) from enterprise_event where idempotency_key = ?",
                        Integer.class,
                        "graded:" + pi.getId()))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select count(*) from notice n join grading_case c on c.id = n.case_id "
                                + "where c.process_instance_id = ? and n.status = 'CLOSED'",
                        Integer.class,
                        pi.getId()))
                .isOne();
    }
}
