package cn.safetygrading.audit.api;

import cn.safetygrading.audit.domain.AuditEntry;
import cn.safetygrading.audit.domain.AuditFilter;
import cn.safetygrading.audit.domain.AuditSource;
import cn.safetygrading.audit.domain.Door;
import cn.safetygrading.audit.service.AuditExport;
import cn.safetygrading.audit.service.AuditService;
import cn.safetygrading.base.file.SpreadsheetFile;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.service.CurrentAccount;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log over HTTP, for administrators only (everyone else 403): {@code GET /api/audit}
 * (JSON, paged, newest first) and {@code GET /api/audit/export?format=csv|xlsx}. Filters:
 * {@code source} ({@code app}, our log, the default; {@code engine}, Camunda's user operation log),
 * {@code from}, {@code to} (dates, both inclusive, in the application's zone, or ISO date-times,
 * {@code to} exclusive), {@code actor}, {@code door}, {@code table} (a table, a kind such as
 * {@code LOGIN_FAILED}, or the engine's entity type), {@code record} (a USCC or record key; for the
 * engine a process instance id).
 */
@RestController
@RequestMapping("/api/audit")
public class AuditController {

    private static final int MAX_PAGE = 500;

    private final AuditService audit;
    private final CurrentAccount current;
    private final Clock clock;
    private final ObjectMapper json;

    public AuditController(AuditService audit, CurrentAccount current, Clock clock, ObjectMapper json) {
        this.audit = audit;
        this.current = current;
        this.clock = clock;
        this.json = json;
    }

    public record Item(
            String source,
            String id,
            OffsetDateTime occurredAt,
            String actor,
            String door,
            String kind,
            String table,
            String recordKey,
            String uscc,
            JsonNode before,
            JsonNode after,
            String clientAddress,
            String detail) {}

    public record Page(long total, long offset, int limit, List<Item> items) {}

    @GetMapping
    public Page list(
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String door,
            @RequestParam(required = false) String table,
            @RequestParam(required = false) String record,
            @RequestParam(defaultValue = "0") long offset,
            @RequestParam(defaultValue = "50") int limit) {
        Account account = requireAdmin();
        AuditFilter filter = filter(source, from, to, actor, door, table, record);
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_PAGE + " and offset not negative");
        }
        List<Item> items = audit.page(account, filter, offset, limit).stream()
                .map(this::item)
                .toList();
        return new Page(audit.count(account, filter), offset, limit, items);
    }

    @GetMapping("/export")
    public void export(
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String door,
            @RequestParam(required = false) String table,
            @RequestParam(required = false) String record,
            HttpServletResponse response)
            throws IOException {
        Account account = requireAdmin();
        AuditFilter filter = filter(source, from, to, actor, door, table, record);
        boolean csv = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> true;
            case "xlsx" -> false;
            default -> throw new IllegalArgumentException("format must be xlsx or csv");
        };
        List<AuditEntry> rows = audit.exportRows(account, filter);
        String name = "audit-" + LocalDate.now(clock) + (csv ? ".csv" : ".xlsx");
        response.setContentType(csv ? AuditExport.CSV : SpreadsheetFile.XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        if (csv) {
            AuditExport.csv(rows, Locale.SIMPLIFIED_CHINESE, clock.getZone(), response.getOutputStream());
        } else {
            response.getOutputStream().write(AuditExport.xlsx(rows, Locale.SIMPLIFIED_CHINESE, clock.getZone()));
        }
    }

    private Account requireAdmin() {
        Account account = current.require();
        if (!account.isAdmin()) {
            throw new AccessDeniedException("the audit log is for administrators");
        }
        return account;
    }

    private AuditFilter filter(
            String source, String from, String to, String actor, String door, String table, String record) {
        AuditSource src =
                source == null || source.isBlank() ? AuditSource.APP : value(AuditSource.class, "source", source);
        Door d = door == null || door.isBlank() ? null : value(Door.class, "door", door);
        return new AuditFilter(src, time(from, false), time(to, true), actor, d, table, record);
    }

    private static <E extends Enum<E>> E value(Class<E> type, String field, String text) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " must be one of " + List.of(type.getEnumConstants()));
        }
    }

    /** A date (the start of that day, or of the next for an inclusive end) or an ISO date-time. */
    private OffsetDateTime time(String text, boolean end) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (end ? day.plusDays(1) : day)
                        .atStartOfDay(clock.getZone())
                        .toOffsetDateTime();
            }
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException((end ? "to" : "from") + " must be YYYY-MM-DD or an ISO date-time");
        }
    }

    private Item item(AuditEntry e) {
        return new Item(
                e.source().name(),
                e.id(),
                e.occurredAt(),
                e.actor(),
                e.door(),
                e.kind(),
                e.tableName(),
                e.recordKey(),
                e.uscc(),
                node(e.before()),
                node(e.after()),
                e.clientAddress(),
                e.detail());
    }

    private JsonNode node(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return json.getNodeFactory().textNode(text);
        }
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", "administrators only"));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", String.valueOf(e.getMessage())));
    }
}
