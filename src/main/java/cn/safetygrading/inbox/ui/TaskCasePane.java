package cn.safetygrading.inbox.ui;

import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.base.ui.SummaryTable;
import cn.safetygrading.grading.domain.DecisionExplanation;
import cn.safetygrading.grading.domain.GradeAdjustment;
import cn.safetygrading.grading.domain.GradingRound;
import cn.safetygrading.grading.service.GradingQueries;
import cn.safetygrading.grading.ui.GradingHistoryGrid;
import cn.safetygrading.inbox.service.CaseFiles;
import cn.safetygrading.inbox.service.InboxTask;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.ledger.ui.EnterpriseFilePanel;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The task page's case side: notes and files, the decisions that proposed the grade, the case's rounds,
 * earlier gradings, adjustments on record and the enterprise's file.
 */
class TaskCasePane extends VerticalLayout {

    final CaseNotes notes;

    TaskCasePane(
            Account account,
            InboxTask task,
            String processInstanceId,
            CaseFiles caseFiles,
            GradingQueries gradings,
            LedgerService ledger) {
        setWidthFull();
        setPadding(false);
        notes = new CaseNotes(caseFiles, account, task.taskId());
        add(notes);
        List<DecisionExplanation> decisions = gradings.decisions(account, processInstanceId);
        if (!decisions.isEmpty()) {
            VerticalLayout list = new VerticalLayout();
            list.setPadding(false);
            for (DecisionExplanation d : decisions) {
                list.add(new Paragraph(d.sentences().stream()
                        .map(w -> getTranslation(w.key(), w.args()))
                        .collect(Collectors.joining())));
            }
            Details why = new Details(getTranslation("taskPage.decisions"), list);
            why.setOpened(true);
            why.setId("task-decisions");
            add(why);
        }
        gradings.caseOf(account, processInstanceId)
                .ifPresent(c -> add(
                        new LazyDetails(getTranslation("taskPage.rounds"), () -> rounds(gradings.rounds(account, c)))));
        if (task.uscc() != null) {
            var earlier = gradings.cases(account, task.uscc());
            if (earlier.size() > 1) {
                add(new LazyDetails(getTranslation("taskPage.history"), () -> {
                    GradingHistoryGrid history = new GradingHistoryGrid(earlier);
                    history.setId("task-history");
                    return history;
                }));
            }
            List<GradeAdjustment> adjustments = gradings.adjustments(account, task.uscc());
            if (!adjustments.isEmpty()) {
                add(new LazyDetails(
                        getTranslation("taskPage.adjustments"),
                        () -> new Paragraph(adjustments.stream()
                                .map(a -> Formats.date(a.occurredAt()) + " " + getTranslation("adjustment." + a.event())
                                        + " → " + a.newGrade())
                                .collect(Collectors.joining("；")))));
            }
            ledger.find(account, task.uscc()).ifPresent(e -> add(new EnterpriseFilePanel(ledger, account, e)));
        }
    }

    private SummaryTable<GradingRound> rounds(List<GradingRound> items) {
        SummaryTable<GradingRound> rounds = new SummaryTable<>();
        rounds.setId("task-rounds");
        rounds.addShortColumn(getTranslation("file.time"), r -> Formats.dateTime(r.decidedAt()));
        rounds.addShortColumn(
                getTranslation("file.type"), r -> getTranslation(r.kind().labelKey()) + " " + r.round());
        rounds.addShortColumn(
                getTranslation("taskPage.outcome"),
                r -> (r.outcome() == null ? "" : getTranslation(r.outcome().labelKey()))
                        + (r.grade() == null ? "" : " " + r.grade())
                        + (r.score() == null
                                ? ""
                                : " " + r.score().stripTrailingZeros().toPlainString()));
        rounds.addColumn(getTranslation("taskPage.comment"), GradingRound::comment);
        rounds.addShortColumn(getTranslation("file.actor"), GradingRound::actor);
        rounds.setItems(items);
        return rounds;
    }
}
