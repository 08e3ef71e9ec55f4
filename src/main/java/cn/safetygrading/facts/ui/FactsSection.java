package cn.safetygrading.facts.ui;

import cn.safetygrading.facts.service.CreditMeasures;
import cn.safetygrading.facts.service.FactAttachments;
import cn.safetygrading.facts.service.FactDecisions;
import cn.safetygrading.facts.service.FactService;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.ui.EnterpriseFileSection;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.Component;

/** The tab 事实登记 of the enterprise file: every register, and for its owners the 登记 and 更正 actions. */
@org.springframework.stereotype.Component
public class FactsSection implements EnterpriseFileSection {

    private final FactService facts;
    private final FactAttachments attachments;
    private final FactDecisions decisions;
    private final CreditMeasures credit;

    public FactsSection(
            FactService facts, FactAttachments attachments, FactDecisions decisions, CreditMeasures credit) {
        this.facts = facts;
        this.attachments = attachments;
        this.decisions = decisions;
        this.credit = credit;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "facts.tab";
    }

    /** Officials only: the registers are not shown to the enterprise itself. */
    @Override
    public boolean visibleTo(Account account, Enterprise enterprise) {
        return !account.isEnterprise();
    }

    @Override
    public Component create(Account account, Enterprise enterprise) {
        return new FactsPanel(
                facts, attachments, decisions, credit, account, enterprise.uscc(), enterprise.industryCode());
    }
}
