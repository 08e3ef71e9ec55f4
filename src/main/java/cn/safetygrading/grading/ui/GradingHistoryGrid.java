package cn.safetygrading.grading.ui;

import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.grading.domain.GradingCase;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;

/** Every grading of one enterprise, newest first: why it started, the score, the proposed and final grade. */
public class GradingHistoryGrid extends Grid<GradingCase> {

    public GradingHistoryGrid(List<GradingCase> cases) {
        super(GradingCase.class, false);
        addColumn(c -> Formats.date(c.startedAt()))
                .setHeader(getTranslation("portal.started"))
                .setAutoWidth(true);
        addColumn(c -> getTranslation("portal.trigger." + c.trigger()))
                .setHeader(getTranslation("portal.trigger"))
                .setAutoWidth(true);
        addColumn(GradingCase::selfScore)
                .setHeader(getTranslation("portal.score"))
                .setAutoWidth(true);
        // the proposed grade as the public notice published it (the expert's verified one if there was a spot check)
        addColumn(c -> c.noticeGrade() != null ? c.noticeGrade() : c.gradeToPublish())
                .setHeader(getTranslation("portal.proposed"))
                .setAutoWidth(true);
        addColumn(GradingCase::finalGrade)
                .setHeader(getTranslation("portal.final"))
                .setAutoWidth(true);
        addColumn(c -> Formats.date(c.finishedAt()))
                .setHeader(getTranslation("portal.finished"))
                .setAutoWidth(true);
        setItems(cases);
        setAllRowsVisible(true);
    }
}
