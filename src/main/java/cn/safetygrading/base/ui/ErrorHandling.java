package cn.safetygrading.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * No page ever shows an exception: an error in an event handler (a click, an upload) is logged with a
 * short reference and the person sees a sentence with that reference (to quote to the administrator);
 * errors while navigating show {@link ErrorView}. A {@link cn.safetygrading.base.Refused} that no view
 * caught is said as the refusal it is (its sentence, no reference): a view may simply call the service.
 */
@Component
public class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(ErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        var refusal = Feedback.refusalIn(event.getThrowable());
        if (refusal.isPresent()) {
            log.debug("refused: {}", refusal.get().messageKey());
            if (UI.getCurrent() != null) {
                Feedback.refused(refusal.get());
            }
            return;
        }
        String reference = logged(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification.show(ui.getTranslation("error.unexpected", reference), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Logs the exception under a new reference and returns the reference. */
    public static String logged(Throwable throwable) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("unexpected error (reference {})", reference, throwable);
        return reference;
    }
}
