package cn.safetygrading.base.health;

import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * On shutdown (SIGTERM), before anything else: the job executor stops acquiring jobs, and the jobs it
 * has taken (running or queued) get up to {@code app.ops.job-drain-timeout} to finish while the
 * database and the engine are still there. Only then do the web server's graceful shutdown, the engine
 * and the connection pool follow. A job still running after that is cut off by the closing pool, rolled
 * back and run again once its lock expires ({@code lock-time-in-millis}, 60 s).
 */
@Component
class JobExecutorDrain implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobExecutorDrain.class);

    private final ProcessEngine engine;
    private final Duration timeout;
    private volatile boolean running;

    JobExecutorDrain(ProcessEngine engine, @Value("${app.ops.job-drain-timeout:15s}") Duration timeout) {
        this.engine = engine;
        this.timeout = timeout;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        JobExecutor jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        if (jobs == null || !jobs.isActive()) {
            return;
        }
        long started = System.nanoTime();
        jobs.shutdown(); // stops acquisition; the jobs taken stay with the executor's threads
        ThreadPoolTaskExecutor pool = pool(jobs);
        if (pool == null) {
            return;
        }
        long deadline = started + timeout.toNanos();
        while (busy(pool) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        if (busy(pool)) {
            log.warn(
                    "Shutdown: {} jobs still running, {} queued after {} ms; they run again when their locks expire",
                    pool.getActiveCount(),
                    pool.getThreadPoolExecutor().getQueue().size(),
                    millis);
        } else {
            log.info("Shutdown: job acquisition stopped, the jobs taken finished in {} ms", millis);
        }
    }

    private static boolean busy(ThreadPoolTaskExecutor pool) {
        return pool.getActiveCount() > 0
                || !pool.getThreadPoolExecutor().getQueue().isEmpty();
    }

    private static ThreadPoolTaskExecutor pool(JobExecutor jobs) {
        if (jobs instanceof SpringJobExecutor spring) {
            TaskExecutor executor = spring.getTaskExecutor();
            if (executor instanceof ThreadPoolTaskExecutor pool) {
                return pool;
            }
        }
        return null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped first: the web server's graceful shutdown has phase {@code Integer.MAX_VALUE - 1024}. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 10;
    }
}
