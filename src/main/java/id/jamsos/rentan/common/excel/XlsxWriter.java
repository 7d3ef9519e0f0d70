package id.jamsos.rentan.common.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes XLSX files as officials expect them: a bold, frozen header row with an auto-filter, typed
 * columns (text, whole rupiah, dd-mm-yyyy dates, integers, percentages, decimals) with fixed widths, printed
 * landscape one page wide with the header row repeated on every page.
 *
 * <p>An optional {@link Caption} puts title lines above the header (first line bold, each merged across the
 * table and centred, then one empty row) and footer lines one empty row below the last data row. Without a
 * caption the header is row 1, as before.
 *
 * <p>Each column's cell style is also its default style, so cells typed later in empty rows take the column's
 * type (text stays text, dates are dates).
 *
 * <p>Text that Excel would take for a formula when an official edits the cell (starting with = + - @,
 * tab or carriage return: OWASP "CSV injection") is written as a string cell with the quote-prefix flag,
 * so the value stays exactly what was exported and never becomes a formula.
 *
 * <p>Rows are streamed (SXSSF, 200 rows in memory), so a 5,000-member regency export stays small in memory.
 * Usage: {@code new XlsxWriter().sheet("Peserta", columns, rows).writeTo(out)}; one instance per file.
 */
public final class XlsxWriter implements AutoCloseable {
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int ROWS_IN_MEMORY = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final CellStyle header;
    private final Map<ColumnType, CellStyle> styles = new EnumMap<>(ColumnType.class);
    private final CellStyle quotedText;
    private final CellStyle titleFirst;
    private final CellStyle titleRest;

    public XlsxWriter() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        for (ColumnType type : ColumnType.values()) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(type.format()));
            styles.put(type, style);
        }
        quotedText = workbook.createCellStyle();
        quotedText.cloneStyleFrom(styles.get(ColumnType.TEXT));
        quotedText.setQuotePrefixed(true);
        titleFirst = workbook.createCellStyle();
        titleFirst.setFont(bold);
        titleFirst.setAlignment(HorizontalAlignment.CENTER);
        titleRest = workbook.createCellStyle();
        titleRest.setAlignment(HorizontalAlignment.CENTER);
    }

    /** Adds a sheet with a header row and one row per element of rows. */
    public <T> XlsxWriter sheet(String name, List<Column<T>> columns, Iterable<? extends T> rows) {
        return sheet(name, Caption.NONE, columns, rows);
    }

    /** Adds a sheet with the caption's title lines, a header row, one row per element of rows, the footer lines. */
    public <T> XlsxWriter sheet(String name, Caption caption, List<Column<T>> columns, Iterable<? extends T> rows) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a sheet needs at least one column");
        }
        SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        List<String> title = caption.title();
        for (int t = 0; t < title.size(); t++) {
            Cell cell = sheet.createRow(t).createCell(0);
            cell.setCellValue(title.get(t));
            cell.setCellStyle(t == 0 ? titleFirst : titleRest);
            if (columns.size() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(t, t, 0, columns.size() - 1));
            }
        }
        // One empty row between the title block and the table.
        int headerRow = title.isEmpty() ? 0 : title.size() + 1;
        Row head = sheet.createRow(headerRow);
        for (int c = 0; c < columns.size(); c++) {
            Column<T> column = columns.get(c);
            Cell cell = head.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, column.width() * 256);
            // Rows an official adds keep the column's type: a NIK typed below stays text (16 digits, no 6,2E+15),
            // a date typed in a date column is a date shown dd-mm-yyyy (Excel and LibreOffice alike).
            sheet.setDefaultColumnStyle(c, styles.get(column.type()));
        }
        int r = headerRow;
        for (T row : rows) {
            Row line = sheet.createRow(++r);
            for (int c = 0; c < columns.size(); c++) {
                Column<T> column = columns.get(c);
                write(line.createCell(c), column, column.value().apply(row));
            }
        }
        int f = r + 1;
        for (String text : caption.footer()) {
            // Long footer text overflows into the empty cells to its right, as in a typed letter.
            sheet.createRow(++f).createCell(0).setCellValue(text);
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(r, headerRow + 1), 0, columns.size() - 1));
        // Lists are printed (a decree annex is signed on paper): landscape, one page wide, header on every page.
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        return this;
    }

    private void write(Cell cell, Column<?> column, Object value) {
        cell.setCellStyle(styles.get(column.type()));
        if (value == null) {
            cell.setBlank();
            return;
        }
        switch (column.type()) {
            case TEXT -> {
                String text = value.toString();
                cell.setCellValue(text);
                if (looksLikeFormula(text)) {
                    cell.setCellStyle(quotedText);
                }
            }
            case RUPIAH, INTEGER -> {
                if (!(value instanceof Number n)) {
                    throw new IllegalArgumentException("column " + column.header() + " needs a number, got " + value);
                }
                if (n.doubleValue() != Math.rint(n.doubleValue())) {
                    throw new IllegalArgumentException("column " + column.header() + " takes whole numbers, got " + n);
                }
                cell.setCellValue(n.doubleValue());
            }
            case PERCENT, DECIMAL -> {
                if (!(value instanceof Number n)) {
                    throw new IllegalArgumentException("column " + column.header() + " needs a number, got " + value);
                }
                if (!Double.isFinite(n.doubleValue())) {
                    throw new IllegalArgumentException("column " + column.header() + " needs a finite number, got " + n);
                }
                // Via BigDecimal so that 43.12 points become the double nearest 0.4312, not 43.12 / 100.
                BigDecimal v = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
                cell.setCellValue((column.type() == ColumnType.PERCENT ? v.movePointLeft(2) : v).doubleValue());
            }
            case DATE -> {
                if (!(value instanceof LocalDate d)) {
                    throw new IllegalArgumentException("column " + column.header() + " needs a LocalDate, got " + value);
                }
                cell.setCellValue(d);
            }
        }
    }

    /** Characters with which Excel, LibreOffice and Sheets start a formula or a DDE call. */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    public void writeTo(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTo(out);
        return out.toByteArray();
    }

    /** Deletes the streaming temp files. */
    @Override
    public void close() {
        try {
            workbook.dispose();
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
