package cn.safetygrading.ledger.ui;

import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** {@code /enterprise}: the enterprise's own file; an enterprise account sees nothing else. */
@Route("enterprise")
@Menu(order = 0, icon = "vaadin:factory", title = "nav.enterprise")
@RolesAllowed(Role.ENTERPRISE_NAME)
public class EnterpriseView extends VerticalLayout implements HasDynamicTitle {

    public EnterpriseView(LedgerService ledger, CurrentAccount current) {
        Account account = current.require();
        setSizeFull();
        ledger.find(account, account.uscc()).ifPresentOrElse(
                e -> add(new EnterpriseFilePanel(ledger, account, e)),
                () -> add(new Paragraph(getTranslation("enterprise.unbound"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.enterprise");
    }
}
