package cn.safetygrading.document.ui;

import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.document.domain.CaseFacts;
import cn.safetygrading.document.domain.InspectionFacts;
import cn.safetygrading.document.domain.MeasureFacts;
import cn.safetygrading.document.service.CircularDocuments;
import cn.safetygrading.document.service.GradingDocuments;
import cn.safetygrading.document.service.InspectionDocuments;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * One line per finished grading (its 分级结果告知书, for officials its 审批单), per recorded inspection (its 现场检查记录
 * and 整改指令书) and, for officials, per 通报 measure.
 */
class DocumentsPanel extends VerticalLayout {

    DocumentsPanel(
            GradingDocuments documents,
            InspectionDocuments inspections,
            CircularDocuments circulars,
            DocumentButtons buttons,
            Account account,
            String uscc) {
        setPadding(false);
        List<CaseFacts> cases = documents.finishedCases(account, uscc);
        List<InspectionFacts> recorded = inspections.recorded(account, uscc);
        List<MeasureFacts> circulated = circulars.circulars(account, uscc);
        if (cases.isEmpty() && recorded.isEmpty() && circulated.isEmpty()) {
            add(new Paragraph(getTranslation("document.none")));
            return;
        }
        for (InspectionFacts i : recorded) {
            add(line(
                    getTranslation("document.inspectionLine", Formats.date(i.doneOn()), nz(i.site())),
                    buttons.inspection(account, i.id(), true, i.ordered())));
        }
        for (MeasureFacts m : circulated) {
            add(line(
                    getTranslation("document.circularLine", Formats.date(m.decidedOn()), m.documentNo()),
                    buttons.circular(account, m.id(), true)));
        }
        for (CaseFacts c : cases) {
            Span line = new Span(getTranslation(
                    "document.caseLine",
                    c.campaignName() != null ? c.campaignName() : getTranslation("document.trigger." + c.trigger()),
                    c.finalGrade(),
                    Formats.date(c.finishedAt())));
            Button result = new Button(getTranslation("document.button.gradeResult"), VaadinIcon.PRINT.create());
            result.addClickListener(e -> DocumentLinks.open(
                    result, () -> documents.gradeResult(account, c.caseId()), "document.unavailable"));
            result.addThemeVariants(ButtonVariant.LUMO_SMALL);
            result.setId("grade-result-" + c.caseId());
            HorizontalLayout row = new HorizontalLayout(line, result);
            if (!account.isEnterprise()) {
                Button sheet = new Button(getTranslation("document.button.approvalSheet"), VaadinIcon.PRINT.create());
                sheet.addClickListener(e -> DocumentLinks.open(
                        sheet, () -> documents.approvalSheet(account, c.caseId()), "document.unavailable"));
                sheet.addThemeVariants(ButtonVariant.LUMO_SMALL);
                sheet.setId("approval-sheet-" + c.caseId());
                row.add(sheet);
            }
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.getStyle().set("flex-wrap", "wrap");
            add(row);
        }
    }

    private static HorizontalLayout line(String text, Component buttons) {
        HorizontalLayout row = new HorizontalLayout(new Span(text), buttons);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
