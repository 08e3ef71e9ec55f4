package cn.safetygrading.document.ui;

import cn.safetygrading.document.service.GradingDocuments;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.ui.EnterpriseFileSection;
import cn.safetygrading.security.domain.Account;
import org.springframework.stereotype.Component;

/** The enterprise file's tab "文书": the printable documents of the enterprise's finished gradings. */
@Component
public class DocumentsSection implements EnterpriseFileSection {

    public static final String TITLE_KEY = "document.tab";

    private final GradingDocuments documents;

    public DocumentsSection(GradingDocuments documents) {
        this.documents = documents;
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
        return new DocumentsPanel(documents, account, enterprise.uscc());
    }
}
