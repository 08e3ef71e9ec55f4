package cn.safetygrading.grading.domain;

import java.util.List;

/**
 * One section of a checklist: one of the six diagnosis dimensions, its points (the sum of its
 * items' points) and its items in display order.
 */
public record ChecklistSection(Dimension dimension, String name, int points, List<ChecklistItem> items) {

    public ChecklistSection {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
