package cn.safetygrading.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a page that failed to open shows instead of Vaadin's exception page: a sentence and the
 * reference under which the exception was logged, never the exception's text.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorHandling.logged(parameter.getCaughtException());
        removeAll();
        add(new H2(getTranslation("error.title")));
        Paragraph text = new Paragraph(getTranslation("error.page", reference));
        text.setId("error-text");
        add(text);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
