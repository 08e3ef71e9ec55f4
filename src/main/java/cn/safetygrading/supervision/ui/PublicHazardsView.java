package cn.safetygrading.supervision.ui;

import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.base.ui.LanguageSwitch;
import cn.safetygrading.supervision.domain.HazardStatus;
import cn.safetygrading.supervision.domain.PublicHazard;
import cn.safetygrading.supervision.domain.PublicInspection;
import cn.safetygrading.supervision.service.HazardService;
import cn.safetygrading.supervision.service.InspectionService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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
    final Grid<PublicInspection> inspections = new Grid<>(PublicInspection.class, false);

    public PublicHazardsView(HazardService hazards, InspectionService inspectionResults) {
        setSizeFull();
        H1 title = new H1(getTranslation("supervision.public"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        search.setPlaceholder(getTranslation("notice.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("hazard-search");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setId("public-hazards");
        grid.addColumn(PublicHazard::enterpriseName)
                .setHeader(getTranslation("hazard.enterprise"))
                .setFlexGrow(2);
        grid.addColumn(PublicHazard::regionName)
                .setHeader(getTranslation("hazard.region"))
                .setAutoWidth(true);
        grid.addColumn(PublicHazard::title)
                .setHeader(getTranslation("hazard.title"))
                .setFlexGrow(2);
        grid.addColumn(h -> Formats.date(h.deadline().minusDays(1)))
                .setHeader(getTranslation("hazard.deadlineLabel"))
                .setAutoWidth(true);
        grid.addComponentColumn(h -> {
                    Span status = new Span(getTranslation("hazard.status." + h.status())
                            + (h.overdue() && !HazardStatus.CLOSED.is(h.status())
                                    ? " · " + getTranslation("hazard.overdue")
                                    : ""));
                    status.getElement()
                            .getThemeList()
                            .add(
                                    HazardStatus.CLOSED.is(h.status())
                                            ? "badge success"
                                            : h.overdue() ? "badge error" : "badge");
                    return status;
                })
                .setHeader(getTranslation("hazard.statusLabel"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("hazard.none"));
        grid.setItems(q -> hazards.listed(search.getValue(), q.getOffset(), q.getLimit()).stream(), q ->
                (int) hazards.countListed(search.getValue()));
        HorizontalLayout header = new HorizontalLayout(
                title,
                new LanguageSwitch(),
                new Anchor("notice", getTranslation("notice.title")),
                new Anchor("login", getTranslation("notice.login")));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(title);
        inspections.setId("public-inspections");
        inspections
                .addColumn(PublicInspection::enterpriseName)
                .setHeader(getTranslation("hazard.enterprise"))
                .setFlexGrow(2);
        inspections
                .addColumn(PublicInspection::regionName)
                .setHeader(getTranslation("hazard.region"))
                .setAutoWidth(true);
        inspections
                .addColumn(i -> Formats.date(i.doneOn()))
                .setHeader(getTranslation("inspection.date"))
                .setAutoWidth(true);
        inspections
                .addColumn(i -> i.findings() == null ? "" : i.findings())
                .setHeader(getTranslation("inspection.findings"))
                .setFlexGrow(2);
        inspections
                .addColumn(i -> getTranslation("inspection.result." + i.result()))
                .setHeader(getTranslation("inspection.result"))
                .setAutoWidth(true);
        inspections.setEmptyStateText(getTranslation("inspection.none"));
        inspections.setItems(
                q -> inspectionResults.published(search.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) inspectionResults.countPublished(search.getValue()));
        search.addValueChangeListener(e -> inspections.getDataProvider().refreshAll());
        add(
                header,
                new H2(getTranslation("hazard.public")),
                new Paragraph(getTranslation("hazard.publicIntro")),
                search,
                grid,
                new H2(getTranslation("inspection.public")),
                inspections);
        setFlexGrow(1, grid, inspections);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.public");
    }
}
