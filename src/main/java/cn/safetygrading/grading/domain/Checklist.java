package cn.safetygrading.grading.domain;

import java.util.List;
import java.util.Optional;

/**
 * An assessment checklist (评估标准) of one industry class and year, e.g. {@code industry-trade-2026}:
 * six sections (the diagnosis dimensions of [000]), 100 points in all. Checklists are data, loaded
 * from {@code src/main/resources/checklists/<id>.json}; a running grading cycle keeps the id it
 * started with, so next year's file never changes a cycle under way.
 */
public record Checklist(
        String id, IndustryClass industryClass, int year, String name, List<ChecklistSection> sections) {

    public Checklist {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** All items, section by section, in display order. */
    public List<ChecklistItem> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    public Optional<ChecklistItem> item(String itemId) {
        return items().stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public Optional<ChecklistSection> section(Dimension dimension) {
        return sections.stream().filter(s -> s.dimension() == dimension).findFirst();
    }

    /** The sum of all items' points: 100 for every checklist that loaded. */
    public int totalPoints() {
        return items().stream().mapToInt(ChecklistItem::points).sum();
    }
}
