package cn.safetygrading.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page or record that does not exist or is not the person's to see (a task of another scope, a
 * mistyped address): one sentence and the way back, never Vaadin's route list or an exception. Both
 * cases read alike, so the page does not tell whether someone else's record exists.
 */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H2(getTranslation("error.notFound.title")));
        Paragraph text = new Paragraph(getTranslation("error.notFound"));
        text.setId("not-found-text");
        add(text, new Anchor("", getTranslation("error.notFound.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
