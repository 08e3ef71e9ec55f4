package cn.safetygrading.document.ui;

import cn.safetygrading.document.domain.OfficialDocument;
import cn.safetygrading.document.service.CircularDocuments;
import cn.safetygrading.document.service.InspectionDocuments;
import cn.safetygrading.document.service.LedgerDocuments;
import cn.safetygrading.ledger.domain.SignOff;
import cn.safetygrading.ledger.ui.SignOffPrint;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The print buttons other features put beside a decision: an inspection's 现场检查记录 and 整改指令书 (the portal's
 * 检查与整改指令, the enterprise file's 文书), a 通报 measure (处理措施), a ledger sign-off (审签记录, through
 * {@link SignOffPrint} so the ledger does not depend on documents). Each issues the document on the click, or
 * finds it stored, and opens {@code /documents/{id}}.
 */
@org.springframework.stereotype.Component
public class DocumentButtons implements SignOffPrint {

    private final InspectionDocuments inspections;
    private final CircularDocuments circulars;
    private final LedgerDocuments ledger;

    public DocumentButtons(InspectionDocuments inspections, CircularDocuments circulars, LedgerDocuments ledger) {
        this.inspections = inspections;
        this.circulars = circulars;
        this.ledger = ledger;
    }

    /** The record of a recorded inspection, and its order if it ordered a rectification; nothing before. */
    public Component inspection(Account account, String inspectionId, boolean recorded, boolean ordered) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(true);
        buttons.getStyle().set("flex-wrap", "wrap");
        if (recorded) {
            buttons.add(button(
                    "document.button.inspectionRecord",
                    "inspection-record-" + inspectionId,
                    () -> inspections.record(account, inspectionId),
                    "document.unavailableRecord"));
        }
        if (ordered) {
            buttons.add(button(
                    "document.button.rectificationOrder",
                    "rectification-order-" + inspectionId,
                    () -> inspections.rectificationOrder(account, inspectionId),
                    "document.unavailableRecord"));
        }
        return buttons;
    }

    /** The 通报 of a CIRCULAR measure; nothing for another kind or for an enterprise. */
    public Component circular(Account account, long measureId, boolean isCircular) {
        if (!isCircular || account.isEnterprise()) {
            return new Span();
        }
        return button(
                "document.button.circular",
                "circular-" + measureId,
                () -> circulars.circular(account, measureId),
                "document.unavailableCircular");
    }

    @Override
    public Component create(Account account, SignOff signOff) {
        return button(
                "document.button.signOffSheet",
                "sign-off-sheet-" + signOff.id(),
                () -> ledger.signOffSheet(account, signOff.id()),
                "document.unavailableSignOff");
    }

    static Button button(String textKey, String id, Supplier<Optional<OfficialDocument>> issue, String unavailableKey) {
        Button button = new Button();
        button.setText(button.getTranslation(textKey));
        button.setIcon(VaadinIcon.PRINT.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setId(id);
        button.addClickListener(e -> DocumentLinks.open(button, issue, unavailableKey));
        return button;
    }
}
