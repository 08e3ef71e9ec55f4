package cn.safetygrading.audit.ui;

import cn.safetygrading.audit.domain.AuditEntry;
import cn.safetygrading.audit.domain.AuditFilter;
import cn.safetygrading.audit.domain.AuditLabels;
import cn.safetygrading.audit.domain.AuditSource;
import cn.safetygrading.audit.domain.Door;
import cn.safetygrading.audit.service.AuditExport;
import cn.safetygrading.audit.service.AuditService;
import cn.safetygrading.base.ui.SpreadsheetExport;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * 审计日志 for administrators: who changed which record, when, through which door, before and after;
 * our own log and the engine's operation log on two tabs, filtered, paged newest first, exported as
 * the filtered rows.
 */
@Route("audit")
@Menu(order = 90, icon = "vaadin:archive", title = "audit.nav")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    final Grid<AuditEntry> grid = new Grid<>();
    final Tabs sources;
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField actor = new TextField();
    final ComboBox<Door> door = new ComboBox<>();
    final ComboBox<String> table = new ComboBox<>();
    final TextField record = new TextField();

    private final AuditService audit;
    private final Account account;
    private final ZoneId zone;
    private final AuditLabels labels;
    private final Tab ours;

    public AuditView(AuditService audit, CurrentAccount current, Clock clock) {
        this.audit = audit;
        this.account = current.require();
        this.zone = clock.getZone();
        this.labels = new AuditLabels(getLocale());
        setSizeFull();

        ours = new Tab(getTranslation("audit.source.APP"));
        ours.setId("audit-source-app");
        Tab engine = new Tab(getTranslation("audit.source.ENGINE"));
        engine.setId("audit-source-engine");
        sources = new Tabs(ours, engine);
        sources.addSelectedChangeListener(e -> {
            door.setEnabled(source() == AuditSource.APP);
            table.clear();
            table.setItems(audit.tables(account, source()));
            refresh();
        });

        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        door.setLabel(getTranslation("audit.filter.door"));
        door.setItems(Door.values());
        door.setItemLabelGenerator(d -> labels.door(d.name()));
        table.setLabel(getTranslation("audit.filter.table"));
        table.setItems(audit.tables(account, AuditSource.APP));
        table.setItemLabelGenerator(labels::table);
        record.setLabel(getTranslation("audit.filter.record"));
        record.setValueChangeMode(ValueChangeMode.LAZY);
        record.setId("audit-record");
        actor.setId("audit-actor");
        List.of(from, to).forEach(p -> p.addValueChangeListener(e -> refresh()));
        actor.addValueChangeListener(e -> refresh());
        door.addValueChangeListener(e -> refresh());
        table.addValueChangeListener(e -> refresh());
        record.addValueChangeListener(e -> refresh());

        Anchor xlsx = download("xlsx", getTranslation("audit.export.xlsx"));
        xlsx.setId("audit-export-xlsx");
        Anchor csv = download("csv", getTranslation("audit.export.csv"));
        csv.setId("audit-export-csv");
        HorizontalLayout filters = new HorizontalLayout(from, to, actor, door, table, record, xlsx, csv);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("audit-grid");
        // the changes are what an administrator reads: they wrap instead of being cut off
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> AuditExport.time(e.occurredAt(), zone))
                .setHeader(getTranslation("audit.col.time"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::actor)
                .setHeader(getTranslation("audit.col.actor"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> labels.door(e.door()))
                .setHeader(getTranslation("audit.col.door"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> labels.kind(e.kind()))
                .setHeader(getTranslation("audit.col.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> labels.table(e.tableName()))
                .setHeader(getTranslation("audit.col.table"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.uscc() != null ? e.uscc() : e.recordKey() == null ? "" : e.recordKey())
                .setHeader(getTranslation("audit.col.record"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> labels.changes(e.before(), e.after()))
                .setHeader(getTranslation("audit.col.changes"))
                .setFlexGrow(3)
                .setWidth("22em");
        grid.addColumn(e -> e.clientAddress() == null
                        ? labels.detail(e.detail())
                        : e.clientAddress() + " " + labels.detail(e.detail()))
                .setHeader(getTranslation("audit.col.detail"))
                .setAutoWidth(true);
        grid.setItems(query -> audit.page(account, filter(), query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, audit.count(account, filter())));

        add(new H2(getTranslation("audit.title")), sources, filters, grid);
        expand(grid);
    }

    private AuditSource source() {
        return sources.getSelectedTab() == ours ? AuditSource.APP : AuditSource.ENGINE;
    }

    AuditFilter filter() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        return new AuditFilter(
                source(),
                start == null ? null : start.atStartOfDay(zone).toOffsetDateTime(),
                end == null ? null : end.plusDays(1).atStartOfDay(zone).toOffsetDateTime(),
                actor.getValue(),
                source() == AuditSource.APP ? door.getValue() : null,
                table.getValue(),
                record.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** A link that exports the rows of the filter at the moment it is clicked. */
    private Anchor download(String format, String label) {
        Locale locale = getLocale();
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = exportBytes(format, locale);
                    String name = "audit-" + LocalDate.now(zone) + "." + format;
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            name,
                            "csv".equals(format) ? AuditExport.CSV : SpreadsheetExport.XLSX,
                            bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                "");
        anchor.add(VaadinIcon.DOWNLOAD.create());
        anchor.add(" " + label);
        return anchor;
    }

    byte[] exportBytes(String format, Locale locale) {
        List<AuditEntry> rows = audit.exportRows(account, filter());
        if ("xlsx".equals(format)) {
            return AuditExport.xlsx(rows, locale, zone);
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            AuditExport.csv(rows, locale, zone, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
