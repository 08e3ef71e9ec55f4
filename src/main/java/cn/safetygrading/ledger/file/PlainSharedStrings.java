package cn.safetygrading.ledger.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings of a workbook as plain text, read the way POI's {@code ReadOnlySharedStringsTable}
 * reads them (the text of every {@code <t>} of an {@code <si>}, phonetic runs {@code <rPh>} left out,
 * Excel's {@code _xHHHH_} escapes decoded as {@code XSSFRichTextString} decodes them), but each string
 * decoded once when read: POI's table builds an XMLBeans rich text for every cell that looks a string
 * up, which was most of the time an import spent on an .xlsx. Parsed by a reader that refuses a DOCTYPE.
 * Bounded by {@link XlsxLimits}: more strings, or more characters in all, than the limits allow refuse
 * the file while it is read ({@link TooLarge}), so a shared-strings bomb never fills the heap.
 */
final class PlainSharedStrings extends DefaultHandler implements SharedStrings {

    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final XlsxLimits limits;
    private List<String> strings;
    private StringBuilder text;
    private long chars;
    private boolean inT;
    private boolean inPhonetic;
    private int count;
    private int uniqueCount;

    private PlainSharedStrings(XlsxLimits limits) {
        this.limits = limits;
    }

    /** The package's shared strings; none if it has no shared-strings part. */
    static PlainSharedStrings of(OPCPackage pkg, XlsxLimits limits)
            throws IOException, SAXException, ParserConfigurationException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new PlainSharedStrings(limits);
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            return read(in, limits);
        }
    }

    /** The shared strings of a {@code sharedStrings.xml}, within the default limits; none if the stream is empty. */
    static PlainSharedStrings read(InputStream stream) throws IOException, SAXException, ParserConfigurationException {
        return read(stream, XlsxLimits.DEFAULT);
    }

    /** The shared strings of a {@code sharedStrings.xml}; none if the stream is empty. */
    static PlainSharedStrings read(InputStream stream, XlsxLimits limits)
            throws IOException, SAXException, ParserConfigurationException {
        PlainSharedStrings table = new PlainSharedStrings(limits);
        PushbackInputStream in = new PushbackInputStream(stream, 1);
        int first = in.read();
        if (first > -1) {
            in.unread(first);
            XMLReader parser = XlsxRowReader.hardenedReader();
            parser.setContentHandler(table);
            parser.parse(new InputSource(in));
        }
        return table;
    }

    @Override
    public RichTextString getItemAt(int idx) {
        if (strings == null || idx >= strings.size() || idx < 0) {
            throw new IllegalStateException("Cannot get item at " + idx + " with "
                    + (strings == null ? 0 : strings.size()) + " shared strings");
        }
        return new Text(strings.get(idx));
    }

    @Override
    public int getCount() {
        return count;
    }

    @Override
    public int getUniqueCount() {
        return uniqueCount;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (uri != null && !uri.equals(NS)) {
            return;
        }
        switch (localName) {
            case "sst" -> {
                String c = attributes.getValue("count");
                if (c != null) {
                    count = (int) Long.parseLong(c);
                }
                String u = attributes.getValue("uniqueCount");
                if (u != null) {
                    uniqueCount = (int) Long.parseLong(u);
                }
                strings = new ArrayList<>(Math.min(uniqueCount, 100_000));
                text = new StringBuilder(64);
            }
            case "si" -> {
                if (text != null) {
                    text.setLength(0);
                }
            }
            case "t" -> inT = true;
            case "rPh" -> inPhonetic = true;
            default -> {}
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (uri != null && !uri.equals(NS)) {
            return;
        }
        switch (localName) {
            case "si" -> {
                if (strings != null && text != null) {
                    if (strings.size() >= limits.maxSharedStrings()) {
                        throw new TooLarge(
                                new LedgerFileException("ledger.file.tooManyStrings", limits.maxSharedStrings()));
                    }
                    strings.add(decode(text.toString()));
                }
            }
            case "t" -> inT = false;
            case "rPh" -> inPhonetic = false;
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inT && !inPhonetic && text != null) {
            chars += length;
            if (chars > limits.maxSharedStringChars()) {
                throw new TooLarge(
                        new LedgerFileException("ledger.file.stringsTooLong", limits.maxSharedStringChars()));
            }
            if (text.length() + length > limits.maxCellChars()) {
                throw new TooLarge(new LedgerFileException("ledger.file.xlsxCellTooLong", limits.maxCellChars()));
            }
            text.append(ch, start, length);
        }
    }

    /** A limit of {@link XlsxLimits} reached: stops the parse and carries the refusal out of it. */
    static final class TooLarge extends RuntimeException {
        final transient LedgerFileException refusal;

        TooLarge(LedgerFileException refusal) {
            super(refusal.getMessage(), null, false, false);
            this.refusal = refusal;
        }
    }

    /** Excel's escapes of characters XML cannot hold: {@code _x000D_} is a carriage return. */
    static String decode(String value) {
        if (!value.contains("_x")) {
            return value;
        }
        Matcher m = ESCAPE.matcher(value);
        StringBuilder out = new StringBuilder(value.length());
        int at = 0;
        while (m.find()) {
            out.append(value, at, m.start());
            out.append((char) Integer.parseInt(m.group(1), 16));
            at = m.end();
        }
        if (at == 0) {
            return value;
        }
        out.append(value, at, value.length());
        return out.toString();
    }

    /** A shared string as the sheet handler asks for it: only its text is ever read. */
    private record Text(String text) implements RichTextString {

        @Override
        public String getString() {
            return text;
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public int numFormattingRuns() {
            return 0;
        }

        @Override
        public int getIndexOfFormattingRun(int index) {
            return 0;
        }

        @Override
        public void applyFont(int startIndex, int endIndex, short fontIndex) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void applyFont(int startIndex, int endIndex, Font font) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void applyFont(Font font) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void clearFormatting() {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void applyFont(short fontIndex) {
            throw new UnsupportedOperationException("read only");
        }
    }
}
