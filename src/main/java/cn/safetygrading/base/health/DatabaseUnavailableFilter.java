package cn.safetygrading.base.health;

import cn.safetygrading.base.web.JsonErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * A database outage is a quick 503, not a 500 after the pool's wait: while {@link DatabaseWatch}
 * finds the database unreachable every request but {@code /actuator/**} is answered at once, and a
 * request that fails because no connection could be had is answered the same way. The HTTP doors
 * ({@code /api}, {@code /engine-rest}, {@code /camunda/api}) get the JSON error body, the pages a
 * plain page; both say it in a sentence of the {@code health} bundle and ask to retry after 10 s.
 */
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "10";
    private final DatabaseWatch watch;

    DatabaseUnavailableFilter(DatabaseWatch watch) {
        this.watch = watch;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return path(request).startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!watch.available()) {
            unavailable(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!isConnectionFailure(e) || response.isCommitted()) {
                throw e;
            }
            unavailable(request, response);
        }
    }

    /** True if the cause of this failure is that no database connection could be had. */
    static boolean isConnectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private static void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        String path = path(request);
        if (path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/")) {
            JsonErrors.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, text("health.database.unavailable"));
            return;
        }
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                        + "<meta http-equiv=\"refresh\" content=\"" + RETRY_AFTER_SECONDS + "\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<title>" + HtmlUtils.htmlEscape(text("health.database.unavailable.title"))
                        + "</title></head>"
                        + "<body style=\"font-family:sans-serif;max-width:40em;margin:4em auto;padding:0 1em\"><h1>"
                        + HtmlUtils.htmlEscape(text("health.database.unavailable.title")) + "</h1><p>"
                        + HtmlUtils.htmlEscape(text("health.database.unavailable")) + "</p></body></html>");
        response.getWriter().flush();
    }

    private static String text(String key) {
        return ResourceBundle.getBundle("i18n/health", Locale.SIMPLIFIED_CHINESE)
                .getString(key);
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {
        @Bean
        FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(DatabaseWatch watch) {
            var registration = new FilterRegistrationBean<>(new DatabaseUnavailableFilter(watch));
            // before Spring Security: a sign-in needs the database too
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            registration.addUrlPatterns("/*");
            return registration;
        }
    }
}
