package cn.safetygrading.base.ui;

import cn.safetygrading.base.i18n.LocaleInitializer;
import cn.safetygrading.base.i18n.Translations;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.Cookie;
import java.util.Locale;

/** 中文 / English. The choice is kept in a cookie and the page reloads in the new language. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setItems(Translations.LOCALES);
        setItemLabelGenerator(l -> l.equals(Translations.CHINESE) ? "中文" : "English");
        setAriaLabel("Language / 语言");
        setWidth("8em");
        addAttachListener(e -> setValue(Translations.supported(e.getUI().getLocale())));
        addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            Cookie cookie = new Cookie(LocaleInitializer.COOKIE, e.getValue().toLanguageTag());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            if (VaadinService.getCurrentResponse() != null) {
                VaadinService.getCurrentResponse().addCookie(cookie);
            }
            UI ui = UI.getCurrent();
            ui.getSession().setLocale(e.getValue());
            ui.setLocale(e.getValue());
            ui.getPage().reload();
        });
    }
}
