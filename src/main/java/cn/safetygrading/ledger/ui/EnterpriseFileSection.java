package cn.safetygrading.ledger.ui;

import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.Component;

/**
 * A tab of the enterprise file (一企一档) that another feature contributes: its registers of facts,
 * its grade moves, its records of consequences. Implemented as Spring beans by those features, so the
 * ledger does not depend on them; the file shows the sections the account may see, in {@link #order()}.
 */
public interface EnterpriseFileSection {

    /** Position among the tabs after the file itself (lower first). */
    int order();

    /** The i18n key of the tab's title. */
    String titleKey();

    /** Whether the account (whose scope holds the enterprise) sees this tab at all. */
    default boolean visibleTo(Account account, Enterprise enterprise) {
        return true;
    }

    /** A fresh component for one UI; called when the file is shown (again after a change). */
    Component create(Account account, Enterprise enterprise);
}
