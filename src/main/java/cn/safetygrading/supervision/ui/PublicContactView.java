package cn.safetygrading.supervision.ui;

import cn.safetygrading.supervision.domain.PublicContact;
import cn.safetygrading.supervision.service.SupervisionGridService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * {@code /notice/contact/<link>}, no login: the enterprise's 包保督导公示牌 to print for its 公示栏 (seed
 * 004: 安全专员联系方式和监督电话在企业公示栏长期公示). Reached by the enterprise's unguessable link (its
 * portal shows it), never by USCC: the page carries an official's phone, so it is published where the
 * enterprise posts it, not to anyone who walks the register of USCCs.
 */
@Route(value = "notice/contact", autoLayout = false)
@AnonymousAllowed
public class PublicContactView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final SupervisionGridService grid;
    final Div sheet = new Div();

    public PublicContactView(SupervisionGridService grid) {
        this.grid = grid;
        sheet.setId("contact-sheet");
        sheet.getStyle()
                .set("border", "2px solid var(--lumo-contrast)")
                .set("padding", "2em")
                .set("max-width", "40em");
        Button print = new Button(
                getTranslation("contact.print"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addClassName("no-print");
        add(sheet, print);
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        sheet.removeAll();
        grid.publicContact(token)
                .ifPresentOrElse(this::show, () -> sheet.add(new Paragraph(getTranslation("contact.unknown"))));
    }

    private void show(PublicContact c) {
        H1 title = new H1(getTranslation("contact.title"));
        title.getStyle().set("text-align", "center");
        sheet.add(
                title,
                line("contact.enterprise", c.enterpriseName()),
                line("contact.uscc", c.uscc()),
                line("contact.unit", c.unitName()),
                line(
                        "contact.supervisor",
                        c.supervisorName() == null
                                ? null
                                : c.supervisorName()
                                        + (c.supervisorDepartment() == null
                                                ? ""
                                                : "（" + c.supervisorDepartment() + "）")),
                line("contact.supervisorPhone", c.supervisorPhone()),
                line("contact.head", c.headName()),
                line("contact.headPhone", c.headPhone()),
                line("contact.hotline", c.hotline()),
                new Paragraph(getTranslation("contact.duties")));
    }

    private Paragraph line(String key, Object value) {
        Paragraph p = new Paragraph(getTranslation(key) + "：" + (value == null ? "—" : value));
        p.setId(key.replace('.', '-'));
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contact.title");
    }
}
