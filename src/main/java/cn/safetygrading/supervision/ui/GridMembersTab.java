package cn.safetygrading.supervision.ui;

import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.supervision.domain.GridMember;
import cn.safetygrading.supervision.service.SupervisionGridService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The grid page's people: the members of the units in and under the region with head, phone, load and
 * signed commitment; a manager adds one (with phone, as head), names the head, takes one out and sets
 * the unit's 监督电话. Actions go through the page's {@code act} (said, then refreshed).
 */
class GridMembersTab extends VerticalLayout {

    final Grid<GridMember> members = new Grid<>();
    final TextField memberId = new TextField();
    final ComboBox<Region> memberUnit = new ComboBox<>();
    final TextField memberPhone = new TextField();
    final Checkbox memberHead = new Checkbox();
    final Button addMember = new Button();
    final TextField hotline = new TextField();
    private final SupervisionGridService grid;
    private final Account account;

    GridMembersTab(
            SupervisionGridService grid,
            Account account,
            boolean manager,
            List<Region> regions,
            Supplier<Region> region,
            BiConsumer<Runnable, String> act) {
        this.grid = grid;
        this.account = account;
        members.setId("grid-members");
        members.addColumn(GridMember::regionName)
                .setHeader(getTranslation("grid.unit"))
                .setAutoWidth(true);
        members.addColumn(m -> m.displayName() + "（" + m.userId() + "）")
                .setHeader(getTranslation("gridView.member"))
                .setFlexGrow(2);
        members.addColumn(m -> m.head() ? getTranslation("gridView.head") : "")
                .setHeader(getTranslation("gridView.head"))
                .setAutoWidth(true);
        members.addColumn(m -> m.phone() == null ? "—" : m.phone())
                .setHeader(getTranslation("gridView.phone"))
                .setAutoWidth(true);
        members.addColumn(GridMember::load)
                .setHeader(getTranslation("grid.enterprises"))
                .setAutoWidth(true);
        members.addColumn(m -> m.commitmentSignedAt() == null
                        ? getTranslation("gridView.notSigned")
                        : getTranslation("gridView.signed"))
                .setHeader(getTranslation("gridView.commitment"))
                .setAutoWidth(true);
        if (manager) {
            members.addComponentColumn(m -> {
                        Button head = new Button(
                                getTranslation("gridView.makeHead"),
                                e -> act.accept(
                                        () -> grid.setHead(account, m.userId(), m.regionCode()), "gridView.saved"));
                        head.addThemeVariants(ButtonVariant.LUMO_SMALL);
                        head.setEnabled(!m.head());
                        Button remove = new Button(
                                getTranslation("gridView.remove"),
                                e -> act.accept(
                                        () -> grid.removeMember(account, m.userId(), m.regionCode()),
                                        "gridView.saved"));
                        remove.addThemeVariants(
                                ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                        return new HorizontalLayout(head, remove);
                    })
                    .setAutoWidth(true);
        }
        members.setAllRowsVisible(true);
        memberId.setLabel(getTranslation("gridView.userId"));
        memberUnit.setLabel(getTranslation("grid.unit"));
        memberUnit.setItems(regions);
        memberUnit.setItemLabelGenerator(Region::name);
        memberPhone.setLabel(getTranslation("gridView.phone"));
        memberHead.setLabel(getTranslation("gridView.head"));
        addMember.setText(getTranslation("gridView.add"));
        addMember.setId("grid-add-member");
        addMember.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addMember.addClickListener(e -> {
            if (memberUnit.getValue() == null || memberId.isEmpty()) {
                memberId.setInvalid(memberId.isEmpty());
                memberUnit.setInvalid(memberUnit.getValue() == null);
                return;
            }
            act.accept(
                    () -> grid.addMember(
                            account,
                            memberId.getValue().strip(),
                            memberUnit.getValue().code(),
                            memberHead.getValue(),
                            memberPhone.getValue()),
                    "gridView.saved");
        });
        hotline.setLabel(getTranslation("gridView.hotline"));
        hotline.setHelperText(getTranslation("gridView.hotlineHelp", SupervisionGridService.DEFAULT_HOTLINE));
        Button saveHotline = new Button(
                getTranslation("gridView.save"),
                e -> act.accept(
                        () -> grid.setHotline(account, region.get().code(), hotline.getValue()), "gridView.saved"));
        HorizontalLayout adding = new HorizontalLayout(memberId, memberUnit, memberPhone, memberHead, addMember);
        adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        adding.setWrap(true); // on a phone the fields go onto further lines instead of off the screen
        HorizontalLayout phone = new HorizontalLayout(hotline, saveHotline);
        phone.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        phone.setWrap(true);
        adding.setVisible(manager);
        phone.setVisible(manager);
        add(members, adding, phone);
    }

    void refresh(String regionCode) {
        members.setItems(grid.members(account, regionCode));
    }
}
