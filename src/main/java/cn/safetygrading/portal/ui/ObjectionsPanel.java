package cn.safetygrading.portal.ui;

import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.notice.domain.EnterpriseObjection;
import cn.safetygrading.notice.service.ObjectionService;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The objections against the enterprise's notices: what was objected, how it stands and was decided,
 * and, while it is open, the enterprise's statement (陈述说明) for the experts who decide it.
 */
class ObjectionsPanel extends VerticalLayout {

    private final ObjectionService objections;
    private final Account account;
    final Grid<EnterpriseObjection> grid = new Grid<>(EnterpriseObjection.class, false);
    final TextArea reply = new TextArea();
    final Button send = new Button();

    ObjectionsPanel(ObjectionService objections, Account account) {
        this.objections = objections;
        this.account = account;
        setPadding(false);
        grid.setId("portal-objections");
        grid.addColumn(EnterpriseObjection::receiptNo)
                .setHeader(getTranslation("notice.receiptNo"))
                .setAutoWidth(true);
        grid.addColumn(o -> Formats.dateTime(o.filedAt()))
                .setHeader(getTranslation("portal.objection.filed"))
                .setAutoWidth(true);
        grid.addColumn(EnterpriseObjection::text)
                .setHeader(getTranslation("portal.objection.text"))
                .setFlexGrow(2);
        grid.addColumn(o -> getTranslation("objection.status." + o.status()))
                .setHeader(getTranslation("portal.objection.status"))
                .setAutoWidth(true);
        grid.addColumn(o -> o.decision() == null ? "" : o.decision())
                .setHeader(getTranslation("portal.objection.decision"))
                .setFlexGrow(1);
        grid.addColumn(o -> o.reply() == null ? "" : o.reply())
                .setHeader(getTranslation("portal.objection.reply"))
                .setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("portal.objection.none"));

        reply.setId("objection-reply");
        reply.setLabel(getTranslation("portal.objection.replyLabel"));
        reply.setMaxLength(ObjectionService.MAX_TEXT);
        reply.setWidthFull();
        reply.setEnabled(false);
        send.setText(getTranslation("portal.objection.send"));
        send.setId("send-objection-reply");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setEnabled(false);
        grid.asSingleSelect().addValueChangeListener(e -> {
            boolean open = e.getValue() != null && e.getValue().open();
            reply.setEnabled(open);
            send.setEnabled(open);
            reply.setValue(
                    e.getValue() == null || e.getValue().reply() == null
                            ? ""
                            : e.getValue().reply());
        });
        send.addClickListener(e -> send());
        add(new Paragraph(getTranslation("portal.objection.intro")), grid, reply, send);
        refresh();
    }

    void send() {
        EnterpriseObjection selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            return;
        }
        Feedback.attempt(
                () -> objections.reply(account, selected.id(), reply.getValue()),
                getTranslation("portal.objection.sent"),
                this::refresh);
    }

    void refresh() {
        grid.setItems(objections.forEnterprise(account, account.uscc()));
    }
}
