package cn.safetygrading.base.health;

import cn.safetygrading.base.db.EmbeddedServer;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A ledger import runs in the JVM that started it; a crash or a stop cuts it off and leaves its record
 * {@code RUNNING} for ever. At start, such records are marked {@code FAILED} with a sentence that asks
 * for the file again: with the embedded database every one (no other node can be running it), with an
 * external database those started more than {@code app.ops.abandoned-import-after} ago (another node
 * of a cluster may still be running a recent one).
 */
@Component
class AbandonedImports implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AbandonedImports.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final boolean singleNode;
    private final Duration after;

    AbandonedImports(
            JdbcTemplate jdbc,
            Clock clock,
            ObjectProvider<EmbeddedServer> embedded,
            @Value("${app.ops.abandoned-import-after:2h}") Duration after) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.singleNode = embedded.getIfAvailable() != null;
        this.after = after;
    }

    @Override
    public void run(ApplicationArguments args) {
        int marked = markFailed();
        if (marked > 0) {
            log.warn("{} ledger imports cut off by a stop or crash were marked FAILED", marked);
        }
    }

    /** Marks the imports left RUNNING as FAILED; returns how many. */
    int markFailed() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime startedBefore = singleNode ? now : now.minus(after);
        String message = ResourceBundle.getBundle("i18n/health", Locale.SIMPLIFIED_CHINESE)
                .getString("health.import.abandoned");
        return jdbc.update(
                "update ledger_import set status = 'FAILED', finished_at = ?, message = ?"
                        + " where status = 'RUNNING' and started_at <= ?",
                now,
                message,
                startedBefore);
    }
}
