package cn.safetygrading.base.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.util.List;

/**
 * A chart drawn in the browser by Apache ECharts (Apache-2.0, from the {@code org.webjars.npm:echarts}
 * jar, so no npm build is involved; its "common" build, two thirds the size of the full one, which has
 * the bar chart, the SVG renderer, title, legend and tooltip), configured wholly on the server: the view gives categories and
 * series, this class writes the ECharts option, and the {@code <sg-chart>} element renders it as SVG.
 */
@Tag("sg-chart")
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.common.min.js")
@JavaScript("context://js/sg-chart.js")
public class ChartPanel extends Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Colours for A, B, C, D, ungraded, class Ⅰ and class Ⅱ. */
    public static final List<String> PALETTE =
            List.of("#2e7d32", "#1e88e5", "#f9a825", "#c62828", "#9e9e9e", "#6a1b9a", "#00897b");

    private List<String> categories = List.of();
    private List<Series> series = List.of();

    public ChartPanel() {
        setWidthFull();
        setHeight("320px");
    }

    /** One series of a bar chart: its name, a value per category, its colour. */
    public record Series(String label, List<? extends Number> values, String colour) {}

    /** Shows stacked bars of the series over the categories (horizontal bars for long category names). */
    public void showStackedBars(String title, List<String> categories, List<Series> series, boolean horizontal) {
        this.categories = List.copyOf(categories);
        this.series = List.copyOf(series);
        ObjectNode option = JSON.createObjectNode();
        // no growing bars: the figures are there at once, the page settles sooner, and motion bothers some readers
        option.put("animation", false);
        option.putObject("title")
                .put("text", title)
                .put("left", "center")
                .putObject("textStyle")
                .put("fontSize", 14);
        option.putObject("tooltip")
                .put("trigger", "axis")
                .putObject("axisPointer")
                .put("type", "shadow");
        option.putObject("legend").put("bottom", 0);
        option.putObject("grid")
                .put("left", 8)
                .put("right", 16)
                .put("top", 40)
                .put("bottom", 36)
                .put("containLabel", true);
        ObjectNode categoryAxis = option.putObject(horizontal ? "yAxis" : "xAxis");
        categoryAxis.put("type", "category");
        if (horizontal) {
            categoryAxis.put("inverse", true);
        }
        ArrayNode names = categoryAxis.putArray("data");
        categories.forEach(names::add);
        option.putObject(horizontal ? "xAxis" : "yAxis").put("type", "value").put("minInterval", 1);
        ArrayNode all = option.putArray("series");
        for (Series s : series) {
            ObjectNode one = all.addObject();
            one.put("name", s.label()).put("type", "bar").put("stack", "total").put("barMaxWidth", 48);
            one.putObject("itemStyle").put("color", s.colour());
            ArrayNode values = one.putArray("data");
            s.values().forEach(v -> values.add(v.doubleValue()));
        }
        getElement().setProperty("config", option.toString());
        getElement().setAttribute("aria-label", title);
    }

    /** The categories drawn (regions, industries). */
    public List<String> categories() {
        return categories;
    }

    /** The series drawn. */
    public List<Series> series() {
        return series;
    }
}
