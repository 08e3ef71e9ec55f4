package cn.safetygrading.supervision.ui;

import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.base.ui.LanguageSwitch;
import cn.safetygrading.supervision.domain.PublicHazard;
import cn.safetygrading.supervision.service.HazardService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * {@code /notice/hazards}, no login: the major accident hazards under listed supervision (挂牌督办)
 * and how their rectification stands (domain §9: the record is public).
 */
@Route(value = "notice/hazards", autoLayout = false)
@AnonymousAllowed
public class PublicHazardsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<PublicHazard> grid = new Grid<>(PublicHazard.class, false);
    final TextField search = new TextField();

    public PublicHazardsView(HazardService hazards) {
        setSizeFull();
        H1 title = new H1(getTranslation("hazard.public"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        search.setPlaceholder(getTranslation("notice.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("hazard-search");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setId("public-hazards");
        grid.addColumn(PublicHazard::enterpriseName).setHeader(getTranslation("hazard.enterprise")).setFlexGrow(2);
        grid.addColumn(PublicHazard::regionName).setHeader(getTranslation("hazard.region")).setAutoWidth(true);
        grid.addColumn(PublicHazard::title).setHeader(getTranslation("hazard.title")).setFlexGrow(2);
        grid.addColumn(h -> Formats.date(h.deadline().minusDays(1))).setHeader(getTranslation("hazard.deadlineLabel")).setAutoWidth(true);
        grid.addComponentColumn(h -> {
            Span status = new Span(getTranslation("hazard.status." + h.status())
                    + (h.overdue() && !"CLOSED".equals(h.status()) ? " · " + getTranslation("hazard.overdue") : ""));
            status.getElement().getThemeList().add("CLOSED".equals(h.status()) ? "badge success" : h.overdue() ? "badge error" : "badge");
            return status;
        }).setHeader(getTranslation("hazard.statusLabel")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("hazard.none"));
        grid.setItems(q -> hazards.listed(search.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) hazards.countListed(search.getValue()));
        HorizontalLayout header = new HorizontalLayout(title, new LanguageSwitch(), new Anchor("notice", getTranslation("notice.title")),
                new Anchor("login", getTranslation("notice.login")));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(title);
        add(header, new Paragraph(getTranslation("hazard.publicIntro")), search, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hazard.public");
    }
}
