package cn.safetygrading.admin.ui;

import cn.safetygrading.admin.domain.Unit;
import cn.safetygrading.admin.service.AccountAdminService;
import cn.safetygrading.admin.service.UnitService;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;

/**
 * Opens or edits one account. New: login, name, roles, region, department (one of the region's), the
 * bound USCC for an enterprise account, and a password the policy accepts. Existing: name, roles,
 * region, department; a new password; disable (not one's own account).
 */
class AccountDialog extends Dialog {

    final TextField userId = new TextField();
    final TextField displayName = new TextField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final ComboBox<Region> region = new ComboBox<>();
    final ComboBox<String> department = new ComboBox<>();
    final TextField uscc = new TextField();
    final PasswordField password = new PasswordField();
    final Button save = new Button();
    final Button resetPassword = new Button();
    final Button disable = new Button();

    private final AccountAdminService accounts;
    private final UnitService units;
    private final Account actor;
    private final Account existing;
    private final Runnable changed;
    private final Map<String, HasValidation> fields;

    AccountDialog(
            AccountAdminService accounts,
            UnitService units,
            Account actor,
            Account existing,
            boolean disabled,
            List<Region> regions,
            Runnable changed) {
        this.accounts = accounts;
        this.units = units;
        this.actor = actor;
        this.existing = existing;
        this.changed = changed;
        setHeaderTitle(getTranslation(existing == null ? "admin.accounts.create" : "admin.accounts.edit"));
        setWidth("min(46rem, 100vw)");

        userId.setLabel(getTranslation("admin.field.login"));
        userId.setRequired(true);
        userId.setMaxLength(64);
        userId.setId("account-login");
        displayName.setLabel(getTranslation("admin.field.name"));
        displayName.setRequired(true);
        displayName.setMaxLength(100);
        displayName.setId("account-name");
        roles.setLabel(getTranslation("admin.field.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("admin.role." + r.name()));
        roles.setId("account-roles");
        region.setLabel(getTranslation("admin.field.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(Fields::label);
        region.setClearButtonVisible(true);
        region.setId("account-region");
        department.setLabel(getTranslation("admin.field.department"));
        department.setClearButtonVisible(true);
        department.setItems(List.of());
        department.setId("account-department");
        region.addValueChangeListener(e -> departments(e.getValue()));
        uscc.setLabel(getTranslation("admin.field.uscc"));
        uscc.setMaxLength(18);
        uscc.setId("account-uscc");
        password.setLabel(getTranslation("admin.field.password"));
        password.setHelperText(getTranslation("admin.password.hint"));
        password.setId("account-password");
        roles.addValueChangeListener(e -> enterpriseFields());
        fields = Map.of(
                "userId",
                userId,
                "displayName",
                displayName,
                "roles",
                roles,
                "regionCode",
                region,
                "department",
                department,
                "uscc",
                uscc,
                "password",
                password);

        FormLayout form = new FormLayout(userId, displayName, roles, region, department, uscc, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(roles, 2);
        add(form);

        save.setText(getTranslation("admin.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("account-save");
        save.addClickListener(e -> save());
        resetPassword.setText(getTranslation("admin.accounts.resetPassword"));
        resetPassword.setId("account-reset-password");
        resetPassword.addClickListener(e -> resetPassword());
        disable.setText(getTranslation("admin.accounts.disable"));
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        disable.setId("account-disable");
        disable.addClickListener(e -> disable());
        Button cancel = new Button(getTranslation("admin.cancel"), e -> close());

        if (existing == null) {
            resetPassword.setVisible(false);
            disable.setVisible(false);
        } else {
            userId.setValue(existing.userId());
            userId.setReadOnly(true);
            displayName.setValue(existing.displayName());
            roles.setValue(existing.roles());
            regions.stream()
                    .filter(r -> r.code().equals(existing.regionCode()))
                    .findFirst()
                    .ifPresent(region::setValue);
            if (existing.department() != null) {
                department.setValue(existing.department());
            }
            uscc.setValue(existing.uscc() == null ? "" : existing.uscc());
            uscc.setReadOnly(true);
            password.setLabel(getTranslation("admin.field.newPassword"));
            disable.setEnabled(!existing.userId().equals(actor.userId()) && !disabled);
            if (disabled) {
                add(new Paragraph(getTranslation("admin.status.disabled")));
            }
        }
        enterpriseFields();
        getFooter().add(disable, resetPassword, cancel, save);
    }

    private void departments(Region r) {
        String kept = department.getValue();
        List<String> names = r == null
                ? List.of()
                : units.inRegion(r.code()).stream().map(Unit::name).toList();
        department.setItems(names);
        department.setValue(names.contains(kept) ? kept : null);
    }

    private void enterpriseFields() {
        boolean enterprise = roles.getValue().contains(Role.ENTERPRISE);
        uscc.setVisible(enterprise || (existing != null && existing.uscc() != null));
        department.setVisible(!enterprise);
    }

    private String regionCode() {
        return region.getValue() == null ? null : region.getValue().code();
    }

    boolean save() {
        Fields.clear(fields);
        return Fields.attempt(this, fields, () -> {
            if (existing == null) {
                accounts.create(
                        actor,
                        new NewAccount(
                                userId.getValue(),
                                displayName.getValue(),
                                password.getValue(),
                                roles.getValue(),
                                regionCode(),
                                department.getValue(),
                                uscc.getValue()));
            } else {
                accounts.change(
                        actor,
                        existing.userId(),
                        displayName.getValue(),
                        roles.getValue(),
                        regionCode(),
                        department.getValue());
            }
            Fields.done(this, "admin.saved");
            changed.run();
            close();
        });
    }

    boolean resetPassword() {
        Fields.clear(fields);
        return Fields.attempt(this, fields, () -> {
            accounts.resetPassword(actor, existing.userId(), password.getValue());
            password.clear();
            Fields.done(this, "admin.accounts.passwordSet");
        });
    }

    boolean disable() {
        return Fields.attempt(this, fields, () -> {
            accounts.disable(actor, existing.userId());
            Fields.done(this, "admin.accounts.disabled");
            changed.run();
            close();
        });
    }
}
