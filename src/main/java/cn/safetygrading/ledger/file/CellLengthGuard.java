package cn.safetygrading.ledger.file;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Passes a sheet's SAX events on and refuses the file when the text of one value element ({@code v},
 * {@code t} of an inline string, {@code f}) grows beyond a limit: POI's sheet handler gathers it without
 * bound. Text elsewhere (blanks between elements) is not kept by POI and not counted here.
 */
final class CellLengthGuard implements ContentHandler {

    private final ContentHandler next;
    private final int maxChars;
    private long run;
    private boolean inValue;

    CellLengthGuard(ContentHandler next, int maxChars) {
        this.next = next;
        this.maxChars = maxChars;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        run += inValue ? length : 0;
        if (run > maxChars) {
            throw new PlainSharedStrings.TooLarge(new LedgerFileException("ledger.file.xlsxCellTooLong", maxChars));
        }
        next.characters(ch, start, length);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        run = 0;
        inValue = "v".equals(localName) || "t".equals(localName) || "f".equals(localName);
        next.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        run = 0;
        inValue = false;
        next.endElement(uri, localName, qName);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        next.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        next.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        next.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        next.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        next.endPrefixMapping(prefix);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        next.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        next.processingInstruction(target, data);
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        next.skippedEntity(name);
    }
}
