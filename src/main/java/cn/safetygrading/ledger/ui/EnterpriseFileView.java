package cn.safetygrading.ledger.ui;

import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** {@code /ledger/{uscc}}: one enterprise's file, for officials whose scope holds it (others get "not found"). */
@Route("ledger/:uscc")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.EXPERT_NAME, Role.SUPERVISOR_NAME,
        Role.INSPECTOR_NAME})
public class EnterpriseFileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LedgerService ledger;
    private final Account account;
    private String title = "";

    public EnterpriseFileView(LedgerService ledger, CurrentAccount current) {
        this.ledger = ledger;
        this.account = current.require();
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String uscc = event.getRouteParameters().get("uscc").orElse("");
        var enterprise = ledger.find(account, uscc).orElseThrow(NotFoundException::new);
        title = enterprise.name();
        removeAll();
        add(new EnterpriseFilePanel(ledger, account, enterprise));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
