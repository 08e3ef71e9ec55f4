package cn.safetygrading.ledger.ui;

import cn.safetygrading.ledger.domain.SignOff;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.Component;

/**
 * A print action beside a sign-off in 审签记录 that another feature contributes (the documents' printed sign-off
 * sheet), as a Spring bean, so the ledger does not depend on that feature.
 */
public interface SignOffPrint {

    /** A fresh component (a button) for one sign-off row. */
    Component create(Account account, SignOff signOff);
}
