package cn.safetygrading.consequence.ui;

import cn.safetygrading.consequence.service.MeasureService;
import cn.safetygrading.document.ui.DocumentButtons;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.service.ScopeService;
import cn.safetygrading.ledger.ui.EnterpriseFileSection;
import cn.safetygrading.security.domain.Account;
import java.time.Clock;

/**
 * The enterprise file's tab "处理措施": the measures recorded for the enterprise and the "登记" dialog, for
 * the officials whose scope holds it (the file shows only enterprises in scope); never for an enterprise.
 */
@org.springframework.stereotype.Component
public class MeasuresSection implements EnterpriseFileSection {

    public static final String TITLE_KEY = "measure.tab";

    private final MeasureService measures;
    private final ScopeService scopes;
    private final Clock clock;
    private final DocumentButtons documents;

    public MeasuresSection(MeasureService measures, ScopeService scopes, Clock clock, DocumentButtons documents) {
        this.documents = documents;
        this.measures = measures;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String titleKey() {
        return TITLE_KEY;
    }

    @Override
    public boolean visibleTo(Account account, Enterprise enterprise) {
        return MeasureService.mayRecord(account);
    }

    @Override
    public com.vaadin.flow.component.Component create(Account account, Enterprise enterprise) {
        return new MeasuresPanel(measures, scopes, clock, account, enterprise, documents);
    }
}
