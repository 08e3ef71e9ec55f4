package cn.safetygrading.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.safetygrading.SafetyGradingApplication;
import java.net.ServerSocket;
import java.sql.SQLException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A wrong or unreachable database gives one clear startup report. */
@Tag("own-jvm")
class DatabaseFailureAnalyzerTest {

    private final DatabaseFailureAnalyzer analyzer = new DatabaseFailureAnalyzer();

    @Test
    void explainsAConnectionRefusedDeepInsideBeanCreation() {
        var cause = new SQLException("Connection to localhost:1 refused", "08001");
        var analysis =
                analyzer.analyze(new BeanCreationException("dataSource", "init failed", new RuntimeException(cause)));
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("not reachable", "Connection to localhost:1 refused");
        assertThat(analysis.getAction()).contains("DB_URL", "DB_USER", "DB_PASSWORD", "APP_DATA_DIR");
    }

    @Test
    void explainsABadPasswordAndAnUnknownDatabase() {
        assertThat(analyzer.analyze(new SQLException("password authentication failed", "28P01")))
                .isNotNull();
        assertThat(analyzer.analyze(new SQLException("database \"x\" does not exist", "3D000")))
                .isNotNull();
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertThat(analyzer.analyze(new IllegalStateException("something else")))
                .isNull();
        assertThat(analyzer.analyze(new SQLException("syntax error", "42601"))).isNull();
    }

    @Test
    void anUnreachableExternalDatabaseStopsTheStartWithThatReport() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(SafetyGradingApplication.class)
                .profiles("postgres")
                .run(
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + closedPort + "/safety",
                        "--server.port=0",
                        "--camunda.bpm.process-engine-name=unreachable"));
        assertThat(failure).isNotNull();
        assertThat(analyzer.analyze(failure)).isNotNull();
    }
}
