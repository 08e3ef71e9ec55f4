package cn.safetygrading.base.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * The engine's figures for Prometheus (/actuator/prometheus, docs/operations.md): open user tasks, jobs
 * due, jobs out of retries, open incidents. Each is a count query when scraped, never cached, so every
 * node of a cluster reports the same figures of the shared database.
 */
@Component
public class EngineMetrics implements MeterBinder {

    private final TaskService tasks;
    private final ManagementService management;
    private final RuntimeService runtime;

    public EngineMetrics(TaskService tasks, ManagementService management, RuntimeService runtime) {
        this.tasks = tasks;
        this.management = management;
        this.runtime = runtime;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(
                registry,
                "camunda.tasks.open",
                "User tasks not completed",
                () -> tasks.createTaskQuery().count());
        gauge(
                registry,
                "camunda.jobs.due",
                "Jobs whose time has come and that have retries left",
                () -> management.createJobQuery().executable().count());
        gauge(
                registry,
                "camunda.jobs.failed",
                "Jobs with no retries left (each has an incident)",
                () -> management.createJobQuery().noRetriesLeft().count());
        gauge(
                registry,
                "camunda.incidents.open",
                "Open incidents",
                () -> runtime.createIncidentQuery().count());
    }

    private static void gauge(MeterRegistry registry, String name, String description, Supplier<Long> count) {
        Gauge.builder(name, () -> count.get().doubleValue())
                .description(description)
                .strongReference(true)
                .register(registry);
    }
}
