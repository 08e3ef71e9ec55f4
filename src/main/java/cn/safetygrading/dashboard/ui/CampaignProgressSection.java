package cn.safetygrading.dashboard.ui;

import cn.safetygrading.base.ui.ChartPanel;
import cn.safetygrading.base.ui.SummaryTable;
import cn.safetygrading.dashboard.service.DashboardService;
import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.grading.domain.CampaignProgress;
import cn.safetygrading.grading.domain.CampaignStatus;
import cn.safetygrading.inbox.service.InboxFilter;
import cn.safetygrading.inbox.service.InboxQueries;
import cn.safetygrading.notification.service.TaskNotifier;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the chosen campaign stands: per county, 直接监管责任部门 and industry and step, as tables (each exported)
 * and a chart, and per step the open tasks, each number opening the list of those cases' tasks (with 催办).
 */
class CampaignProgressSection extends VerticalLayout {

    private static final List<String> PROGRESS_TASKS =
            List.of("selfAssessment", "departmentDiagnosis", "preliminaryReview", "spotCheck", "objectionReview");

    final ComboBox<Campaign> campaign = new ComboBox<>();
    final SummaryTable<CampaignProgress> byRegion = new SummaryTable<>();
    final ChartPanel chart = new ChartPanel();
    final SummaryTable<CampaignProgress> byDepartment = new SummaryTable<>();
    final SummaryTable<CampaignProgress> byIndustry = new SummaryTable<>();
    /** The chosen campaign's open tasks per step, each number opening the list of those cases' tasks. */
    final FlexLayout lists = new FlexLayout();

    private final DashboardService dashboard;
    private final Account account;
    private final InboxQueries inbox;
    private final TaskNotifier urger;

    /** {@code urger} is null when the viewer may not 催办. */
    CampaignProgressSection(
            DashboardService dashboard,
            Account account,
            InboxQueries inbox,
            TaskNotifier urger,
            List<Campaign> inScope) {
        this.dashboard = dashboard;
        this.account = account;
        this.inbox = inbox;
        this.urger = urger;
        setPadding(false);
        campaign.setLabel(getTranslation("inbox.campaign"));
        campaign.setItems(inScope);
        campaign.setItemLabelGenerator(Campaign::name);
        campaign.setId("dashboard-progress-campaign");
        Columns<CampaignProgress> regionColumns = DashboardTables.progress(this::translate, "ledger.region");
        Columns<CampaignProgress> departmentColumns =
                DashboardTables.progress(this::translate, "dashboard.supervisingDepartment");
        Columns<CampaignProgress> industryColumns = DashboardTables.progress(this::translate, "ledger.industry");
        regionColumns.showIn(byRegion).setId("dashboard-progress");
        chart.setId("dashboard-progress-chart");
        departmentColumns.showIn(byDepartment).setId("dashboard-progress-departments");
        industryColumns.showIn(byIndustry).setId("dashboard-progress-industries");
        campaign.addValueChangeListener(e -> show(e.getValue()));
        lists.setId("dashboard-progress-lists");
        lists.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        lists.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-l)");
        add(
                Sections.exported(
                        this,
                        "dashboard.progress",
                        "campaign-progress.xlsx",
                        () -> regionColumns.export("progress", byRegion.getItems())),
                campaign,
                lists,
                byRegion,
                chart);
        add(
                Sections.exported(
                        this,
                        "dashboard.progressByDepartment",
                        "campaign-progress-by-department.xlsx",
                        () -> departmentColumns.export("progress", byDepartment.getItems())),
                byDepartment);
        add(
                Sections.exported(
                        this,
                        "dashboard.progressByIndustry",
                        "campaign-progress-by-industry.xlsx",
                        () -> industryColumns.export("progress", byIndustry.getItems())),
                byIndustry);
        inScope.stream()
                .filter(c -> c.status() == CampaignStatus.RUNNING)
                .findFirst()
                .or(() -> inScope.stream().findFirst())
                .ifPresentOrElse(campaign::setValue, () -> chart.setVisible(false));
    }

    private String translate(String key) {
        return getTranslation(key);
    }

    void show(Campaign chosen) {
        List<CampaignProgress> rows = chosen == null ? List.of() : dashboard.campaignProgress(account, chosen.id());
        byRegion.setItems(rows);
        byDepartment.setItems(
                chosen == null
                        ? List.of()
                        : labelled(
                                dashboard.campaignProgressByDepartment(account, chosen.id()),
                                "dashboard.noDepartment"));
        byIndustry.setItems(
                chosen == null
                        ? List.of()
                        : labelled(dashboard.campaignProgressByIndustry(account, chosen.id()), "dashboard.noIndustry"));
        chart.setVisible(!rows.isEmpty());
        lists.removeAll();
        if (chosen != null) {
            PROGRESS_TASKS.forEach(key -> lists.add(openTasks(chosen, key)));
        }
        List<ChartPanel.Series> series = new ArrayList<>();
        for (int i = 1; i < DashboardTables.STEPS.size(); i++) {
            var step = DashboardTables.STEPS.get(i);
            series.add(new ChartPanel.Series(
                    getTranslation(step.getKey()),
                    rows.stream().map(r -> step.getValue().applyAsLong(r)).toList(),
                    ChartPanel.PALETTE.get((i - 1) % ChartPanel.PALETTE.size())));
        }
        chart.showStackedBars(
                getTranslation("dashboard.progressChart"),
                rows.stream().map(CampaignProgress::regionName).toList(),
                series,
                false);
    }

    /** The number of the campaign's open tasks of one step, opening their list. */
    private Button openTasks(Campaign chosen, String key) {
        InboxFilter filter = new InboxFilter(InboxFilter.Show.ALL, key, null, chosen.id(), null, false, null, null);
        long open = inbox.count(account, filter);
        String label = getTranslation("dashboard.drill.step", getTranslation("task." + key), open);
        Button list = new Button(
                label,
                e -> DrillDown.tasks(chosen.name() + " · " + label, inbox, account, filter, urger)
                        .open());
        list.setId("dashboard-progress-open-" + key);
        list.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        list.setEnabled(open > 0);
        return list;
    }

    /** The rows, the one without a label ("") named by {@code noneKey}. */
    private List<CampaignProgress> labelled(List<CampaignProgress> rows, String noneKey) {
        return rows.stream()
                .map(p -> p.regionName().isEmpty() ? relabel(p, getTranslation(noneKey)) : p)
                .toList();
    }

    private static CampaignProgress relabel(CampaignProgress p, String label) {
        return new CampaignProgress(
                p.regionCode(),
                label,
                p.total(),
                p.selfAssessment(),
                p.departmentDiagnosis(),
                p.preliminaryReview(),
                p.spotCheck(),
                p.notice(),
                p.graded());
    }
}
