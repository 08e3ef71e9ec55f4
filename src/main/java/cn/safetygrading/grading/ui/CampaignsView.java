package cn.safetygrading.grading.ui;

import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.base.ui.SpreadsheetExport;
import cn.safetygrading.consequence.service.FalsificationFigures;
import cn.safetygrading.consequence.ui.CountyFiguresDialog;
import cn.safetygrading.document.service.GradingDocuments;
import cn.safetygrading.document.ui.DocumentLinks;
import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.grading.domain.CampaignStatus;
import cn.safetygrading.grading.domain.LeftOut;
import cn.safetygrading.grading.domain.NewCampaign;
import cn.safetygrading.grading.domain.Overlap;
import cn.safetygrading.grading.service.CampaignService;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** 分级工作: the campaigns of the manager's region, their progress, and launching or closing one. */
@Route("campaigns")
@Menu(order = 4, icon = "vaadin:calendar-clock", title = "nav.campaigns")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
public class CampaignsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Campaign> grid = new Grid<>(Campaign.class, false);
    private final CampaignService campaigns;
    private final LedgerService ledger;
    private final Account account;
    private final Clock clock;

    public CampaignsView(
            CampaignService campaigns,
            LedgerService ledger,
            CurrentAccount current,
            Clock clock,
            FalsificationFigures figures,
            GradingDocuments documents) {
        this.campaigns = campaigns;
        this.ledger = ledger;
        this.account = current.require();
        this.clock = clock;
        setSizeFull();
        Button launch = new Button(getTranslation("campaign.launch"), VaadinIcon.PLUS.create(), e -> openLaunch());
        launch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        launch.setId("launch-campaign");

        grid.setId("campaign-grid");
        grid.addColumn(Campaign::name)
                .setHeader(getTranslation("campaign.name"))
                .setFlexGrow(2);
        grid.addColumn(Campaign::year)
                .setHeader(getTranslation("campaign.year"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.status().labelKey()))
                .setHeader(getTranslation("campaign.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> {
                    ProgressBar bar = new ProgressBar(0, Math.max(1, c.total()), c.started());
                    bar.setWidth("8em");
                    return bar;
                })
                .setHeader(getTranslation("campaign.progress"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.started() + " / " + c.total())
                .setHeader(getTranslation("campaign.started"))
                .setAutoWidth(true);
        grid.addColumn(c -> Formats.date(c.selfAssessmentDue()))
                .setHeader(getTranslation("campaign.selfAssessmentDue"))
                .setAutoWidth(true);
        grid.addColumn(c -> Formats.date(c.closesAt()))
                .setHeader(getTranslation("campaign.closesAt"))
                .setAutoWidth(true);
        grid.addColumn(c -> CampaignSummaryText.of(this, c.summary()))
                .setHeader(getTranslation("campaign.summary"))
                .setFlexGrow(2);
        grid.addComponentColumn(
                        c -> { // per-county figures for 年度目标考核 (falsified, corrected, returned, overdue)
                            Button open = new Button(
                                    getTranslation("consequence.figures"),
                                    e -> new CountyFiguresDialog(figures, c.id(), c.name()).open());
                            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                            return open;
                        })
                .setAutoWidth(true);
        grid.addComponentColumn(
                        c -> { // the 公示 of the campaign's list as published now, to print and seal
                            Button print =
                                    new Button(getTranslation("document.button.noticeList"), VaadinIcon.PRINT.create());
                            print.addClickListener(e -> DocumentLinks.open(
                                    print, () -> documents.noticeList(account, c.id()), "document.noList"));
                            print.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                            print.setId("notice-list-" + c.id());
                            return print;
                        })
                .setAutoWidth(true);
        grid.addComponentColumn(c -> SpreadsheetExport.link(
                        getTranslation("campaign.leftOut.export"),
                        "left-out-" + c.id() + ".xlsx",
                        () -> leftOutTable(campaigns.leftOut(c.id()))))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> {
                    Button close = new Button(getTranslation("campaign.close"), e -> openClose(c));
                    close.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    close.setEnabled(c.status() == CampaignStatus.RUNNING);
                    return close;
                })
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("campaign.empty"));
        grid.setItems(q -> campaigns.list(account, q.getOffset(), q.getLimit()).stream());
        add(new H2(getTranslation("nav.campaigns")), launch, grid);
        expand(grid);
    }

    void openLaunch() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("campaign.launch"));
        LocalDate today = LocalDate.now(clock);
        TextField name = new TextField(getTranslation("campaign.name"));
        name.setValue(getTranslation("campaign.defaultName", today.getYear()));
        name.setRequired(true);
        ComboBox<Region> region = new ComboBox<>(getTranslation("ledger.region"));
        region.setItems(ledger.regions(account));
        region.setItemLabelGenerator(Region::name);
        ledger.regions(account).stream().findFirst().ifPresent(region::setValue);
        IntegerField year = new IntegerField(getTranslation("campaign.year"));
        year.setValue(today.getYear());
        DatePicker selfDue = new DatePicker(getTranslation("campaign.selfAssessmentDue"), today.plusDays(30));
        DatePicker reviewDue = new DatePicker(getTranslation("campaign.reviewDue"), today.plusDays(45));
        DatePicker spotDue = new DatePicker(getTranslation("campaign.spotCheckDue"), today.plusDays(60));
        DatePicker closes = new DatePicker(getTranslation("campaign.closesAt"), today.plusDays(90));
        NumberField ratio = new NumberField(getTranslation("campaign.ratio"));
        ratio.setValue(20.0);
        ratio.setMin(0);
        ratio.setMax(100);
        ratio.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        IntegerField noticeDays = new IntegerField(getTranslation("campaign.noticeDays"));
        noticeDays.setValue(7);
        noticeDays.setMin(1);
        FormLayout form = new FormLayout(name, region, year, selfDue, reviewDue, spotDue, closes, ratio, noticeDays);
        dialog.add(form);
        java.util.function.Supplier<NewCampaign> request = () -> {
            ZoneId zone = clock.getZone();
            return new NewCampaign(
                    name.getValue(),
                    region.getValue() == null ? null : region.getValue().code(),
                    year.getValue() == null ? today.getYear() : year.getValue(),
                    endOfDay(selfDue.getValue(), zone),
                    endOfDay(reviewDue.getValue(), zone),
                    endOfDay(spotDue.getValue(), zone),
                    endOfDay(closes.getValue(), zone),
                    ratio.getValue() == null
                            ? null
                            : BigDecimal.valueOf(ratio.getValue()).movePointLeft(2),
                    "P" + (noticeDays.getValue() == null ? 7 : noticeDays.getValue()) + "D");
        };
        Button go = new Button(getTranslation("campaign.launchNow"), e -> {
            try {
                NewCampaign asked = request.get();
                Overlap overlap = campaigns.overlap(account, asked, SHOWN_NAMES);
                if (overlap.none()) {
                    launch(dialog, asked, 0);
                } else {
                    confirmOverlap(dialog, asked, overlap);
                }
            } catch (cn.safetygrading.base.Refused invalid) {
                refused(invalid);
            }
        });
        go.setId("launch-now");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("notice.cancel"), e -> dialog.close()), go);
        dialog.open();
    }

    /** How many of the enterprises left out the confirmation names; the rest are counted and exportable. */
    static final int SHOWN_NAMES = 10;

    /**
     * Enterprises of the region whose grading runs already are left out (two gradings of one enterprise
     * never run at once): the manager sees how many and which, and launches for the others or cancels.
     */
    private void confirmOverlap(Dialog launchDialog, NewCampaign asked, Overlap overlap) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(getTranslation("campaign.overlap.title"));
        String names = String.join(
                getTranslation("campaign.overlap.separator"),
                overlap.first().stream().map(LeftOut::name).toList());
        Paragraph message = new Paragraph(getTranslation(
                "campaign.overlap.message",
                overlap.count(),
                names,
                overlap.count() > overlap.first().size() ? getTranslation("campaign.overlap.more") : ""));
        message.setId("overlap-message");
        confirm.add(
                message,
                SpreadsheetExport.link(
                        getTranslation("campaign.overlap.export"),
                        "left-out.xlsx",
                        () -> leftOutTable(campaigns.overlapping(account, asked))));
        Button others = new Button(getTranslation("campaign.overlap.launchOthers"), e -> {
            try {
                confirm.close();
                launch(launchDialog, asked, overlap.count());
            } catch (cn.safetygrading.base.Refused invalid) {
                refused(invalid);
            }
        });
        others.setId("launch-others");
        others.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("notice.cancel"), e -> confirm.close());
        cancel.setId("overlap-cancel");
        confirm.getFooter().add(cancel, others);
        confirm.open();
    }

    private void launch(Dialog dialog, NewCampaign asked, long leftOut) {
        campaigns.launch(account, asked);
        dialog.close();
        grid.getDataProvider().refreshAll();
        Feedback.success(
                leftOut == 0
                        ? getTranslation("campaign.launched")
                        : getTranslation("campaign.launched.leftOut", leftOut));
    }

    /** The server's check names the field, in the user's language; the dialog stays open to correct it. */
    private void refused(cn.safetygrading.base.Refused invalid) {
        Feedback.error(getTranslation("campaign.invalid", Feedback.text(invalid)));
    }

    private SpreadsheetExport.Table leftOutTable(java.util.List<LeftOut> rows) {
        return new SpreadsheetExport.Table(
                getTranslation("campaign.overlap.sheet"),
                java.util.List.of(
                        getTranslation("campaign.overlap.uscc"),
                        getTranslation("campaign.name.enterprise"),
                        getTranslation("ledger.region")),
                rows.stream()
                        .map(r -> java.util.List.<Object>of(r.uscc(), r.name(), r.regionName()))
                        .toList());
    }

    /** 提前结束 asks for confirmation and a reason, and says what it did. */
    void openClose(Campaign campaign) {
        new CloseCampaignDialog(campaigns, account, campaign, grid.getDataProvider()::refreshAll).open();
    }

    private static OffsetDateTime endOfDay(LocalDate date, ZoneId zone) {
        return date == null
                ? null
                : date.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toOffsetDateTime();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.campaigns");
    }
}
