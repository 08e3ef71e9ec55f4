package cn.safetygrading.inbox.ui;

import cn.safetygrading.base.ui.WidthWatcher;
import cn.safetygrading.grading.domain.Answer;
import cn.safetygrading.grading.domain.ChecklistItem;
import cn.safetygrading.grading.domain.SelfAssessmentTask.Evidence;
import cn.safetygrading.grading.service.SelfAssessmentService.Submitted;
import cn.safetygrading.inbox.api.EvidenceController;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.LitRenderer;
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

    /**
     * Below this window width (CSS px) the rows are a list: item, answer, text, evidence stacked in one cell. Beside
     * the form the panel has about half of the window less the menu, so up to a wide screen the four narrow columns
     * would leave the item's text a strip of a few characters; on a phone it has the whole width.
     */
    static final int LIST_PX = 1600;

    /** The columns a list does without: their values stand in the item's cell. */
    private static final List<String> NARROW_HIDDEN = List.of("id", "points", "answer");

    private static final String ITEM_TEMPLATE = """
            <div>
              ${item.narrow ? html`<div style="display:flex;flex-wrap:wrap;align-items:baseline;gap:var(--lumo-space-s)">
                <b>${item.id}</b>
                <span style="color:var(--lumo-secondary-text-color)">${item.points}</span>
                <span theme="badge ${item.theme}">${item.answer}</span>
              </div>` : ''}
              <span>${item.text}</span>
              <div style="display:flex;flex-wrap:wrap;gap:var(--lumo-space-xs)">
                ${item.mandatory ? html`<span theme="badge primary">${item.mandatory}</span>` : ''}
                ${item.veto ? html`<span theme="badge error">${item.veto}</span>` : ''}
              </div>
              <div style="color:var(--lumo-secondary-text-color);font-size:var(--lumo-font-size-s)">${item.method}</div>
              ${item.files.length ? html`<div id="item-evidence-${item.id}"
                  style="display:flex;flex-wrap:wrap;gap:var(--lumo-space-s);font-size:var(--lumo-font-size-s)">
                <span>${item.evidenceLabel}</span>
                ${item.files.map(f => html`<a href="${f.href}" target="_blank" router-ignore>${f.name}</a>`)}
              </div>` : ''}
            </div>""";

    final RadioButtonGroup<Show> filter = new RadioButtonGroup<>();
    final Grid<Row> items = new Grid<>();
    final Set<String> ticked = new LinkedHashSet<>();
    private final List<Row> rows;
    private final Consumer<Set<String>> onTick;
    /** Evidence attached to one item, by item id (V36); the rest is the whole case's. */
    private final java.util.Map<String, List<Evidence>> byItem;
    /**
     * A list: the item's id, points and answer go into the item's cell, their own columns hide. It starts so, as
     * most windows are narrower than {@link #LIST_PX}: a full load then draws the panel once, and only a wide
     * window turns it into the table (one more round trip).
     */
    boolean narrow = true;

    /**
     * @param onTick if not null, a 需补正 column whose ticks are handed over (item ids, in checklist order)
     */
    public ChecklistReviewPanel(Submitted submitted, Set<String> alreadyTicked, Consumer<Set<String>> onTick) {
        String mandatoryLabel = getTranslation("checklist.item.mandatory");
        String vetoLabel = getTranslation("checklist.item.veto");
        String evidenceLabel = getTranslation("checklistReview.itemEvidence");
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
        // the item and the answer are Lit templates, not components: a grid of 35 rows with component cells made the
        // task page of a 初审 draw some 300 more components (docs/performance.md, Pages)
        items.addColumn(r -> r.item().id())
                .setKey("id")
                .setHeader(getTranslation("checklistReview.item"))
                .setWidth("5.5em")
                .setFlexGrow(0);
        items.addColumn(LitRenderer.<Row>of(ITEM_TEMPLATE)
                        .withProperty("text", r -> r.item().text())
                        .withProperty("method", r -> r.item().method())
                        .withProperty("id", r -> r.item().id())
                        .withProperty("mandatory", r -> r.item().mandatory() ? mandatoryLabel : "")
                        .withProperty("veto", r -> r.item().veto() ? vetoLabel : "")
                        .withProperty("evidenceLabel", r -> evidenceLabel)
                        .withProperty("narrow", r -> narrow)
                        .withProperty("points", r -> narrow ? pointsLabel(r) : "")
                        .withProperty("answer", r -> narrow ? answerLabel(r) : "")
                        .withProperty("theme", r -> narrow ? answerTheme(r) : "")
                        .withProperty(
                                "files",
                                r -> itemFiles(r.item().id()).stream()
                                        .map(f -> java.util.Map.of("href", href(f), "name", f.name()))
                                        .toList()))
                .setHeader(getTranslation("checklistReview.text"))
                .setKey("text")
                .setFlexGrow(4);
        items.addColumn(r -> r.item().points())
                .setKey("points")
                .setHeader(getTranslation("checklistReview.points"))
                .setWidth("4.5em")
                .setFlexGrow(0);
        items.addColumn(LitRenderer.<Row>of("<span theme=\"badge ${item.theme}\">${item.answer}</span>")
                        .withProperty("answer", this::answerLabel)
                        .withProperty("theme", ChecklistReviewPanel::answerTheme))
                .setHeader(getTranslation("checklistReview.answer"))
                .setKey("answer")
                .setWidth("7em")
                .setFlexGrow(0);
        if (onTick != null) {
            ticked.addAll(alreadyTicked);
            String tickLabel = getTranslation("checklistReview.correct");
            items.addColumn(LitRenderer.<Row>of(
                                    "<vaadin-checkbox id=\"correct-${item.id}\" aria-label=\"${item.label}\""
                                            + " .checked=${item.ticked} @change=${e => tick(e.target.checked)}>"
                                            + "</vaadin-checkbox>")
                            .withProperty("id", r -> r.item().id())
                            .withProperty(
                                    "label", r -> tickLabel + " " + r.item().id())
                            .withProperty(
                                    "ticked", r -> ticked.contains(r.item().id()))
                            .withFunction("tick", (r, args) -> tick(r.item().id(), args.getBoolean(0))))
                    .setKey("correct")
                    .setHeader(getTranslation("checklistReview.correct"))
                    .setWidth("6em")
                    .setFlexGrow(0);
        }
        for (String key : NARROW_HIDDEN) {
            items.getColumnByKey(key).setVisible(false);
        }
        this.onTick = onTick;
        items.setItems(rows);
        content.add(items);
        add(content);
        WidthWatcher.watchWidth(this, w -> applyNarrow(w > 0 && w < LIST_PX));
    }

    /**
     * On a phone, or beside the form on a laptop, the rows become a list: only the item's cell (and the tick) stay,
     * with the id, points and answer in it.
     */
    void applyNarrow(boolean narrow) {
        if (narrow == this.narrow) {
            return;
        }
        this.narrow = narrow;
        for (String key : NARROW_HIDDEN) {
            items.getColumnByKey(key).setVisible(!narrow);
        }
        items.getDataProvider().refreshAll();
    }

    private String pointsLabel(Row r) {
        return getTranslation("checklistReview.pointsOf", r.item().points());
    }

    /** An item ticked or unticked for correction: the ids go to the return's field, in checklist order. */
    void tick(String itemId, boolean on) {
        if (on) {
            ticked.add(itemId);
        } else {
            ticked.remove(itemId);
        }
        Set<String> inOrder = new LinkedHashSet<>();
        rows.stream().map(x -> x.item().id()).filter(ticked::contains).forEach(inOrder::add);
        onTick.accept(inOrder);
    }

    /** The evidence attached to one item (V36), shown beside it. */
    List<Evidence> itemFiles(String itemId) {
        return byItem.getOrDefault(itemId, List.of());
    }

    /** Where a file opens in the browser ({@link EvidenceController}: PDF and images inline). */
    static String href(Evidence file) {
        return EvidenceController.PATH + file.id();
    }

    private String answerLabel(Row r) {
        return r.answer() == null
                ? getTranslation("checklistReview.unanswered")
                : getTranslation(r.answer().messageKey());
    }

    static String answerTheme(Row r) {
        if (r.answer() == null) {
            return "contrast";
        }
        return switch (r.answer()) {
            case MET -> "success";
            case PARTIAL -> "";
            case NOT_MET -> "error";
            case NOT_APPLICABLE -> "contrast";
        };
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
        Anchor open = new Anchor(href(file), file.name(), AnchorTarget.BLANK);
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
}
