package cn.safetygrading.inbox.ui;

import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.inbox.service.InboxFilter;
import cn.safetygrading.inbox.service.SavedFilters;
import cn.safetygrading.inbox.service.TaskKeys;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;

/** The inbox's filters and saved filters: every change calls back, {@link #filter()} reads them as one value. */
class InboxFilterBar extends FlexLayout {

    final Select<InboxFilter.Show> show = new Select<>();
    final Select<String> taskKey = new Select<>();
    final ComboBox<Region> county = new ComboBox<>();
    final ComboBox<Campaign> campaign = new ComboBox<>();
    final Select<String> enterpriseClass = new Select<>();
    final Checkbox overdue = new Checkbox();
    final IntegerField dueWithin = new IntegerField();
    final TextField search = new TextField();
    final ComboBox<String> saved = new ComboBox<>();
    private final SavedFilters savedFilters;
    private final Account account;

    InboxFilterBar(
            Account account,
            SavedFilters savedFilters,
            List<Region> counties,
            List<Campaign> campaigns,
            Runnable changed) {
        this.account = account;
        this.savedFilters = savedFilters;
        show.setLabel(getTranslation("inbox.show"));
        show.setItems(InboxFilter.Show.values());
        show.setItemLabelGenerator(s -> getTranslation("inbox.show." + s.name()));
        show.setValue(InboxFilter.Show.ALL);
        taskKey.setLabel(getTranslation("inbox.taskType"));
        List<String> keys = new ArrayList<>();
        keys.add("");
        keys.addAll(TaskKeys.ALL);
        taskKey.setItems(keys);
        taskKey.setItemLabelGenerator(k -> k.isEmpty() ? getTranslation("filter.any") : getTranslation("task." + k));
        taskKey.setValue("");
        county.setLabel(getTranslation("ledger.region"));
        county.setItems(counties);
        county.setItemLabelGenerator(Region::name);
        county.setClearButtonVisible(true);
        campaign.setLabel(getTranslation("inbox.campaign"));
        campaign.setItems(campaigns);
        campaign.setItemLabelGenerator(Campaign::name);
        campaign.setClearButtonVisible(true);
        enterpriseClass.setLabel(getTranslation("ledger.class"));
        enterpriseClass.setItems("", "I", "II");
        enterpriseClass.setItemLabelGenerator(
                c -> c.isEmpty() ? getTranslation("filter.any") : getTranslation("class." + c));
        enterpriseClass.setValue("");
        overdue.setLabel(getTranslation("inbox.overdueOnly"));
        dueWithin.setLabel(getTranslation("inbox.dueWithin"));
        dueWithin.setMin(0);
        dueWithin.setClearButtonVisible(true);
        dueWithin.setWidth("8em");
        search.setLabel(getTranslation("inbox.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("inbox-search");
        show.addValueChangeListener(e -> changed.run());
        taskKey.addValueChangeListener(e -> changed.run());
        county.addValueChangeListener(e -> changed.run());
        campaign.addValueChangeListener(e -> changed.run());
        enterpriseClass.addValueChangeListener(e -> changed.run());
        overdue.addValueChangeListener(e -> changed.run());
        dueWithin.addValueChangeListener(e -> changed.run());
        search.addValueChangeListener(e -> changed.run());

        saved.setLabel(getTranslation("inbox.saved"));
        saved.setItems(savedFilters.list(account).keySet());
        saved.setClearButtonVisible(true);
        saved.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                apply(savedFilters.list(account).get(e.getValue()));
            }
        });
        Button saveFilter =
                new Button(getTranslation("inbox.saveFilter"), VaadinIcon.BOOKMARK.create(), e -> saveFilter());
        saveFilter.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(show, taskKey, county, campaign, enterpriseClass, overdue, dueWithin, search, saved, saveFilter);
        setId("inbox-filters");
        setFlexWrap(FlexLayout.FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-m)");
    }

    InboxFilter filter() {
        return new InboxFilter(
                show.getValue(),
                blankToNull(taskKey.getValue()),
                county.getValue() == null ? null : county.getValue().code(),
                campaign.getValue() == null ? null : campaign.getValue().id(),
                blankToNull(enterpriseClass.getValue()),
                overdue.getValue(),
                dueWithin.getValue(),
                blankToNull(search.getValue()));
    }

    /** The same filter, overdue tasks only: the summary's second count. */
    InboxFilter overdueToo() {
        InboxFilter f = filter();
        return new InboxFilter(
                f.show(),
                f.taskKey(),
                f.countyCode(),
                f.campaignId(),
                f.enterpriseClass(),
                true,
                f.dueWithinDays(),
                f.text());
    }

    void apply(InboxFilter filter) {
        if (filter == null) {
            return;
        }
        show.setValue(filter.show());
        taskKey.setValue(filter.taskKey() == null ? "" : filter.taskKey());
        county.setValue(county.getListDataView()
                .getItems()
                .filter(r -> r.code().equals(filter.countyCode()))
                .findFirst()
                .orElse(null));
        campaign.setValue(campaign.getListDataView()
                .getItems()
                .filter(c -> c.id().equals(filter.campaignId()))
                .findFirst()
                .orElse(null));
        enterpriseClass.setValue(filter.enterpriseClass() == null ? "" : filter.enterpriseClass());
        overdue.setValue(filter.overdueOnly());
        dueWithin.setValue(filter.dueWithinDays());
        search.setValue(filter.text() == null ? "" : filter.text());
    }

    private void saveFilter() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("inbox.saveFilter"));
        TextField name = new TextField(getTranslation("inbox.filterName"));
        name.setMaxLength(SavedFilters.MAX_NAME);
        name.setRequired(true);
        dialog.add(name);
        Button ok = new Button(getTranslation("inbox.saveFilter"), e -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                return;
            }
            savedFilters.save(account, name.getValue(), filter());
            saved.setItems(savedFilters.list(account).keySet());
            dialog.close();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(ok);
        dialog.open();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
