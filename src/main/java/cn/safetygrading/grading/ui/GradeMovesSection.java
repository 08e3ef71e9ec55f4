package cn.safetygrading.grading.ui;

import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.base.ui.SummaryTable;
import cn.safetygrading.grading.service.GradeAdjustmentProposals;
import cn.safetygrading.grading.service.GradeAdjustmentService;
import cn.safetygrading.grading.service.GradeMoves;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.ui.EnterpriseFileSection;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The file's tab "等级变动": every move between gradings (applied, refused with its reason, and those
 * waiting for a manager's confirmation), and — for officials in scope — "调整等级": managers raise any
 * ground, other officials the four grounds that need a manager's confirmation.
 */
@org.springframework.stereotype.Component
public class GradeMovesSection implements EnterpriseFileSection {

    private final GradeMoves moves;
    private final GradeAdjustmentProposals proposals;
    private final Clock clock;

    public GradeMovesSection(GradeMoves moves, GradeAdjustmentProposals proposals, Clock clock) {
        this.moves = moves;
        this.proposals = proposals;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "gradeMoves.title";
    }

    @Override
    public boolean visibleTo(Account account, Enterprise enterprise) {
        return !account.isEnterprise();
    }

    @Override
    public Component create(Account account, Enterprise enterprise) {
        return new Panel(this, account, enterprise.uscc());
    }

    /** The tab's content for one UI. */
    public static class Panel extends VerticalLayout {

        final SummaryTable<GradeMoves.Row> table = new SummaryTable<>();
        Button adjust;
        Dialog dialog;
        Select<String> ground;
        DatePicker occurredOn;
        TextArea reason;
        Button submit;
        private final GradeMovesSection section;
        private final Account account;
        private final String uscc;

        Panel(GradeMovesSection section, Account account, String uscc) {
            this.section = section;
            this.account = account;
            this.uscc = uscc;
            setId("grade-moves");
            setPadding(false);
            if (!grounds().isEmpty()) {
                adjust = new Button(getTranslation("gradeMoves.adjust"), e -> open());
                adjust.setId("adjust-grade");
                adjust.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(adjust);
            }
            table.setId("grade-moves-table");
            table.addShortColumn(getTranslation("gradeMoves.occurredOn"), r -> Formats.date(r.occurredOn()));
            table.addShortColumn(getTranslation("gradeMoves.change"), GradeMoves.Row::change);
            table.addColumn(getTranslation("gradeMoves.ground"), GradeMoves.Row::ground);
            table.addShortColumn(getTranslation("gradeMoves.factRef"), r -> r.factRef() == null ? "" : r.factRef());
            table.addColumn(getTranslation("gradeMoves.note"), r -> r.note() == null ? "" : r.note());
            table.addShortColumn(getTranslation("gradeMoves.who"), r -> r.who() == null ? "" : r.who());
            table.addColumn(getTranslation("gradeMoves.state"), GradeMoves.Row::state);
            table.setEmptyText(getTranslation("gradeMoves.none"));
            table.setWidthFull();
            add(table);
            refresh();
        }

        void refresh() {
            table.setItems(section.moves.rows(uscc, this::getTranslation));
        }

        /** The grounds the account may raise, in the contract's order of the decision. */
        List<String> grounds() {
            return Stream.of(
                            GradeAdjustmentService.ACCIDENTS,
                            GradeAdjustmentService.DOWNGRADES,
                            GradeAdjustmentService.UPGRADES)
                    .flatMap(s -> s.stream().sorted())
                    .filter(e -> GradeAdjustmentProposals.mayRaise(account, e))
                    .toList();
        }

        void open() {
            dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("gradeMoves.adjust"));
            ground = new Select<>();
            ground.setId("adjust-ground");
            ground.setLabel(getTranslation("gradeMoves.ground"));
            ground.setItems(grounds());
            ground.setItemLabelGenerator(GradeAdjustmentService::groundText);
            ground.setWidthFull();
            occurredOn = new DatePicker(getTranslation("gradeMoves.occurredOn"));
            occurredOn.setId("adjust-occurred-on");
            occurredOn.setMax(LocalDate.now(section.clock));
            occurredOn.setValue(LocalDate.now(section.clock));
            reason = new TextArea(getTranslation("gradeMoves.reason"));
            reason.setId("adjust-reason");
            reason.setMaxLength(2000);
            reason.setRequired(true);
            reason.setWidthFull();
            submit = new Button(getTranslation("gradeMoves.submit"), e -> submit());
            submit.setId("adjust-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            VerticalLayout form = new VerticalLayout(ground, occurredOn, reason);
            form.setPadding(false);
            dialog.add(form);
            dialog.getFooter().add(new Button(getTranslation("gradeMoves.cancel"), e -> dialog.close()), submit);
            dialog.open();
        }

        void submit() {
            ground.setInvalid(false);
            occurredOn.setInvalid(false);
            reason.setInvalid(false);
            if (ground.getValue() == null) {
                ground.setInvalid(true);
                ground.setErrorMessage(getTranslation("gradeMoves.groundRequired"));
                return;
            }
            try {
                GradeAdjustmentProposals.Raised raised = section.proposals.raise(
                        account,
                        uscc,
                        ground.getValue(),
                        reason.getValue(),
                        occurredOn.getValue() == null
                                ? null
                                : occurredOn.getValue().toString());
                dialog.close();
                String done = raised.pending()
                        ? getTranslation("grading.adjustment.api.pending")
                        : Boolean.TRUE.equals(raised.adjusted())
                                ? getTranslation("gradeMoves.done", raised.newGrade())
                                : getTranslation(
                                        "gradeMoves.notDone", getTranslation("grading.refusal." + raised.refusal()));
                Feedback.success(done);
            } catch (GradeAdjustmentProposals.Refused refused) {
                String text = getTranslation(refused.key());
                if ("note".equals(refused.field())) {
                    reason.setInvalid(true);
                    reason.setErrorMessage(text);
                } else if ("occurredOn".equals(refused.field())) {
                    occurredOn.setInvalid(true);
                    occurredOn.setErrorMessage(text);
                } else {
                    ground.setInvalid(true);
                    ground.setErrorMessage(text);
                }
                return;
            }
            refresh();
        }
    }
}
