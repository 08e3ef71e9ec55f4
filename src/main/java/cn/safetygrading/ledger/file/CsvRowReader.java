package cn.safetygrading.ledger.file;

import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
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
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a CSV file (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes) row by row
 * through commons-csv; record numbers count blank lines, as Excel's row numbers do.
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
        try (CountingInputStream counting =
                        new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
                PushbackReader reader = new PushbackReader(
                        new InputStreamReader(
                                counting, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)),
                        2)) {
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
        String line = head.lines()
                .filter(l -> l.contains(LedgerColumn.USCC.title()))
                .findFirst()
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
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        RecordGuard guard = new RecordGuard(in);
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
        long record = 1;
        try (CSVParser parser =
                CSVParser.builder().setReader(guard).setFormat(format).get()) {
            for (CSVRecord r : parser) {
                record = r.getRecordNumber();
                guard.recordStartsAt(r.getCharacterPosition());
                if (r.size() > MAX_COLUMNS) {
                    throw new LedgerFileException("ledger.file.tooManyColumns", record, MAX_COLUMNS);
                }
                List<String> cells = r.toList();
                for (String cell : cells) {
                    if (cell.length() > MAX_CELL) {
                        throw new LedgerFileException("ledger.file.cellTooLong", record, MAX_CELL);
                    }
                }
                emit((int) record, new ArrayList<>(cells), handler);
                if ((record & 0x3FF) == 0) {
                    tick.run();
                }
                record++;
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException) {
                throw new LedgerFileException("ledger.file.csvQuote", record, MAX_CELL);
            }
            throw e.getCause();
        } catch (RecordGuard.TooLong e) {
            throw new LedgerFileException("ledger.file.csvQuote", record, MAX_CELL);
        }
    }

    /**
     * Bounds the memory one record may take: commons-csv gathers a record (an unclosed quote runs to the
     * end of the file) without limit, so reading stops when a record grows beyond all its cells' limits.
     */
    private static final class RecordGuard extends FilterReader {

        static final long MAX_RECORD = (long) MAX_COLUMNS * (MAX_CELL + 3) + BUFFER;

        static final class TooLong extends RuntimeException {
            TooLong() {
                super(null, null, false, false);
            }
        }

        private long read;
        private long recordStart;

        RecordGuard(Reader in) {
            super(in);
        }

        void recordStartsAt(long position) {
            recordStart = position;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c == -1 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int n = super.read(cbuf, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read - recordStart > MAX_RECORD) {
                throw new TooLong();
            }
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
