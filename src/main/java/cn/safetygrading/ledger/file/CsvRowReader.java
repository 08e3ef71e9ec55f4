package cn.safetygrading.ledger.file;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Streams a CSV file (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes) row by row.
 * The encoding is UTF-8 (with or without BOM) when the whole file decodes strictly as UTF-8, otherwise
 * GB18030 (a superset of GBK, what Chinese Excel writes as "CSV"); a file that is neither is refused.
 * The delimiter is the comma, or tab or semicolon when the header line uses those instead.
 */
public final class CsvRowReader {

    public static final Charset GB18030 = Charset.forName("GB18030");
    static final int MAX_CELL = 10_000;
    static final int MAX_COLUMNS = 200;
    private static final int BUFFER = 64 * 1024;

    /** UTF-8 if the whole file is valid UTF-8, else GB18030 if valid as that, else refused. */
    public static Charset detectCharset(Path file) throws IOException, LedgerFileException {
        if (decodesStrictly(file, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        if (decodesStrictly(file, GB18030)) {
            return GB18030;
        }
        throw new LedgerFileException("ledger.file.encoding");
    }

    private static boolean decodesStrictly(Path file, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(BUFFER);
        CharBuffer out = CharBuffer.allocate(BUFFER);
        try (InputStream stream = Files.newInputStream(file)) {
            byte[] chunk = new byte[BUFFER];
            int n;
            while ((n = stream.read(chunk, 0, in.remaining())) > 0) {
                in.put(chunk, 0, n);
                in.flip();
                CoderResult result = decoder.decode(in, out, false);
                if (result.isError()) {
                    return false;
                }
                out.clear();
                in.compact();
            }
            in.flip();
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError() || in.hasRemaining()) {
                return false;
            }
            return !decoder.flush(out).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Reads every row; {@code progress} hears the fraction of bytes read now and then. */
    public void read(Path file, RowHandler handler, DoubleConsumer progress) throws IOException, LedgerFileException {
        Charset charset = detectCharset(file);
        char delimiter = detectDelimiter(file, charset);
        long size = Math.max(1, Files.size(file));
        try (CountingInputStream counting = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
             PushbackReader reader = new PushbackReader(new InputStreamReader(counting,
                     charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)), 2)) {
            parse(reader, delimiter, handler, () -> progress.accept((double) counting.count() / size));
        }
        progress.accept(1);
    }

    private static char detectDelimiter(Path file, Charset charset) throws IOException {
        String head;
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), charset)) {
            char[] buf = new char[BUFFER];
            int n = reader.read(buf);
            head = n <= 0 ? "" : new String(buf, 0, n);
        }
        String line = head.lines().filter(l -> l.contains(LedgerColumn.USCC.title())).findFirst()
                .orElseGet(() -> head.lines().findFirst().orElse(""));
        long commas = count(line, ',');
        long tabs = count(line, '\t');
        long semicolons = count(line, ';');
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    private static void parse(PushbackReader in, char delimiter, RowHandler handler, Runnable tick)
            throws IOException, LedgerFileException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean inQuotes = false;
        boolean quoted = false;
        boolean first = true;
        int record = 1;
        int c;
        while ((c = in.read()) != -1) {
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    continue;
                }
            }
            if (inQuotes) {
                if (c == '"') {
                    int next = in.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        inQuotes = false;
                        if (next != -1) {
                            in.unread(next);
                        }
                    }
                } else {
                    cell.append((char) c);
                }
            } else if (c == '"' && cell.length() == 0 && !quoted) {
                inQuotes = true;
                quoted = true;
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
                quoted = false;
                if (cells.size() > MAX_COLUMNS) {
                    throw new LedgerFileException("ledger.file.tooManyColumns", record, MAX_COLUMNS);
                }
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    int next = in.read();
                    if (next != '\n' && next != -1) {
                        in.unread(next);
                    }
                }
                cells.add(cell.toString());
                cell.setLength(0);
                quoted = false;
                emit(record++, cells, handler);
                cells = new ArrayList<>();
                if ((record & 0x3FF) == 0) {
                    tick.run();
                }
            } else {
                cell.append((char) c);
            }
            if (cell.length() > MAX_CELL) {
                throw new LedgerFileException(inQuotes ? "ledger.file.csvQuote" : "ledger.file.cellTooLong", record, MAX_CELL);
            }
        }
        if (inQuotes) {
            throw new LedgerFileException("ledger.file.csvQuote", record, MAX_CELL);
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            emit(record, cells, handler);
        }
    }

    private static void emit(int record, List<String> cells, RowHandler handler) throws LedgerFileException {
        for (String s : cells) {
            if (!s.isBlank()) {
                handler.row(record, cells);
                return;
            }
        }
    }
}
