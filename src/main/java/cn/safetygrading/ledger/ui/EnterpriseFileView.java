package cn.safetygrading.ledger.ui;

import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.service.ClassificationService;
import cn.safetygrading.ledger.service.EnterpriseFileFacts;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * {@code /ledger/{uscc}}: one enterprise's file, for officials whose scope holds it (others get "not
 * found"); reviewers and managers may correct its risk features there.
 */
@Route("ledger/:uscc")
@RolesAllowed({
    Role.ADMIN_NAME,
    Role.MANAGER_NAME,
    Role.REVIEWER_NAME,
    Role.EXPERT_NAME,
    Role.SUPERVISOR_NAME,
    Role.INSPECTOR_NAME
})
public class EnterpriseFileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LedgerService ledger;
    private final ClassificationService classification;
    private final Account account;
    private final List<EnterpriseFileFacts> facts;
    private final List<EnterpriseFileSection> sections;
    private String title = "";
    EnterpriseFilePanel panel;
    Button correct;
    TabSheet tabs;
    private List<EnterpriseFileSection> shownSections = List.of();

    public EnterpriseFileView(
            LedgerService ledger,
            ClassificationService classification,
            CurrentAccount current,
            List<EnterpriseFileFacts> facts,
            List<EnterpriseFileSection> sections) {
        this.facts = facts;
        this.sections = sections.stream()
                .sorted(java.util.Comparator.comparingInt(EnterpriseFileSection::order))
                .toList();
        this.ledger = ledger;
        this.classification = classification;
        this.account = current.require();
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String uscc = event.getRouteParameters().get("uscc").orElse("");
        show(ledger.find(account, uscc).orElseThrow(NotFoundException::new));
        // ?tab=<a section's titleKey> opens that section (a dashboard's "处理" link)
        event.getLocation().getQueryParameters().getSingleParameter("tab").ifPresent(this::select);
    }

    private void select(String titleKey) {
        for (int i = 0; tabs != null && i < shownSections.size(); i++) {
            if (shownSections.get(i).titleKey().equals(titleKey)) {
                tabs.setSelectedIndex(i + 1);
            }
        }
    }

    private void show(Enterprise enterprise) {
        title = enterprise.name();
        removeAll();
        panel = new EnterpriseFilePanel(ledger, account, enterprise, facts);
        correct = new Button(
                getTranslation("ledger.ui.correct"),
                VaadinIcon.EDIT.create(),
                e -> ledger.record(account, enterprise.uscc())
                        .ifPresent(record -> new CorrectionDialog(
                                        classification,
                                        account,
                                        record,
                                        saved -> ledger.find(account, saved.uscc())
                                                .ifPresent(this::show))
                                .open()));
        correct.setId("ledger-correct");
        correct.setVisible(ClassificationService.mayCorrect(account));
        List<EnterpriseFileSection> visible =
                sections.stream().filter(s -> s.visibleTo(account, enterprise)).toList();
        shownSections = visible;
        if (visible.isEmpty()) {
            add(correct, panel);
            expand(panel);
            return;
        }
        tabs = new TabSheet();
        tabs.setId("enterprise-file-tabs");
        tabs.setSizeFull();
        tabs.add(getTranslation("file.tab.file"), panel);
        for (EnterpriseFileSection section : visible) {
            tabs.add(getTranslation(section.titleKey()), section.create(account, enterprise));
        }
        add(correct, tabs);
        expand(tabs);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
