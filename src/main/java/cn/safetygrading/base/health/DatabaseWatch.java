package cn.safetygrading.base.health;

import cn.safetygrading.base.db.EmbeddedServer;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Watches the database every few seconds once the application is ready. While it cannot be
 * reached, readiness is {@code REFUSING_TRAFFIC} (the load balancer and {@code /actuator/health/readiness}
 * see 503) and {@link DatabaseUnavailableFilter} answers requests with a quick 503. The embedded
 * server is started again when its process is gone; if that keeps failing for
 * {@code app.health.database-broken-after}, liveness turns {@code BROKEN} so that the service
 * manager restarts the application (it keeps trying meanwhile). A pool with every connection in use is not an
 * outage: when the pool gives no connection in time, the database is asked on a connection of its own.
 */
@Component
public class DatabaseWatch {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWatch.class);

    private final DataSource dataSource;
    private final ObjectProvider<EmbeddedServer> embedded;
    private final ApplicationEventPublisher events;
    private final Duration interval;
    private final Duration brokenAfter;
    private volatile boolean available = true;
    private volatile long downSince;
    private volatile boolean broken;
    private ScheduledExecutorService timer;

    DatabaseWatch(
            DataSource dataSource,
            ObjectProvider<EmbeddedServer> embedded,
            ApplicationEventPublisher events,
            @Value("${app.health.database-watch-interval:2s}") Duration interval,
            @Value("${app.health.database-broken-after:2m}") Duration brokenAfter) {
        this.dataSource = dataSource;
        this.embedded = embedded;
        this.events = events;
        this.interval = interval;
        this.brokenAfter = brokenAfter;
    }

    /** False while the database cannot be reached (as of the last check). */
    public boolean available() {
        return available;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "database-watch");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @EventListener(ContextClosedEvent.class)
    synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    void check() {
        try {
            EmbeddedServer server = embedded.getIfAvailable();
            if (server != null && !server.alive()) {
                down("the embedded PostgreSQL process is gone");
                server.restartIfDead();
            }
            if (reachable()) {
                up();
            } else {
                down("no connection");
            }
        } catch (RuntimeException e) {
            log.warn("database watch", e);
        }
    }

    private boolean reachable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLTransientConnectionException poolTimeout) {
            // no connection within the pool's timeout: the database may be down, or only busy with every
            // connection of the pool in use (20 clients on a heavy page); a busy database is not an outage
            return answersPastThePool();
        } catch (Exception e) {
            return false;
        }
    }

    /** Whether the database answers a connection of its own, outside the pool (none when the pool is not Hikari). */
    private boolean answersPastThePool() {
        HikariDataSource pool;
        try {
            pool = dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException notHikari) {
            return false;
        }
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("socketTimeout", "3");
        try (Connection c = DriverManager.getConnection(pool.getJdbcUrl(), properties)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private void down(String why) {
        if (available) {
            available = false;
            downSince = System.nanoTime();
            log.error("The database is not available ({}): readiness REFUSING_TRAFFIC, requests answer 503", why);
            AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        } else if (!broken && System.nanoTime() - downSince > brokenAfter.toNanos()) {
            broken = true;
            log.error("The database has not been available for {}: liveness BROKEN", brokenAfter);
            AvailabilityChangeEvent.publish(events, this, LivenessState.BROKEN);
        }
    }

    private void up() {
        if (!available) {
            log.info("The database is available again: readiness ACCEPTING_TRAFFIC");
            available = true;
            if (broken) {
                broken = false;
                AvailabilityChangeEvent.publish(events, this, LivenessState.CORRECT);
            }
            AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }
}
