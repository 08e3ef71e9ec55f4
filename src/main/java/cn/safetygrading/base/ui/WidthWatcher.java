package cn.safetygrading.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Tells a view whether the browser window is narrow (a phone: below {@link #NARROW_PX} px), once when
 * the view is attached and again whenever the window crosses that width, so the view can hide
 * secondary grid columns, fold its filters or stack its columns. Views keep their own
 * {@code applyNarrow(boolean)} callable, so view tests set the width directly.
 */
public final class WidthWatcher {

    /** Below this window width (CSS px) a page is laid out for a phone. */
    public static final int NARROW_PX = 800;

    private WidthWatcher() {}

    /** Calls {@code onChange} with {@code true} for a narrow window, at attach and whenever that changes. */
    public static void watch(Component view, Consumer<Boolean> onChange) {
        Boolean[] last = new Boolean[1];
        watchWidth(view, w -> {
            boolean narrow = w > 0 && w < NARROW_PX;
            if (last[0] == null || last[0] != narrow) {
                last[0] = narrow;
                onChange.accept(narrow);
            }
        });
        view.addDetachListener(detach -> last[0] = null);
    }

    /** Calls {@code width} with the window's inner width (CSS px) at attach and after each resize. */
    public static void watchWidth(Component view, Consumer<Integer> width) {
        Registration[] resize = new Registration[1];
        view.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> width.accept(details.getWindowInnerWidth()));
            resize[0] = page.addBrowserWindowResizeListener(e -> width.accept(e.getWidth()));
        });
        view.addDetachListener(detach -> {
            if (resize[0] != null) {
                resize[0].remove();
                resize[0] = null;
            }
        });
    }
}
