package cn.safetygrading.ledger.ui;

import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.ledger.domain.BoundAccount;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.domain.EnterpriseEvent;
import cn.safetygrading.ledger.domain.LedgerRecord;
import cn.safetygrading.ledger.service.EnterpriseFileFacts;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.stream.Collectors;

/** 一企一档: an enterprise's ledger entry (with its risk features and bound accounts) and its timeline, newest first. */
public class EnterpriseFilePanel extends VerticalLayout {

    final Grid<EnterpriseEvent> timeline = new Grid<>(EnterpriseEvent.class, false);
    final Span features = new Span();

    public EnterpriseFilePanel(LedgerService ledger, Account account, Enterprise e) {
        this(ledger, account, e, List.of());
    }

    /** With the facts other features keep about the enterprise (stored risk level, 包保 person), after the ledger entry. */
    public EnterpriseFilePanel(LedgerService ledger, Account account, Enterprise e, List<EnterpriseFileFacts> more) {
        setPadding(false);
        setSizeFull();
        LedgerRecord record = ledger.record(account, e.uscc()).orElse(null);
        FormLayout facts = new FormLayout();
        facts.setId("enterprise-facts");
        facts.addFormItem(new Span(e.uscc()), getTranslation("ledger.uscc"));
        facts.addFormItem(new Span(e.regionName()), getTranslation("ledger.region"));
        facts.addFormItem(
                new Span(e.enterpriseClass() == null ? "" : getTranslation("class." + e.enterpriseClass())),
                getTranslation("ledger.class"));
        facts.addFormItem(
                new Span(e.grade() == null ? getTranslation("grade.none") : e.grade()), getTranslation("ledger.grade"));
        String industry = record == null || record.industryName() == null
                ? nullToEmpty(e.industryCode())
                : e.industryCode() + " " + record.industryName();
        facts.addFormItem(new Span(industry), getTranslation("ledger.industry"));
        facts.addFormItem(
                new Span(getTranslation("management." + e.managementLevel())),
                getTranslation("ledger.managementLevel"));
        facts.addFormItem(new Span(nullToEmpty(e.address())), getTranslation("ledger.address"));
        facts.addFormItem(new Span(nullToEmpty(e.competentDepartment())), getTranslation("ledger.competentDepartment"));
        facts.addFormItem(
                new Span(nullToEmpty(e.supervisingDepartment())), getTranslation("ledger.supervisingDepartment"));
        features.setId("enterprise-features");
        features.setText(
                record == null || record.features().isEmpty()
                        ? getTranslation("ledger.features.none")
                        : record.features().stream()
                                .sorted()
                                .map(f -> getTranslation("ledger.feature." + f.name()))
                                .collect(Collectors.joining("；")));
        facts.addFormItem(features, getTranslation("ledger.ui.features"));
        facts.addFormItem(new Span(nullToEmpty(e.remark())), getTranslation("ledger.remark"));
        facts.addFormItem(new Span(getTranslation("status." + e.status())), getTranslation("ledger.status"));
        List<BoundAccount> accounts = ledger.boundAccounts(account, e.uscc());
        facts.addFormItem(
                new Span(
                        accounts.isEmpty()
                                ? getTranslation("ledger.features.none")
                                : accounts.stream()
                                        .map(a -> a.displayName() + "（" + a.userId() + "）")
                                        .collect(Collectors.joining("、"))),
                getTranslation("ledger.ui.accounts"));
        for (EnterpriseFileFacts source : more) {
            for (EnterpriseFileFacts.Fact fact : source.facts(account, e.uscc())) {
                Span value =
                        new Span(fact.valueKey() != null ? getTranslation(fact.valueKey()) : nullToEmpty(fact.text()));
                value.setId("enterprise-fact-"
                        + fact.labelKey().substring(fact.labelKey().lastIndexOf('.') + 1));
                facts.addFormItem(value, getTranslation(fact.labelKey()));
            }
        }

        timeline.setId("enterprise-timeline");
        timeline.addColumn(ev -> Formats.dateTime(ev.occurredAt()))
                .setHeader(getTranslation("file.time"))
                .setAutoWidth(true);
        timeline.addColumn(ev -> eventLabel(ev.type()))
                .setHeader(getTranslation("file.type"))
                .setAutoWidth(true);
        timeline.addColumn(EnterpriseEvent::summary)
                .setHeader(getTranslation("file.summary"))
                .setFlexGrow(2);
        timeline.addColumn(EnterpriseEvent::actor)
                .setHeader(getTranslation("file.actor"))
                .setAutoWidth(true);
        timeline.setItems(q -> ledger.timeline(account, e.uscc(), q.getOffset(), q.getLimit()).stream(), q ->
                (int) ledger.timelineCount(account, e.uscc()));
        add(new H2(e.name()), facts, new H3(getTranslation("file.timeline")), timeline);
        expand(timeline);
    }

    /** Other features add event types of their own: one without a label here shows as its type. */
    private String eventLabel(String type) {
        String label = getTranslation("event." + type);
        return label.startsWith("!") ? type : label;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
