package cn.safetygrading.facts.ui;

import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.facts.domain.FactAttachment;
import cn.safetygrading.facts.domain.FactEntry;
import cn.safetygrading.facts.domain.FactField;
import cn.safetygrading.facts.domain.FieldType;
import cn.safetygrading.facts.domain.Register;
import cn.safetygrading.facts.service.CreditMeasures;
import cn.safetygrading.facts.service.FactAttachments;
import cn.safetygrading.facts.service.FactDecisions;
import cn.safetygrading.facts.service.FactService;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The registers of one enterprise: each a list of its entries (the day it happened, the document, who
 * recorded it, its files, whether it was corrected) with 登记 and, on entries in force, 更正 for those allowed;
 * above them the credit grade (with 黑名单 for a d of a credit-graded industry) and the risk level the registers
 * decide.
 */
class FactsPanel extends VerticalLayout {

    final Map<Register, Grid<FactEntry>> grids = new EnumMap<>(Register.class);
    final Map<Register, Button> recordButtons = new EnumMap<>(Register.class);
    final Span creditGrade = new Span();
    final Span riskLevel = new Span();
    final Span blacklisted = new Span();

    /** The files of the entries shown, by entry id. */
    final Map<String, List<FactAttachment>> files = new HashMap<>();

    private final FactService facts;
    private final FactAttachments attachments;
    private final FactDecisions decisions;
    private final Account account;
    private final String uscc;
    private final boolean mayRecord;

    private final CreditMeasures credit;

    private final String industryCode;

    FactsPanel(
            FactService facts,
            FactAttachments attachments,
            FactDecisions decisions,
            CreditMeasures credit,
            Account account,
            String uscc,
            String industryCode) {
        this.industryCode = industryCode;
        this.facts = facts;
        this.attachments = attachments;
        this.decisions = decisions;
        this.credit = credit;
        this.account = account;
        this.uscc = uscc;
        this.mayRecord = facts.mayRecord(account, uscc);
        setPadding(false);
        creditGrade.setId("facts-credit-grade");
        riskLevel.setId("facts-risk-level");
        blacklisted.setId("facts-blacklisted");
        blacklisted.getElement().getThemeList().add("badge error");
        blacklisted.setText(getTranslation("facts.blacklisted"));
        HorizontalLayout summary = new HorizontalLayout(creditGrade, blacklisted, riskLevel);
        summary.getStyle().set("flex-wrap", "wrap");
        add(summary);
        for (Register register : Register.values()) {
            add(section(register));
        }
        refresh();
    }

    private VerticalLayout section(Register register) {
        H3 title = new H3(getTranslation(register.key()));
        Button record = new Button(getTranslation("facts.action.record"), e -> open(register, null));
        record.setId("facts-record-" + register.path());
        record.addThemeVariants(ButtonVariant.LUMO_SMALL);
        record.setVisible(mayRecord);
        recordButtons.put(register, record);
        HorizontalLayout header = new HorizontalLayout(title, record);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);

        Grid<FactEntry> grid = new Grid<>();
        grid.setId("facts-grid-" + register.path());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("facts.none"));
        grid.addColumn(e -> Formats.date(e.occurredOn()))
                .setHeader(getTranslation("facts.column.occurredOn"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.documentNo() == null ? "—" : e.documentNo())
                .setHeader(getTranslation("facts.column.document"))
                .setAutoWidth(true);
        grid.addColumn(this::details)
                .setHeader(getTranslation("facts.column.details"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::fileLinks)
                .setHeader(getTranslation("facts.column.attachments"))
                .setKey("attachments")
                .setAutoWidth(true);
        grid.addColumn(FactEntry::recordedByName)
                .setHeader(getTranslation("facts.column.recordedBy"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.superseded() ? "facts.status.superseded" : "facts.status.inForce"))
                .setHeader(getTranslation("facts.column.status"))
                .setAutoWidth(true);
        if (mayRecord) {
            grid.addComponentColumn(e -> {
                        Button correct = new Button(getTranslation("facts.action.correct"), c -> open(register, e));
                        correct.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                        correct.setVisible(!e.superseded());
                        return correct;
                    })
                    .setKey("correct")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grids.put(register, grid);
        VerticalLayout section = new VerticalLayout(header, grid);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    /** The register's own fields, the day and document aside, as label: value. */
    String details(FactEntry entry) {
        return entry.register().fields().stream()
                .filter(f -> !f.column().equals("occurred_on") && !f.column().equals("document_no"))
                .filter(f -> entry.values().get(f.name()) != null)
                .map(f -> getTranslation("facts.field." + f.name()) + "："
                        + shown(f, entry.values().get(f.name())))
                .collect(Collectors.joining("；"));
    }

    /** The entry's files, each opening /files/facts/{id} in a new tab (PDF and images inline, others download). */
    Div fileLinks(FactEntry entry) {
        Div links = new Div();
        for (FactAttachment file : files.getOrDefault(entry.id(), List.of())) {
            Anchor link = new Anchor(FactAttachments.PATH + file.id(), file.fileName(), AnchorTarget.BLANK);
            link.setRouterIgnore(true);
            link.getElement().setAttribute("rel", "noopener");
            Div line = new Div(link);
            if (file.superseded()) {
                line.add(new Span(getTranslation("facts.attachments.superseded")));
                link.getStyle().set("text-decoration", "line-through");
            }
            links.add(line);
        }
        return links;
    }

    private String shown(FactField field, Object value) {
        if (field.type() == FieldType.BOOLEAN) {
            return getTranslation(Boolean.TRUE.equals(value) ? "facts.yes" : "facts.no");
        }
        if (field.type() == FieldType.CHOICE) {
            return getTranslation("facts.choice." + value);
        }
        return String.valueOf(value);
    }

    private void open(Register register, FactEntry corrected) {
        new FactDialog(attachments, account, uscc, register, corrected, this::refresh).open();
    }

    void refresh() {
        files.clear();
        grids.forEach((register, grid) -> {
            files.putAll(attachments.byEntry(account, uscc, register));
            grid.setItems(facts.list(account, uscc, register));
        });
        creditGrade.setText(decisions
                .storedCreditGrade(uscc)
                .map(g -> getTranslation("facts.creditGrade", getTranslation("facts.credit." + g)))
                .orElse(getTranslation("facts.creditGrade.none")));
        blacklisted.setVisible(credit.blacklistedNow(uscc, industryCode));
        riskLevel.setText(decisions
                .riskLevel(uscc)
                .map(l -> getTranslation("facts.riskLevel", getTranslation("facts.choice." + l)))
                .orElse(""));
    }
}
