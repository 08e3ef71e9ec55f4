package cn.safetygrading.base.health;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.base.db.EmbeddedServer;
import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The database watch tells a busy database from one that is gone: with every connection of the pool in use (20
 * clients on a heavy page) the database still answers, so readiness stays up and requests are not refused with
 * 503; a database that does not answer is reported down.
 */
class DatabaseWatchIT extends IntegrationTest {

    @Autowired
    DataSource application;

    private final List<Object> published = new ArrayList<>();
    private final ApplicationEventPublisher events = published::add;

    @Test
    void aPoolWithEveryConnectionInUseIsNotAnOutage() throws Exception {
        HikariDataSource settings = application.unwrap(HikariDataSource.class);
        try (HikariDataSource pool = pool(settings.getJdbcUrl(), settings.getUsername(), settings.getPassword());
                Connection held = pool.getConnection()) {
            assertThat(held.isValid(1)).isTrue();
            DatabaseWatch watch = watch(pool);

            watch.check();

            assertThat(watch.available()).isTrue();
            assertThat(published).isEmpty();
        }
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsDown() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        HikariDataSource settings = application.unwrap(HikariDataSource.class);
        try (HikariDataSource pool =
                pool("jdbc:postgresql://localhost:" + port + "/none", settings.getUsername(), settings.getPassword())) {
            DatabaseWatch watch = watch(pool);

            watch.check();

            assertThat(watch.available()).isFalse();
            assertThat(published)
                    .singleElement()
                    .isInstanceOfSatisfying(
                            AvailabilityChangeEvent.class,
                            e -> assertThat(e.getState()).hasToString("REFUSING_TRAFFIC"));
        }
    }

    /** A pool of one connection that gives up after a quarter of a second, as the application's does after 3 s. */
    private static HikariDataSource pool(String url, String user, String password) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(1);
        pool.setConnectionTimeout(250);
        pool.setInitializationFailTimeout(-1);
        return pool;
    }

    private DatabaseWatch watch(DataSource pool) {
        return new DatabaseWatch(
                pool,
                new StaticListableBeanFactory().getBeanProvider(EmbeddedServer.class),
                events,
                Duration.ofSeconds(2),
                Duration.ofMinutes(2));
    }
}
