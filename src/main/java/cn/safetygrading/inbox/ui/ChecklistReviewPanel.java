package cn.safetygrading.inbox.ui;

import cn.safetygrading.grading.domain.Answer;
import cn.safetygrading.grading.domain.ChecklistItem;
import cn.safetygrading.grading.domain.SelfAssessmentTask.Evidence;
import cn.safetygrading.grading.service.SelfAssessmentService.Submitted;
import cn.safetygrading.inbox.api.EvidenceController;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * 自评清单, read-only, beside the form of 初审, 抽查核定 and 异议处理: every item with the answer given, its
 * flags and how it is checked, filterable to 不符合 / 部分符合 / 否决项 / 必备项; the enterprise's comment and
 * its evidence, each opened in the browser ({@link EvidenceController}: PDF and images inline). On a
 * 初审 the reviewer may tick the items to correct; the ticks fill the form's field of item ids.
 */
public class ChecklistReviewPanel extends Details {

    /** What the filter can show. */
    enum Show {
        ALL,
        NOT_MET,
        PARTIAL,
        VETO,
        MANDATORY
    }

    record Row(ChecklistItem item, Answer answer) {}

    final RadioButtonGroup<Show> filter = new RadioButtonGroup<>();
    final Grid<Row> items = new Grid<>();
    final Set<String> ticked = new LinkedHashSet<>();
    private final List<Row> rows;
    /** Evidence attached to one item, by item id (V36); the rest is the whole case's. */
    private final java.util.Map<String, List<Evidence>> byItem;

    /**
     * @param onTick if not null, a 需补正 column whose ticks are handed over (item ids, in checklist order)
     */
    public ChecklistReviewPanel(Submitted submitted, Set<String> alreadyTicked, Consumer<Set<String>> onTick) {
        setId("checklist-review");
        setSummaryText(getTranslation("checklistReview.title"));
        setOpened(true);
        setWidthFull();
        rows = submitted.checklist().items().stream()
                .map(i ->
                        new Row(i, Answer.parse(submitted.answers().get(i.id())).orElse(null)))
                .toList();
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);

        if (submitted.comment() != null && !submitted.comment().isBlank()) {
            Paragraph comment = new Paragraph(getTranslation("checklistReview.comment", submitted.comment()));
            comment.setId("checklist-review-comment");
            comment.getStyle().set("white-space", "pre-wrap");
            content.add(comment);
        }
        byItem = submitted.evidence().stream()
                .filter(e -> e.itemId() != null)
                .collect(java.util.stream.Collectors.groupingBy(Evidence::itemId));
        content.add(evidence(
                submitted.evidence().stream().filter(e -> e.itemId() == null).toList()));

        filter.setId("checklist-review-filter");
        filter.setItems(Show.values());
        filter.setItemLabelGenerator(s -> getTranslation("checklistReview.show." + s.name(), count(s)));
        filter.setValue(Show.ALL);
        filter.addValueChangeListener(e ->
                items.setItems(rows.stream().filter(predicate(e.getValue())).toList()));
        content.add(filter);

        items.setId("checklist-review-items");
        items.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        items.setAllRowsVisible(true);
        items.addColumn(r -> r.item().id())
                .setHeader(getTranslation("checklistReview.item"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        items.addColumn(new ComponentRenderer<>(this::itemCell))
                .setHeader(getTranslation("checklistReview.text"))
                .setKey("text")
                .setFlexGrow(4);
        items.addColumn(r -> r.item().points())
                .setHeader(getTranslation("checklistReview.points"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        items.addColumn(new ComponentRenderer<>(this::answerCell))
                .setHeader(getTranslation("checklistReview.answer"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (onTick != null) {
            ticked.addAll(alreadyTicked);
            items.addColumn(new ComponentRenderer<>(r -> {
                        Checkbox tick = new Checkbox(ticked.contains(r.item().id()));
                        tick.setId("correct-" + r.item().id());
                        tick.setAriaLabel(getTranslation("checklistReview.correct") + " "
                                + r.item().id());
                        tick.addValueChangeListener(e -> {
                            if (e.getValue()) {
                                ticked.add(r.item().id());
                            } else {
                                ticked.remove(r.item().id());
                            }
                            Set<String> inOrder = new LinkedHashSet<>();
                            rows.stream()
                                    .map(x -> x.item().id())
                                    .filter(ticked::contains)
                                    .forEach(inOrder::add);
                            onTick.accept(inOrder);
                        });
                        return tick;
                    }))
                    .setKey("correct")
                    .setHeader(getTranslation("checklistReview.correct"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        items.setItems(rows);
        content.add(items);
        add(content);
    }

    private Div itemCell(Row r) {
        Div cell = new Div(new Span(r.item().text()));
        FlexLayout flags = new FlexLayout();
        flags.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        if (r.item().mandatory()) {
            flags.add(badge(getTranslation("checklist.item.mandatory"), "primary"));
        }
        if (r.item().veto()) {
            flags.add(badge(getTranslation("checklist.item.veto"), "error"));
        }
        cell.add(flags);
        Span method = new Span(r.item().method());
        method.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        cell.add(new Div(method));
        List<Evidence> files = byItem.getOrDefault(r.item().id(), List.of());
        if (!files.isEmpty()) {
            // the item's own evidence beside it, each opened in the browser
            FlexLayout links = new FlexLayout(new Span(getTranslation("checklistReview.itemEvidence")));
            links.setId("item-evidence-" + r.item().id());
            links.getStyle()
                    .set("gap", "var(--lumo-space-s)")
                    .set("flex-wrap", "wrap")
                    .set("font-size", "var(--lumo-font-size-s)");
            files.forEach(f -> links.add(link(f)));
            cell.add(links);
        }
        return cell;
    }

    private Span answerCell(Row r) {
        if (r.answer() == null) {
            return badge(getTranslation("checklistReview.unanswered"), "contrast");
        }
        String theme = switch (r.answer()) {
            case MET -> "success";
            case PARTIAL -> "";
            case NOT_MET -> "error";
            case NOT_APPLICABLE -> "contrast";
        };
        return badge(getTranslation(r.answer().messageKey()), theme);
    }

    private VerticalLayout evidence(List<Evidence> files) {
        VerticalLayout list = new VerticalLayout();
        list.setId("checklist-review-evidence");
        list.setPadding(false);
        list.setSpacing(false);
        long perItem = byItem.values().stream().mapToLong(List::size).sum();
        if (perItem == 0) {
            list.add(new Span(
                    files.isEmpty()
                            ? getTranslation("checklistReview.noEvidence")
                            : getTranslation("checklistReview.evidence", files.size())));
        } else {
            // files of single items are listed beside their items; these are the whole case's
            list.add(new Span(getTranslation("checklistReview.caseEvidence", files.size(), perItem)));
        }
        for (Evidence file : files) {
            list.add(link(file));
        }
        return list;
    }

    private Anchor link(Evidence file) {
        Anchor open = new Anchor(EvidenceController.PATH + file.id(), file.name(), AnchorTarget.BLANK);
        open.setId("evidence-" + file.id());
        open.setRouterIgnore(true);
        return open;
    }

    private long count(Show show) {
        return rows.stream().filter(predicate(show)).count();
    }

    private static Predicate<Row> predicate(Show show) {
        return switch (show) {
            case ALL -> r -> true;
            case NOT_MET -> r -> r.answer() == Answer.NOT_MET;
            case PARTIAL -> r -> r.answer() == Answer.PARTIAL;
            case VETO -> r -> r.item().veto();
            case MANDATORY -> r -> r.item().mandatory();
        };
    }

    private Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge " + theme).trim());
        return badge;
    }
}
