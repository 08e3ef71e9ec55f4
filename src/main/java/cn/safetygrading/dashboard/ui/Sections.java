package cn.safetygrading.dashboard.ui;

import cn.safetygrading.base.ui.SpreadsheetExport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Supplier;

/** The dashboard's building blocks: a titled section with its Excel export, a box, a figure tile. */
final class Sections {

    private Sections() {}

    /** A section's head: its title and the link that exports {@code table} as {@code fileName}. */
    static Component exported(
            Component i18n, String titleKey, String fileName, Supplier<SpreadsheetExport.Table> table) {
        HorizontalLayout head = new HorizontalLayout(
                new H3(i18n.getTranslation(titleKey)),
                SpreadsheetExport.link(i18n.getTranslation("dashboard.export"), fileName, table));
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        return head;
    }

    static VerticalLayout box(Component... content) {
        VerticalLayout box = new VerticalLayout(content);
        box.setPadding(false);
        return box;
    }

    /** A row of tiles that wraps on narrow screens. */
    static FlexLayout tiles(Component... tiles) {
        FlexLayout row = new FlexLayout(tiles);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        return row;
    }

    /** A figure under its label. */
    static Component tile(Component i18n, String key, long value) {
        Span number = new Span(String.valueOf(value));
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        return tile(i18n, key, number);
    }

    /** A figure that opens the list behind it: the number is a button (keyboard and screen reader reach it). */
    static Component tile(Component i18n, String key, long value, Supplier<DrillDown> list) {
        Button number = new Button(String.valueOf(value), e -> list.get().open());
        number.setId(key.replace('.', '-') + "-open");
        number.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        number.getElement()
                .setAttribute(
                        "aria-label", i18n.getTranslation("dashboard.drill.open", i18n.getTranslation(key), value));
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        return tile(i18n, key, number);
    }

    private static Component tile(Component i18n, String key, Component number) {
        Div tile = new Div(number, new Div(i18n.getTranslation(key)));
        tile.setId(key.replace('.', '-'));
        tile.getStyle()
                .set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)")
                .set("min-width", "10em");
        return tile;
    }
}
