package cn.safetygrading.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The plain table of figures: the HTML it gives the browser for headers, numbers, progress and no rows. */
class SummaryTableTest {

    record Row(String name, long count, Long optional) {}

    private static SummaryTable<Row> table() {
        SummaryTable<Row> table = new SummaryTable<>();
        table.addColumn("名称", Row::name);
        table.addColumn("数量", Row::count);
        table.addColumn("可选", Row::optional);
        return table;
    }

    private static Document html(SummaryTable<?> table) {
        return Jsoup.parseBodyFragment(table.getHtml());
    }

    @Test
    void drawsAHeaderRowAndARowPerItem() {
        SummaryTable<Row> table = table();
        table.setItems(List.of(new Row("环翠区", 12, null), new Row("文登区", 3, 7L)));
        Document html = html(table);
        assertThat(html.select("table > thead > tr > th").eachText()).containsExactly("名称", "数量", "可选");
        assertThat(html.select("th").eachAttr("scope")).containsOnly("col");
        assertThat(table.getHeaders()).containsExactly("名称", "数量", "可选");
        var rows = html.select("table > tbody > tr");
        assertThat(rows).hasSize(2);
        // (an absent value is an empty cell, not "null")
        assertThat(rows.get(0).select("td").stream().map(Element::text)).containsExactly("环翠区", "12", "");
        assertThat(rows.get(1).select("td").stream().map(Element::text)).containsExactly("文登区", "3", "7");
        assertThat(table.getCellText(0, 0)).isEqualTo("环翠区");
        assertThat(table.getCellText(0, 2)).isEmpty();
        // numbers are right-aligned, their header too; text is not
        assertThat(rows.get(0).child(1).hasClass("sg-number")).isTrue();
        assertThat(rows.get(0).child(0).hasClass("sg-number")).isFalse();
        assertThat(html.select("th").get(1).hasClass("sg-number")).isTrue();
        assertThat(html.select("th").get(0).hasClass("sg-number")).isFalse();
    }

    @Test
    void textIsEscapedNeverMarkup() {
        SummaryTable<Row> table = table();
        table.setItems(List.of(new Row("<img src=x onerror=alert(1)>", 1, null)));
        assertThat(table.getHtml()).doesNotContain("<img").contains("&lt;img");
        assertThat(html(table).select("img")).isEmpty();
        assertThat(html(table).select("td").first().text()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void newItemsReplaceTheRows() {
        SummaryTable<Row> table = table();
        table.setItems(List.of(new Row("a", 1, null), new Row("b", 2, null)));
        table.setItems(List.of(new Row("c", 3, null)));
        assertThat(table.getItems()).extracting(Row::name).containsExactly("c");
        assertThat(html(table).select("tbody > tr")).hasSize(1);
        assertThat(html(table).select("tbody td").first().text()).isEqualTo("c");
    }

    @Test
    void withoutRowsItSaysSoAcrossTheWholeWidth() {
        SummaryTable<Row> table = table();
        table.setItems(List.of());
        assertThat(html(table).select("tbody > tr")).isEmpty();
        table.setEmptyText("没有逾期任务");
        var cell = html(table).select("tbody > tr > td").first();
        assertThat(cell.text()).isEqualTo("没有逾期任务");
        assertThat(cell.attr("colspan")).isEqualTo("3");
    }

    @Test
    void aProgressColumnDrawsABarAndItsFigures() {
        SummaryTable<Row> table = new SummaryTable<>();
        table.addColumn("名称", Row::name);
        table.addProgressColumn("已启动/参评", Row::count, r -> r.optional());
        table.setItems(List.of(new Row("a", 3, 12L), new Row("b", 0, 0L)));
        var bars = html(table).select("progress");
        assertThat(bars.eachAttr("value")).containsExactly("3", "0");
        // no division by nothing: an empty campaign is a bar of one, not filled
        assertThat(bars.eachAttr("max")).containsExactly("12", "1");
        assertThat(table.getCellText(0, 1)).isEqualTo("3 / 12");
        assertThat(html(table).select("tbody tr").first().child(1).text()).isEqualTo("3 / 12");
    }

    @Test
    void shortTextStaysOnOneLineLongTextWraps() {
        SummaryTable<Row> table = new SummaryTable<>();
        table.addShortColumn("时间", Row::name);
        table.addColumn("意见", r -> "很长的意见" + r.count());
        table.setItems(List.of(new Row("2026-12-02 10:00", 1, null)));
        var cells = html(table).select("tbody td");
        assertThat(cells.get(0).hasClass("sg-nowrap")).isTrue();
        assertThat(cells.get(1).hasClass("sg-nowrap")).isFalse();
    }
}
