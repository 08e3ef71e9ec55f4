package cn.safetygrading.document.service;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One A4 official document laid out with OpenPDF: title, 文号, paragraphs, tables and the seal box, in
 * Noto Sans SC (shipped in {@code fonts/}, subset-embedded: no font is needed on the server or the reader).
 */
final class OfficialPdf {

    private static final BaseFont FONT = loadFont();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document;
    private final Font body = new Font(FONT, 11);
    private final Font small = new Font(FONT, 9);

    OfficialPdf(String title, String documentNo) {
        this(title, documentNo, false);
    }

    /** A landscape page for wide tables (the ledger's eleven annex columns). */
    OfficialPdf(String title, String documentNo, boolean landscape) {
        document = landscape
                ? new Document(PageSize.A4.rotate(), 36, 36, 48, 40)
                : new Document(PageSize.A4, 56, 56, 64, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.open();
        Paragraph heading = CjkLineBreaks.apply(new Paragraph(title, new Font(FONT, 20, Font.BOLD)));
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(6);
        document.add(heading);
        Paragraph number = new Paragraph(documentNo, body);
        number.setAlignment(Element.ALIGN_CENTER);
        number.setSpacingAfter(14);
        document.add(number);
    }

    private static BaseFont loadFont() {
        try (InputStream in = OfficialPdf.class.getResourceAsStream("/fonts/NotoSansSC-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("fonts/NotoSansSC-Regular.ttf is missing from the classpath");
            }
            return BaseFont.createFont(
                    "NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    OfficialPdf paragraph(String text) {
        Paragraph p = CjkLineBreaks.apply(new Paragraph(text, body));
        p.setLeading(20);
        p.setSpacingAfter(6);
        document.add(p);
        return this;
    }

    /** A line in the small font, e.g. the ledger's 填报单位 line above its table. */
    OfficialPdf note(String text) {
        Paragraph p = CjkLineBreaks.apply(new Paragraph(text, small));
        p.setSpacingAfter(4);
        document.add(p);
        return this;
    }

    /** Lines for hand signatures, right of a label: the inspectors' and the enterprise's, or a receipt. */
    OfficialPdf signatures(List<String> labels) {
        PdfPTable table = new PdfPTable(new float[] {1, 1});
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        for (String label : labels) {
            PdfPCell cell = new PdfPCell(new Phrase(label + "：______________", body));
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPaddingBottom(14);
            table.addCell(cell);
        }
        if (labels.size() % 2 == 1) {
            PdfPCell blank = new PdfPCell();
            blank.setBorder(Rectangle.NO_BORDER);
            table.addCell(blank);
        }
        document.add(table);
        return this;
    }

    OfficialPdf table(List<String> headers, List<List<String>> rows, float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(CjkLineBreaks.apply(new Phrase(header, body)));
            cell.setBackgroundColor(new java.awt.Color(235, 235, 235));
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (String value : row) {
                PdfPCell cell = new PdfPCell(CjkLineBreaks.apply(new Phrase(value == null ? "" : value, small)));
                cell.setPadding(4);
                table.addCell(cell);
            }
        }
        document.add(table);
        return this;
    }

    /** The place for the seal: a framed box with the issuing unit and the date under it, on the right. */
    OfficialPdf sealBox(String sealLabel, String issuerName, String date) {
        PdfPTable outer = new PdfPTable(new float[] {1, 1});
        outer.setWidthPercentage(100);
        outer.setSpacingBefore(24);
        PdfPCell blank = new PdfPCell();
        blank.setBorder(Rectangle.NO_BORDER);
        outer.addCell(blank);
        PdfPCell seal = new PdfPCell();
        seal.setFixedHeight(110);
        seal.setBorderWidth(0.8f);
        Paragraph label = new Paragraph(sealLabel, small);
        label.setAlignment(Element.ALIGN_CENTER);
        seal.addElement(label);
        Paragraph issuer = new Paragraph(issuerName, body);
        issuer.setAlignment(Element.ALIGN_CENTER);
        issuer.setSpacingBefore(42);
        seal.addElement(issuer);
        Paragraph when = new Paragraph(date, body);
        when.setAlignment(Element.ALIGN_CENTER);
        seal.addElement(when);
        outer.addCell(seal);
        document.add(outer);
        return this;
    }

    byte[] bytes() {
        document.close();
        return out.toByteArray();
    }
}
