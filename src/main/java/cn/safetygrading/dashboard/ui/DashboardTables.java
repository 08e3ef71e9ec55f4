package cn.safetygrading.dashboard.ui;

import cn.safetygrading.dashboard.service.DashboardService.OverdueByAssignee;
import cn.safetygrading.dashboard.service.DashboardService.OverdueByDepartment;
import cn.safetygrading.dashboard.service.DashboardService.OverdueByRegion;
import cn.safetygrading.grading.domain.CampaignProgress;
import cn.safetygrading.ledger.domain.LedgerTally;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** The columns of every exported dashboard table, each declared once for the screen and the workbook. */
final class DashboardTables {

    /** The steps of a campaign's progress: message key and value (the first is the total). */
    static final List<Map.Entry<String, ToLongFunction<CampaignProgress>>> STEPS = List.of(
            Map.entry("dashboard.total", CampaignProgress::total),
            Map.entry("portal.step.selfAssessment", CampaignProgress::selfAssessment),
            Map.entry("task.departmentDiagnosis", CampaignProgress::departmentDiagnosis),
            Map.entry("portal.step.preliminaryReview", CampaignProgress::preliminaryReview),
            Map.entry("portal.step.spotCheck", CampaignProgress::spotCheck),
            Map.entry("portal.step.NOTICE", CampaignProgress::notice),
            Map.entry("portal.step.GRADED", CampaignProgress::graded));

    /** The count columns of the ledger tables: message key and value. */
    static final List<Map.Entry<String, ToLongFunction<LedgerTally>>> COUNTS = List.of(
            Map.entry("dashboard.total", LedgerTally::total),
            Map.entry("class.I", LedgerTally::classI),
            Map.entry("class.II", LedgerTally::classII),
            Map.entry("dashboard.gradeA", LedgerTally::gradeA),
            Map.entry("dashboard.gradeB", LedgerTally::gradeB),
            Map.entry("dashboard.gradeC", LedgerTally::gradeC),
            Map.entry("dashboard.gradeD", LedgerTally::gradeD),
            Map.entry("dashboard.ungraded", LedgerTally::ungraded));

    private DashboardTables() {}

    /** The ledger by region, industry or department: the label (under {@code labelKey}), then the counts. */
    static Columns<LedgerTally> ledger(Function<String, String> t, String labelKey) {
        Columns<LedgerTally> columns = new Columns<LedgerTally>(t).text(labelKey, LedgerTally::label);
        COUNTS.forEach(c -> columns.count(c.getKey(), c.getValue()));
        return columns;
    }

    /** A campaign's progress by region, department or industry: the label, then the steps. */
    static Columns<CampaignProgress> progress(Function<String, String> t, String labelKey) {
        Columns<CampaignProgress> columns =
                new Columns<CampaignProgress>(t).text(labelKey, CampaignProgress::regionName);
        STEPS.forEach(s -> columns.count(s.getKey(), s.getValue()));
        return columns;
    }

    static Columns<OverdueByRegion> overdueByRegion(Function<String, String> t) {
        return new Columns<OverdueByRegion>(t)
                .text("ledger.region", OverdueByRegion::regionName)
                .count("dashboard.overdueTasks", OverdueByRegion::overdue);
    }

    static Columns<OverdueByAssignee> overdueByAssignee(Function<String, String> t) {
        return new Columns<OverdueByAssignee>(t)
                .text("inbox.assignee", a -> a.assignee().isEmpty() ? t.apply("dashboard.unclaimed") : a.assignee())
                .count("dashboard.overdueTasks", OverdueByAssignee::overdue)
                .count("dashboard.maxDaysOverdue", OverdueByAssignee::maxDaysOverdue);
    }

    static Columns<OverdueByDepartment> overdueByDepartment(Function<String, String> t) {
        return new Columns<OverdueByDepartment>(t)
                .text(
                        "dashboard.department",
                        d -> d.department().isEmpty() ? t.apply("dashboard.unclaimed") : d.department())
                .count("dashboard.overdueTasks", OverdueByDepartment::overdue)
                .count("dashboard.maxDaysOverdue", OverdueByDepartment::maxDaysOverdue);
    }
}
