package cn.safetygrading.inbox.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import java.util.function.Supplier;

/**
 * A collapsed section whose content is built and sent to the browser only when it is first opened: the task page
 * drew every closed section's tables and grids on load although most are never opened (docs/performance.md, Pages).
 */
final class LazyDetails extends Details {

    private Supplier<? extends Component> content;

    LazyDetails(String summary, Supplier<? extends Component> content) {
        super(summary);
        this.content = content;
        setWidthFull();
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fill();
            }
        });
    }

    /** Builds the content now if it has not been (opening does this). */
    void fill() {
        if (content != null) {
            add(content.get());
            content = null;
        }
    }
}
