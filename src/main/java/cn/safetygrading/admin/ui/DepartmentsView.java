package cn.safetygrading.admin.ui;

import cn.safetygrading.admin.domain.DutyImportResult;
import cn.safetygrading.admin.domain.InvalidInput;
import cn.safetygrading.admin.domain.Unit;
import cn.safetygrading.admin.service.DutyImportService;
import cn.safetygrading.admin.service.UnitService;
import cn.safetygrading.base.ui.UploadTexts;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 部门管理 for administrators: the departments by region, each with its industries as 行业主管部门 and
 * as 直接监管责任部门; create, rename, delete (not while enterprises or accounts name it); and the
 * city's 任务分工 loaded from a file, with the rejected rows listed.
 */
@Route("admin/departments")
@Menu(order = 91, icon = "vaadin:sitemap", title = "admin.departments.nav")
@RolesAllowed(Role.ADMIN_NAME)
public class DepartmentsView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<Region> region = new ComboBox<>();
    final TextField text = new TextField();
    final Grid<Unit> grid = new Grid<>();
    final Button create = new Button();
    final Upload upload;
    final Paragraph importSummary = new Paragraph();
    final Grid<DutyImportResult.Rejected> rejections = new Grid<>();

    private final UnitService units;
    private final DutyImportService imports;
    private final Account account;
    private final Map<String, String> regionNames;

    public DepartmentsView(UnitService units, DutyImportService imports, CurrentAccount current) {
        this.units = units;
        this.imports = imports;
        this.account = current.require();
        List<Region> regions = units.regions();
        this.regionNames = regions.stream().collect(Collectors.toMap(Region::code, Region::name));
        setSizeFull();

        region.setLabel(getTranslation("admin.field.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(Fields::label);
        region.setClearButtonVisible(true);
        region.setId("departments-region");
        text.setLabel(getTranslation("admin.field.departmentName"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("departments-text");
        region.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        create.setText(getTranslation("admin.departments.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("departments-create");
        create.addClickListener(e -> open(null));
        HorizontalLayout filters = new HorizontalLayout(region, text, create);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("departments-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Unit::name)
                .setHeader(getTranslation("admin.col.department"))
                .setFlexGrow(3);
        grid.addColumn(u -> regionNames.getOrDefault(u.regionCode(), u.regionCode()))
                .setHeader(getTranslation("admin.col.region"))
                .setAutoWidth(true);
        grid.addColumn(u -> kindLabel(u.kind()))
                .setHeader(getTranslation("admin.col.kind"))
                .setAutoWidth(true);
        grid.addColumn(Unit::enterprises)
                .setHeader(getTranslation("admin.col.enterprises"))
                .setAutoWidth(true);
        grid.addColumn(Unit::accounts)
                .setHeader(getTranslation("admin.col.accounts"))
                .setAutoWidth(true);
        grid.setItems(
                q -> units.page(account, regionCode(), text.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) units.count(account, regionCode(), text.getValue()));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setMinHeight("16em");

        upload = new Upload(UploadHandler.toTempFile((meta, file) ->
                getUI().ifPresent(ui -> ui.access(() -> importFile(file.toPath(), meta.fileName())))));
        upload.setId("departments-duties-upload");
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) (5L * 1024 * 1024));
        upload.setI18n(UploadTexts.of(this, "5 MB"));
        rejections.setId("departments-duties-rejected");
        rejections
                .addColumn(DutyImportResult.Rejected::row)
                .setHeader(getTranslation("admin.col.row"))
                .setAutoWidth(true);
        rejections
                .addColumn(DutyImportResult.Rejected::field)
                .setHeader(getTranslation("admin.col.field"))
                .setAutoWidth(true);
        rejections
                .addColumn(DutyImportResult.Rejected::message)
                .setHeader(getTranslation("admin.col.message"))
                .setFlexGrow(3);
        rejections.setAllRowsVisible(true);
        rejections.setVisible(false);
        importSummary.setId("departments-duties-summary");
        VerticalLayout importBody = new VerticalLayout(
                new Paragraph(getTranslation("admin.import.hint")), upload, importSummary, rejections);
        importBody.setPadding(false);
        Details importPanel = new Details(getTranslation("admin.import.title"), importBody);
        importPanel.setWidthFull();

        add(new H2(getTranslation("admin.departments.title")), filters, grid, importPanel);
        expand(grid);
    }

    private String regionCode() {
        return region.getValue() == null ? null : region.getValue().code();
    }

    String kindLabel(String kind) {
        if (kind == null) {
            return "";
        }
        return UnitService.KINDS.contains(kind) ? getTranslation("admin.kind." + kind) : kind;
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** Opens the department (or a new one, for null) in the editor. */
    DepartmentDialog open(Unit unit) {
        DepartmentDialog dialog =
                new DepartmentDialog(units, account, unit, this::refresh, units.regions(), this::kindLabel);
        dialog.open();
        return dialog;
    }

    /** Imports an uploaded 任务分工 file and shows the summary or the rejected rows. */
    DutyImportResult importFile(Path file, String fileName) {
        rejections.setVisible(false);
        try {
            DutyImportResult result = imports.importFile(account, file, fileName, getLocale());
            if (result.applied()) {
                importSummary.setText(getTranslation(
                        "admin.import.done",
                        result.duties(),
                        result.regions().stream()
                                .map(c -> regionNames.getOrDefault(c, c))
                                .collect(Collectors.joining("、"))));
                refresh();
            } else {
                importSummary.setText(getTranslation(
                        result.rejected().isEmpty() ? "admin.import.nothing" : "admin.import.rejected",
                        result.rejected().size(),
                        result.rows()));
                rejections.setItems(result.rejected());
                rejections.setVisible(!result.rejected().isEmpty());
            }
            return result;
        } catch (InvalidInput e) {
            importSummary.setText(getTranslation(e.key(), e.args()));
            return null;
        } finally {
            upload.clearFileList();
            file.toFile().delete();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.departments.title");
    }
}
