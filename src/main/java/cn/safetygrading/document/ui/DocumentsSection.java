package cn.safetygrading.document.ui;

import cn.safetygrading.document.service.CircularDocuments;
import cn.safetygrading.document.service.GradingDocuments;
import cn.safetygrading.document.service.InspectionDocuments;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.ui.EnterpriseFileSection;
import cn.safetygrading.security.domain.Account;
import org.springframework.stereotype.Component;

/** The enterprise file's tab "文书": the printable documents of the enterprise's finished gradings. */
@Component
public class DocumentsSection implements EnterpriseFileSection {

    public static final String TITLE_KEY = "document.tab";

    private final GradingDocuments documents;
    private final InspectionDocuments inspections;
    private final CircularDocuments circulars;
    private final DocumentButtons buttons;

    public DocumentsSection(
            GradingDocuments documents,
            InspectionDocuments inspections,
            CircularDocuments circulars,
            DocumentButtons buttons) {
        this.documents = documents;
        this.inspections = inspections;
        this.circulars = circulars;
        this.buttons = buttons;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public String titleKey() {
        return TITLE_KEY;
    }

    @Override
    public com.vaadin.flow.component.Component create(Account account, Enterprise enterprise) {
        return new DocumentsPanel(documents, inspections, circulars, buttons, account, enterprise.uscc());
    }
}
