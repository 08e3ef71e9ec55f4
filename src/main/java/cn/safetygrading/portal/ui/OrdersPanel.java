package cn.safetygrading.portal.ui;

import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.document.ui.DocumentButtons;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.supervision.domain.Inspection;
import cn.safetygrading.supervision.domain.InspectionStatus;
import cn.safetygrading.supervision.service.InspectionService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Set;

/** 检查与整改指令: the enterprise's inspections, and for an open rectification order its report. */
class OrdersPanel extends VerticalLayout {

    private final InspectionService inspections;
    private final Account account;
    final Grid<Inspection> grid = new Grid<>(Inspection.class, false);
    final TextArea report = new TextArea();
    Dialog dialog;
    private Set<String> openOrders = Set.of();

    private final DocumentButtons documents;

    OrdersPanel(InspectionService inspections, Account account, DocumentButtons documents) {
        this.inspections = inspections;
        this.documents = documents;
        this.account = account;
        setPadding(false);
        grid.setId("portal-inspections");
        grid.addColumn(i -> Formats.date(i.doneOn() != null ? i.doneOn() : i.plannedOn()))
                .setHeader(getTranslation("inspection.date"))
                .setAutoWidth(true);
        grid.addColumn(i -> i.findings() == null ? "" : i.findings())
                .setHeader(getTranslation("inspection.findings"))
                .setFlexGrow(2);
        grid.addColumn(i -> Formats.date(i.orderDeadline()))
                .setHeader(getTranslation("inspection.deadline"))
                .setAutoWidth(true);
        grid.addColumn(this::status)
                .setHeader(getTranslation("inspection.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::action).setAutoWidth(true);
        grid.addComponentColumn(i -> documents.inspection( // 现场检查记录 and 整改指令书 to print
                        account, i.id(), i.doneOn() != null && i.findings() != null, i.orderDeadline() != null))
                .setKey("documents")
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("inspection.none"));
        add(grid);
        refresh();
    }

    private String status(Inspection i) {
        if (i.result() != null) {
            return getTranslation("inspection.result." + i.result());
        }
        if (orderOpen(i)) {
            return getTranslation("inspection.status.open");
        }
        return getTranslation(
                InspectionStatus.PLANNED.is(i.status()) ? "inspection.status.planned" : "inspection.status.done");
    }

    private Component action(Inspection i) {
        if (!orderOpen(i)) {
            return new Span();
        }
        Button answer = new Button(getTranslation("inspection.report"), e -> open(i));
        answer.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        return answer;
    }

    void open(Inspection inspection) {
        report.setLabel(getTranslation("hazard.rectification"));
        report.setMaxLength(2000);
        report.setWidthFull();
        report.clear();
        dialog = new Dialog(new VerticalLayout(new Paragraph(inspection.findings()), report));
        dialog.setHeaderTitle(getTranslation("inspection.report"));
        dialog.setWidth("min(40rem, 95vw)");
        Button ok = new Button(getTranslation("inspection.report"), e -> send(inspection));
        ok.setId("confirm-order-report");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("notice.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    void send(Inspection inspection) {
        Feedback.attempt(
                () -> {
                    inspections.reportRectification(account, inspection.id(), report.getValue());
                    dialog.close();
                },
                getTranslation("inspection.reported"),
                this::refresh);
    }

    void refresh() {
        openOrders = inspections.openOrders(account, account.uscc());
        grid.setItems(inspections.forEnterprise(account, account.uscc()));
    }

    private boolean orderOpen(Inspection inspection) {
        return inspection.processInstanceId() != null && openOrders.contains(inspection.processInstanceId());
    }

    /** How many rectification orders wait for the enterprise. */
    long openCount() {
        return openOrders.size();
    }
}
