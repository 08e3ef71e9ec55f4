package cn.safetygrading;

import cn.safetygrading.process.ProcessCoverage;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Base of the tests that need the whole application: one context (cached across classes) on a
 * real embedded PostgreSQL in a fresh data directory, with the demo data of contract.md. The job
 * executor is off so that tests run jobs (timers, async steps, batches) themselves, in order;
 * {@code RestartIT} checks it runs in the real configuration. The test database is thrown away after
 * the run, so it runs without fsync (the embedded default and the benchmarks keep it on). The engine records
 * process test coverage ({@link ProcessCoverage}).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "app.data-dir=target/it-data/${random.uuid}",
            "camunda.bpm.job-execution.enabled=false",
            "app.embedded-postgres.durable=false",
            // Spring Boot's tests turn metric exports off; the Prometheus endpoint is tested (OperatorEndpointsIT)
            "management.prometheus.metrics.export.enabled=true"
        })
@Import(ProcessCoverage.class)
public abstract class IntegrationTest {}
