package cn.safetygrading.audit.service;

import cn.safetygrading.audit.domain.Door;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the database who writes and through which door before our mappers write (updates, and the
 * selects that write: {@code insert … returning}), so that the audit
 * triggers (V22) can record it: {@code app.actor} and {@code app.door}, local to the transaction.
 * Once per transaction and connection; a write outside a transaction sets them for that statement
 * and clears them afterwards, so a pooled connection never carries them to someone else.
 */
@Component
@Intercepts({
    @Signature(
            type = Executor.class,
            method = "update",
            args = {MappedStatement.class, Object.class}),
    @Signature(
            type = Executor.class,
            method = "query",
            args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class})
})
public class AuditConnectionInterceptor implements Interceptor {

    private static final String SET = "select set_config('app.actor', ?, ?), set_config('app.door', ?, ?)";
    private static final Object KEY = AuditConnectionInterceptor.class;

    private static final Pattern WRITE =
            Pattern.compile("(?i)\\b(insert\\s+into|update\\s+\\w+\\s+set|delete\\s+from)\\b");

    private final AuditContext context;
    private final Map<String, Boolean> writingQueries = new ConcurrentHashMap<>();

    public AuditConnectionInterceptor(AuditContext context) {
        this.context = context;
    }

    /** What was set on which connection in the current transaction. */
    private record Marker(Connection connection, String actor, Door door) {}

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        if ("query".equals(invocation.getMethod().getName())
                && !writes((MappedStatement) invocation.getArgs()[0], invocation.getArgs()[1])) {
            return invocation.proceed();
        }
        Connection connection =
                ((Executor) invocation.getTarget()).getTransaction().getConnection();
        String actor = context.actor();
        Door door = context.door();
        if (connection.getAutoCommit()) {
            set(connection, actor, door.name(), false);
            try {
                return invocation.proceed();
            } finally {
                set(connection, "", "", false);
            }
        }
        Marker marker = new Marker(connection, actor, door);
        boolean tracked = TransactionSynchronizationManager.isSynchronizationActive();
        if (!tracked || !marker.equals(TransactionSynchronizationManager.getResource(KEY))) {
            set(connection, actor, door.name(), true);
            if (tracked) {
                remember(marker);
            }
        }
        return invocation.proceed();
    }

    /**
     * A {@code <select>} that writes ({@code insert … returning}, marked {@code flushCache="true"} in
     * our mappers, or whose SQL inserts, updates or deletes), decided once per statement.
     */
    private boolean writes(MappedStatement statement, Object parameter) {
        return writingQueries.computeIfAbsent(
                statement.getId(),
                id -> statement.isFlushCacheRequired()
                        || WRITE.matcher(statement.getBoundSql(parameter).getSql())
                                .find());
    }

    private static void remember(Marker marker) {
        if (TransactionSynchronizationManager.unbindResourceIfPossible(KEY) == null) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
        }
        TransactionSynchronizationManager.bindResource(KEY, marker);
    }

    private static void set(Connection connection, String actor, String door, boolean local) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SET)) {
            statement.setString(1, actor);
            statement.setBoolean(2, local);
            statement.setString(3, door);
            statement.setBoolean(4, local);
            statement.execute();
        }
    }
}
