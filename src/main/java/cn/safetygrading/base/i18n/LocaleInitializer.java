package cn.safetygrading.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Chinese is the default whatever the browser says; a user who switched to English keeps it through
 * the {@code lang} cookie.
 */
@Component
public class LocaleInitializer implements VaadinServiceInitListener {

    public static final String COOKIE = "lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(fromRequest(VaadinRequest.getCurrent())));
    }

    static Locale fromRequest(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Translations.CHINESE;
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .map(tag -> Translations.supported(Locale.forLanguageTag(tag)))
                .orElse(Translations.CHINESE);
    }
}
