package cn.safetygrading.notice.ui;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.base.ui.LanguageSwitch;
import cn.safetygrading.base.ui.WidthWatcher;
import cn.safetygrading.notice.domain.PublicNotice;
import cn.safetygrading.notice.service.NoticeService;
import cn.safetygrading.notice.service.ObjectionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** 公示: the current notice list, searchable, with the objection form and a receipt lookup; no login. */
@Route(value = "notice", autoLayout = false)
@AnonymousAllowed
public class NoticeView extends VerticalLayout implements HasDynamicTitle {

    final Grid<PublicNotice> grid = new Grid<>(PublicNotice.class, false);
    final TextField search = new TextField();
    final TextField receipt = new TextField();
    private final ObjectionService objections;
    /** Columns a phone does without: the name, grade, deadline and 提出异议 stay on a 390 px screen. */
    Grid.Column<PublicNotice> usccColumn;

    Grid.Column<PublicNotice> regionColumn;

    public NoticeView(NoticeService notices, ObjectionService objections) {
        this.objections = objections;
        setSizeFull();
        H1 title = new H1(getTranslation("notice.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        Paragraph intro = new Paragraph(getTranslation("notice.intro"));

        search.setPlaceholder(getTranslation("notice.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("notice-search");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("notice-grid");
        // long names wrap in their cell, so the grade, the deadline and 提出异议 keep their place
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PublicNotice::enterpriseName)
                .setHeader(getTranslation("notice.enterprise"))
                .setWidth("7em")
                .setFlexGrow(2);
        usccColumn = grid.addColumn(PublicNotice::uscc)
                .setHeader(getTranslation("notice.uscc"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        regionColumn = grid.addColumn(PublicNotice::regionName)
                .setHeader(getTranslation("notice.region"))
                .setAutoWidth(true);
        grid.addColumn(PublicNotice::grade)
                .setHeader(getTranslation("notice.grade"))
                .setWidth("4em")
                .setFlexGrow(0);
        grid.addColumn(n -> Formats.date(n.endsAt()))
                .setHeader(getTranslation("notice.endsAt"))
                .setWidth("6.5em")
                .setFlexGrow(0);
        grid.addComponentColumn(n -> {
                    Button object = new Button(getTranslation("notice.object"), e -> openObjection(n));
                    object.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    object.addClassName("notice-object");
                    return object;
                })
                .setHeader(getTranslation("notice.objection"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("notice.empty"));
        grid.setItems(q -> notices.open(search.getValue(), q.getOffset(), q.getLimit()).stream(), q ->
                (int) notices.countOpen(search.getValue()));

        receipt.setPlaceholder(getTranslation("notice.receiptNo"));
        receipt.setId("receipt-number");
        Button lookUp = new Button(getTranslation("notice.lookUp"), e -> lookUp());
        FlexLayout follow = new FlexLayout(new Span(getTranslation("notice.followUp")), receipt, lookUp);
        follow.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        follow.setAlignItems(FlexComponent.Alignment.BASELINE);
        follow.getStyle().set("gap", "var(--lumo-space-s)");

        // the listed major hazards have a public page of their own (supervision feature)
        Anchor hazards = new Anchor("notice/hazards", getTranslation("notice.hazards"));
        hazards.setId("notice-hazards-link");
        // the header wraps on a phone: title first, the links on the next line
        FlexLayout header = new FlexLayout(
                title, new LanguageSwitch(), hazards, new Anchor("login", getTranslation("notice.login")));
        header.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.getStyle().set("gap", "var(--lumo-space-m)");
        header.setWidthFull();
        header.setFlexGrow(1, title);
        title.getStyle().set("margin-block", "var(--lumo-space-s)");
        search.setWidthFull();
        search.setMaxWidth("40em");
        add(header, intro, search, grid, follow);
        expand(grid);
        WidthWatcher.watch(this, this::applyNarrow);
    }

    /** A phone: the USCC and region columns go (the dialog and the notice's text name the enterprise). */
    void applyNarrow(boolean narrow) {
        usccColumn.setVisible(!narrow);
        regionColumn.setVisible(!narrow);
        if (narrow) {
            getStyle().set("padding", "var(--lumo-space-s)");
        } else {
            getStyle().remove("padding");
        }
    }

    void openObjection(PublicNotice notice) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("notice.objectionTitle", notice.enterpriseName()));
        TextArea text = new TextArea(getTranslation("notice.objectionText"));
        text.setMaxLength(ObjectionService.MAX_TEXT);
        text.setMinLength(ObjectionService.MIN_TEXT);
        text.setRequired(true);
        text.setWidthFull();
        text.setHelperText(
                getTranslation("notice.objectionHelp", ObjectionService.MIN_TEXT, ObjectionService.MAX_TEXT));
        text.setId("objection-text");
        TextField contact = new TextField(getTranslation("notice.contact"));
        contact.setMaxLength(ObjectionService.MAX_CONTACT);
        contact.setWidthFull();
        contact.setId("objection-contact");
        Button submit = new Button(getTranslation("notice.submit"), e -> {
            try {
                String receiptNo = objections.file(notice.id(), text.getValue(), contact.getValue(), clientAddress());
                dialog.close();
                showReceipt(receiptNo);
            } catch (Refused refused) {
                text.setInvalid(true);
                text.setErrorMessage(getTranslation(refused.messageKey()));
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("objection-submit");
        dialog.add(new VerticalLayout(text, contact));
        dialog.getFooter().add(new Button(getTranslation("notice.cancel"), e -> dialog.close()), submit);
        dialog.open();
    }

    private void showReceipt(String receiptNo) {
        Dialog done = new Dialog();
        done.setHeaderTitle(getTranslation("notice.received"));
        Span number = new Span(receiptNo);
        number.setId("objection-receipt");
        number.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        done.add(new VerticalLayout(new Paragraph(getTranslation("notice.receiptHelp")), number));
        done.getFooter().add(new Button(getTranslation("notice.close"), e -> done.close()));
        done.open();
    }

    void lookUp() {
        objections
                .byReceipt(receipt.getValue())
                .ifPresentOrElse(
                        o -> Feedback.hint(getTranslation(
                                "notice.status",
                                o.receiptNo(),
                                getTranslation("objection.status." + o.status()),
                                o.decision() == null ? "" : o.decision())),
                        () -> Feedback.error(getTranslation("notice.unknownReceipt")));
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notice.title");
    }
}
