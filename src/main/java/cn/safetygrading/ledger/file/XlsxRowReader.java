package cn.safetygrading.ledger.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the first sheet of an .xlsx row by row with POI's event API (SAX over the sheet XML; only the
 * shared strings, as {@link PlainSharedStrings}, and styles are held), never as a workbook in memory. Before reading, every XML part is
 * checked: a DOCTYPE (the vehicle of external entities, XXE) refuses the file; so does a ZIP whose
 * entries inflate beyond {@link #MAX_ENTRY_SIZE} or by more than 100 times (zip bomb). While reading,
 * {@link XlsxLimits} bound what the inflated parts may put in memory: the shared strings (count and
 * characters) and the text of one cell; the rows of a sheet are bounded by the import that reads them.
 * <p>
 * Long because the package checks and the SAX handler of the sheet are one streaming read with shared limits.
 */
public final class XlsxRowReader {

    /** Largest inflated part accepted: a sheet of 100,000 ledger rows is about 40 MB. */
    public static final long MAX_ENTRY_SIZE = 512L * 1024 * 1024;
    /** Smallest compressed/inflated ratio accepted (POI's default, stated here on purpose). */
    public static final double MIN_INFLATE_RATIO = 0.01;

    static final int MAX_COLUMNS = 200;
    static final int MAX_ENTRIES = 10_000;
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }

    private final XlsxLimits limits;

    public XlsxRowReader() {
        this(XlsxLimits.DEFAULT);
    }

    public XlsxRowReader(XlsxLimits limits) {
        this.limits = limits;
    }

    public void read(Path file, RowHandler handler, DoubleConsumer progress) throws IOException, LedgerFileException {
        refuseDoctypes(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            PlainSharedStrings strings = PlainSharedStrings.of(pkg, limits);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new LedgerFileException("ledger.file.noSheet");
            }
            try (InputStream sheet = sheets.next()) {
                PackagePart part = sheets.getSheetPart();
                long size = Math.max(1, part.getSize());
                CountingInputStream counting = new CountingInputStream(sheet);
                Rows rows = new Rows(handler, () -> progress.accept((double) counting.count() / size));
                XMLReader parser = hardenedReader();
                parser.setContentHandler(new CellLengthGuard(
                        new XSSFSheetXMLHandler(styles, null, strings, rows, new DataFormatter(Locale.ROOT), false),
                        limits.maxCellChars()));
                parser.parse(new InputSource(counting));
            }
            progress.accept(1);
        } catch (RowFailure e) {
            throw e.failure;
        } catch (PlainSharedStrings.TooLarge e) {
            throw e.refusal;
        } catch (LedgerFileException e) {
            throw e;
        } catch (NotOfficeXmlFileException | InvalidFormatException | OpenXML4JRuntimeException e) {
            throw refusal(e);
        } catch (OpenXML4JException
                | SAXException
                | ParserConfigurationException
                | POIXMLException
                | IllegalArgumentException
                | IllegalStateException e) {
            throw refusal(e);
        } catch (IOException e) {
            if (isZipBomb(e)) {
                throw new LedgerFileException(e, "ledger.file.zipBomb");
            }
            throw e;
        }
    }

    private static LedgerFileException refusal(Exception e) {
        if (isZipBomb(e)) {
            return new LedgerFileException(e, "ledger.file.zipBomb");
        }
        if (isDoctype(e)) {
            return new LedgerFileException(e, "ledger.file.xxe");
        }
        return new LedgerFileException(e, "ledger.file.badXlsx");
    }

    /**
     * Parses the prolog of every XML part of the ZIP with DOCTYPE disallowed, stopping at each root
     * element (so only a few bytes of each part are inflated). Runs before POI opens the package.
     */
    private static void refuseDoctypes(Path file) throws LedgerFileException, IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new LedgerFileException("ledger.file.badXlsx");
            }
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (entry.isDirectory()
                        || !(name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml"))) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    XMLReader parser = hardenedReader();
                    parser.setContentHandler(new DefaultHandler() {
                        @Override
                        public void startElement(String uri, String localName, String qName, Attributes attributes)
                                throws SAXException {
                            throw new RootReached();
                        }
                    });
                    parser.parse(new InputSource(in));
                } catch (RootReached fine) {
                    // the prolog had no DOCTYPE
                }
            }
        } catch (ZipException e) {
            throw new LedgerFileException(e, "ledger.file.badXlsx");
        } catch (SAXParseException e) {
            throw isDoctype(e)
                    ? new LedgerFileException(e, "ledger.file.xxe")
                    : new LedgerFileException(e, "ledger.file.badXlsx");
        } catch (SAXException | ParserConfigurationException e) {
            throw refusal(e);
        }
    }

    static XMLReader hardenedReader() throws SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setFeature(DISALLOW_DOCTYPE, true);
        return parser;
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null
                    && (m.contains("Zip bomb")
                            || m.contains("max size of the expanded data")
                            || m.contains("exceed the max"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDoctype(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.contains("DOCTYPE")) {
                return true;
            }
        }
        return false;
    }

    /** Stops a prolog check at the root element. */
    private static final class RootReached extends SAXException {
        RootReached() {
            super("root element reached");
        }
    }

    /** Carries a row handler's refusal through the SAX parser. */
    private static final class RowFailure extends RuntimeException {
        final LedgerFileException failure;

        RowFailure(LedgerFileException failure) {
            super(failure);
            this.failure = failure;
        }
    }

    /**
     * The 0-based column of a cell reference such as {@code AB12}: its letters read as a base-26 number.
     * Anything else (which a sheet's {@code r} attribute should never be) goes to POI's {@link CellReference}.
     */
    static int column(String reference) {
        int column = 0;
        int i = 0;
        int n = reference.length();
        while (i < n && i < 4) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            i++;
        }
        if (i == 0 || i == n || i == 4 || !digitsOnly(reference, i)) {
            return new CellReference(reference).getCol();
        }
        return column - 1;
    }

    private static boolean digitsOnly(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowHandler handler;
        private final Runnable tick;
        private String[] cells = new String[16];
        private int width;
        private int nextColumn;

        Rows(RowHandler handler, Runnable tick) {
            this.handler = handler;
            this.tick = tick;
        }

        @Override
        public void startRow(int rowNum) {
            Arrays.fill(cells, 0, width, null);
            width = 0;
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            if (width == 0) {
                return;
            }
            List<String> row = new ArrayList<>(width);
            boolean any = false;
            for (int i = 0; i < width; i++) {
                String v = cells[i] == null ? "" : cells[i];
                any |= !v.isBlank();
                row.add(v);
            }
            if (!any) {
                return;
            }
            try {
                handler.row(rowNum + 1, row);
            } catch (LedgerFileException e) {
                throw new RowFailure(e);
            }
            if ((rowNum & 0x3FF) == 0) {
                tick.run();
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? nextColumn : column(cellReference);
            nextColumn = column + 1;
            if (column >= MAX_COLUMNS) {
                return;
            }
            if (column >= cells.length) {
                cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
            }
            cells[column] = formattedValue;
            width = Math.max(width, column + 1);
        }
    }
}
