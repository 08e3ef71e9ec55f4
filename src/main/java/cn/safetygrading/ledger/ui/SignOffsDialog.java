package cn.safetygrading.ledger.ui;

import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.ledger.domain.SignOff;
import cn.safetygrading.ledger.file.FileFormat;
import cn.safetygrading.ledger.service.SignOffService;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;

/** The signed versions of the ledger in the account's scope, each downloadable as it was signed. */
class SignOffsDialog extends Dialog {

    final Grid<SignOff> grid = new Grid<>(SignOff.class, false);

    SignOffsDialog(SignOffService signOffs, Account account, java.util.List<SignOffPrint> prints) {
        setHeaderTitle(getTranslation("ledger.ui.signoffs.title"));
        setWidth("64rem");
        grid.setId("ledger-signoffs");
        grid.addColumn(SignOff::regionName)
                .setHeader(getTranslation("ledger.ui.signoffs.region"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.asOf().toString())
                .setHeader(getTranslation("ledger.ui.signoff.date"))
                .setAutoWidth(true);
        grid.addColumn(SignOff::fillingUnit)
                .setHeader(getTranslation("ledger.ui.signoff.unit"))
                .setFlexGrow(1);
        grid.addColumn(SignOff::signer)
                .setHeader(getTranslation("ledger.ui.signoff.signer"))
                .setAutoWidth(true);
        grid.addColumn(s -> Formats.dateTime(s.signedAt()))
                .setHeader(getTranslation("ledger.ui.signoffs.signedAt"))
                .setAutoWidth(true);
        grid.addColumn(SignOff::total)
                .setHeader(getTranslation("ledger.ui.signoffs.total"))
                .setAutoWidth(true);
        grid.addColumn(SignOff::classI)
                .setHeader(getTranslation("ledger.ui.signoffs.classI"))
                .setAutoWidth(true);
        grid.addColumn(SignOff::classII)
                .setHeader(getTranslation("ledger.ui.signoffs.classII"))
                .setAutoWidth(true);
        grid.addComponentColumn(s -> {
                    HorizontalLayout links = new HorizontalLayout(
                            download(signOffs, account, s, FileFormat.XLSX, "xlsx"),
                            download(signOffs, account, s, FileFormat.CSV, "csv"));
                    prints.forEach(p -> links.add(p.create(account, s)));
                    return links;
                })
                .setKey("download")
                .setHeader(getTranslation("ledger.ui.signoffs.download"))
                .setAutoWidth(true);
        grid.setItems(
                q -> signOffs.list(account, q.getOffset(), q.getLimit()).stream(), q -> (int) signOffs.count(account));
        add(grid);
        getFooter().add(new Button(getTranslation("ledger.ui.close"), e -> close()));
    }

    private static Anchor download(
            SignOffService signOffs, Account account, SignOff s, FileFormat format, String text) {
        DownloadHandler handler = event -> {
            event.setFileName(signOffs.fileName(s, format));
            event.setContentType(format.contentType());
            signOffs.export(account, s, format, event.getOutputStream());
        };
        return new Anchor(handler, text);
    }
}
