package cn.safetygrading.supervision.ui;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.ledger.domain.AdminLevel;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import cn.safetygrading.supervision.domain.RovingCandidate;
import cn.safetygrading.supervision.service.StationingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * 驻点监督: the enterprises of a region whose grade calls for roving stationed supervision (optional,
 * seed 000: 可), each with its newest decision (who, when, why) and whether it runs; a manager
 * decides for one enterprise with a reason. Stationed supervision proper (Ⅰ-C, Ⅰ-D, Ⅱ-D) is
 * automatic and not chosen here.
 */
@Route("supervision/stationing")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.SUPERVISOR_NAME, Role.INSPECTOR_NAME})
public class StationingView extends VerticalLayout implements HasDynamicTitle {

    private final StationingService stationing;
    private final Account account;
    final ComboBox<Region> region = new ComboBox<>();
    final Grid<RovingCandidate> enterprises = new Grid<>();
    final TextField reason = new TextField();
    final Button station = new Button();
    final Button decline = new Button();

    public StationingView(StationingService stationing, LedgerService ledger, CurrentAccount current) {
        this.stationing = stationing;
        this.account = current.require();
        setSizeFull();
        List<Region> regions = ledger.regions(account).stream()
                .filter(r -> AdminLevel.cityOrCounty(r.level()))
                .toList();
        region.setLabel(getTranslation("ledger.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(Region::name);
        region.addValueChangeListener(e -> refresh());

        enterprises.setId("roving-enterprises");
        enterprises
                .addColumn(RovingCandidate::name)
                .setHeader(getTranslation("stationing.enterprise"))
                .setFlexGrow(2);
        enterprises
                .addColumn(RovingCandidate::regionName)
                .setHeader(getTranslation("ledger.region"))
                .setAutoWidth(true);
        enterprises
                .addColumn(RovingCandidate::supervisingDepartment)
                .setHeader(getTranslation("plan.department"))
                .setAutoWidth(true);
        enterprises
                .addColumn(r -> (r.enterpriseClass() == null ? "" : getTranslation("class." + r.enterpriseClass()))
                        + " " + (r.grade() == null ? "" : r.grade()))
                .setHeader(getTranslation("stationing.grade"))
                .setAutoWidth(true);
        enterprises
                .addColumn(r -> getTranslation("stationing.running." + r.running()))
                .setHeader(getTranslation("stationing.running"))
                .setAutoWidth(true);
        enterprises
                .addColumn(this::choiceText)
                .setHeader(getTranslation("stationing.choice"))
                .setFlexGrow(3);
        enterprises.setEmptyStateText(getTranslation("stationing.none"));

        reason.setLabel(getTranslation("stationing.reason"));
        reason.setMaxLength(500);
        reason.setWidth("28em");
        reason.setMaxWidth("100%");
        station.setText(getTranslation("stationing.station"));
        station.setId("station-roving");
        station.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        station.addClickListener(e -> choose(true));
        decline.setText(getTranslation("stationing.decline"));
        decline.setId("decline-roving");
        decline.addClickListener(e -> choose(false));
        HorizontalLayout choiceBar = new HorizontalLayout(reason, station, decline);
        choiceBar.setWrap(true); // the reason and the two buttons stack on a phone
        choiceBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        choiceBar.setVisible(account.has(Role.MANAGER));

        add(
                new H2(getTranslation("stationing.title")),
                new Paragraph(getTranslation("stationing.intro")),
                region,
                enterprises,
                choiceBar);
        setFlexGrow(1, enterprises);
        regions.stream()
                .filter(r -> r.code().equals(account.regionCode()))
                .findFirst()
                .or(() -> regions.stream().findFirst())
                .ifPresent(region::setValue);
    }

    String choiceText(RovingCandidate row) {
        if (row.station() == null) {
            return getTranslation("stationing.choice.none");
        }
        return getTranslation(
                "stationing.choice." + row.station(), row.decidedBy(), Formats.dateTime(row.decidedAt()), row.reason());
    }

    void refresh() {
        enterprises.setItems(
                region.getValue() == null
                        ? List.of()
                        : stationing.rovingCandidates(account, region.getValue().code()));
    }

    void choose(boolean yes) {
        RovingCandidate row = enterprises.asSingleSelect().getValue();
        if (row == null) {
            Feedback.hint(getTranslation("stationing.pick"));
            return;
        }
        try {
            stationing.chooseRoving(account, row.uscc(), yes, reason.getValue());
        } catch (Refused refused) {
            if ("stationing.reasonRequired".equals(refused.messageKey())) {
                reason.setErrorMessage(getTranslation(refused.messageKey()));
                reason.setInvalid(true); // the field says it
            } else {
                Feedback.refused(refused);
            }
            return;
        }
        reason.clear();
        reason.setInvalid(false);
        Feedback.success(getTranslation("stationing.chosen"));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stationing.title");
    }
}
