package id.jamsos.rentan.common;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as officials' Excel writes it, read with Apache Commons CSV (RFC 4180): a header row, ',' or ';'
 * separators (';' when the header has ';' and no ',', as Excel with an Indonesian locale saves), CRLF or LF, an
 * optional UTF-8 byte order mark, quoted cells holding separators, quotes ("") and line breaks (Alt+Enter).
 * <p>
 * Row numbers are the ones the official sees when opening the file in Excel: the header is row 1, a quoted cell
 * with line breaks stays in its one row, blank lines count as (empty) rows and are skipped.
 * <p>
 * Refused with a {@link ValidationException} on field {@code file}: not UTF-8, no header, a quote left open.
 */
public final class CsvTable {
    private final List<String> header;
    private final List<Row> rows;

    /** One data row: its Excel row number (header = 1) and its cells, untrimmed, never null. */
    public record Row(int number, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell at a 0-based column, or null when the row is shorter. */
        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : null;
        }
    }

    private CsvTable(List<String> header, List<Row> rows) {
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Reads the whole stream (the caller bounds its size: uploads are limited by {@code jamsos.upload}). */
    public static CsvTable read(InputStream in) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw ValidationException.of("file",
                    "Berkas CSV harus berenkode UTF-8 (di Excel: Simpan sebagai \"CSV UTF-8\")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(text);
    }

    /** Parses CSV text (a leading byte order mark is dropped). */
    public static CsvTable parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw ValidationException.of("file", "Berkas kosong: baris judul kolom tidak ada");
        }
        int firstBreak = text.indexOf('\n');
        char sep = separatorOf(firstBreak < 0 ? text : text.substring(0, firstBreak));
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(sep).setIgnoreEmptyLines(false).get();
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        int excelRow = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                excelRow++;
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new Row(excelRow, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ValidationException.of("file", "Berkas CSV rusak setelah baris " + Math.max(excelRow, 1)
                    + ": tanda kutip (\") tidak ditutup atau ada teks setelah tanda kutip penutup");
        }
        return new CsvTable(header, rows);
    }

    /** ';' when the header uses it and no ',' (Excel with an Indonesian locale), else ','. */
    static char separatorOf(String header) {
        return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    }
}
