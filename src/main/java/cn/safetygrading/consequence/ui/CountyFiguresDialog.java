package cn.safetygrading.consequence.ui;

import cn.safetygrading.base.ui.SpreadsheetExport;
import cn.safetygrading.base.ui.SummaryTable;
import cn.safetygrading.consequence.domain.CountyFigures;
import cn.safetygrading.consequence.service.FalsificationFigures;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A campaign's figures per county for the annual assessment (年度目标考核): gradings, falsified, corrected by
 * the expert, returned at 初审, overdue; exportable as xlsx.
 */
public class CountyFiguresDialog extends Dialog {

    private static final List<Map.Entry<String, Function<CountyFigures, Object>>> COLUMNS = List.of(
            Map.entry("consequence.county", CountyFigures::countyName),
            Map.entry("consequence.cases", CountyFigures::cases),
            Map.entry("consequence.falsified", CountyFigures::falsified),
            Map.entry("consequence.corrected", CountyFigures::corrected),
            Map.entry("consequence.returned", CountyFigures::returned),
            Map.entry("consequence.overdue", CountyFigures::overdue));

    final SummaryTable<CountyFigures> table = new SummaryTable<>();

    public CountyFiguresDialog(FalsificationFigures figures, String campaignId, String campaignName) {
        setHeaderTitle(getTranslation("consequence.figures.title", campaignName));
        setWidth("min(56em, 100vw)");
        List<CountyFigures> rows = figures.byCounty(campaignId);
        table.setId("county-figures");
        COLUMNS.forEach(c -> table.addColumn(getTranslation(c.getKey()), c.getValue()));
        table.setEmptyText(getTranslation("consequence.none"));
        table.setItems(rows);
        add(table);
        getFooter()
                .add(
                        SpreadsheetExport.link(
                                getTranslation("consequence.export"),
                                "county-figures.xlsx",
                                () -> new SpreadsheetExport.Table(
                                        "figures",
                                        COLUMNS.stream()
                                                .map(c -> getTranslation(c.getKey()))
                                                .toList(),
                                        rows.stream()
                                                .map(r -> COLUMNS.stream()
                                                        .map(c -> c.getValue().apply(r))
                                                        .toList())
                                                .toList())),
                        new Button(getTranslation("consequence.close"), e -> close()));
    }
}
