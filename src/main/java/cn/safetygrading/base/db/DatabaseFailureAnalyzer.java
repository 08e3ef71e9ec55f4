package cn.safetygrading.base.db;

import java.net.ConnectException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns "the database is wrong or unreachable" into one short startup report instead of a wall of
 * nested bean-creation stack traces.
 */
public class DatabaseFailureAnalyzer implements FailureAnalyzer {

    private static final String ACTION = """
            Embedded default: make sure no other instance uses the data directory (APP_DATA_DIR, default ./data) \
            and that the disk has space. Profile 'postgres': check DB_URL (jdbc:postgresql://host:port/database), \
            DB_USER and DB_PASSWORD, and that the server accepts connections from this host. See docs/operations.md.""";

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DatabaseStartupException) {
                return new FailureAnalysis(
                        "The database could not be started: " + t.getMessage() + rootMessage(t), ACTION, failure);
            }
            if (t instanceof SQLException sql && isConnectionProblem(sql)) {
                return new FailureAnalysis(
                        "The database is not reachable or refused the login: " + sql.getMessage() + " (SQLState "
                                + sql.getSQLState() + ")",
                        ACTION,
                        failure);
            }
            if (t instanceof ConnectException) {
                return new FailureAnalysis("The database is not reachable: " + t.getMessage(), ACTION, failure);
            }
        }
        return null;
    }

    private static boolean isConnectionProblem(SQLException e) {
        String state = e.getSQLState();
        // 08xxx connection exceptions, 28xxx invalid authorization, 3D000 unknown database
        return state != null && (state.startsWith("08") || state.startsWith("28") || state.equals("3D000"));
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == t ? "" : " — " + root.getMessage();
    }
}
