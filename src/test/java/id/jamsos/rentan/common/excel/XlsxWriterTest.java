package id.jamsos.rentan.common.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxWriterTest {

    record Payment(String name, Long amount, LocalDate paidOn, Integer months) {
    }

    static final List<Column<Payment>> COLUMNS = List.of(
            Column.text("Nama", 30, Payment::name),
            Column.rupiah("Jumlah", 16, Payment::amount),
            Column.date("Tanggal Bayar", 14, Payment::paidOn),
            Column.integer("Bulan", 8, Payment::months));

    static XSSFWorkbook write(List<Payment> rows) throws IOException {
        try (XlsxWriter writer = new XlsxWriter()) {
            byte[] bytes = writer.sheet("Pembayaran", COLUMNS, rows).toBytes();
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        }
    }

    @Test
    void columnsKeepTheirTypeForRowsAnOfficialAdds() throws IOException {
        try (XSSFWorkbook wb = write(List.of(new Payment("Siti Aminah", 42_000_000L, LocalDate.of(2027, 2, 28), 36)))) {
            XSSFSheet sheet = wb.getSheet("Pembayaran");
            assertThat(sheet.getColumnStyle(0).getDataFormatString()).isEqualTo("@");
            assertThat(sheet.getColumnStyle(1).getDataFormatString()).isEqualTo("\"Rp\"#,##0");
            assertThat(sheet.getColumnStyle(2).getDataFormatString()).isEqualTo("dd-mm-yyyy");
            assertThat(sheet.getColumnStyle(3).getDataFormatString()).isEqualTo("0");
        }
    }

    @Test
    void typedCellsWithOfficialFormats() throws IOException {
        try (XSSFWorkbook wb = write(List.of(new Payment("Siti Aminah", 42_000_000L, LocalDate.of(2027, 2, 28), 36)))) {
            XSSFSheet sheet = wb.getSheet("Pembayaran");
            Row row = sheet.getRow(1);

            Cell name = row.getCell(0);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("Siti Aminah");

            Cell amount = row.getCell(1);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(42_000_000d);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("\"Rp\"#,##0");
            // An Indonesian Excel shows the dot as thousands separator.
            assertThat(new DataFormatter(new Locale("id", "ID")).formatCellValue(amount)).isEqualTo("Rp42.000.000");

            Cell paid = row.getCell(2);
            assertThat(paid.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(paid)).isTrue();
            assertThat(paid.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 2, 28));
            assertThat(paid.getCellStyle().getDataFormatString()).isEqualTo("dd-mm-yyyy");
            assertThat(new DataFormatter(new Locale("id", "ID")).formatCellValue(paid)).isEqualTo("28-02-2027");

            Cell months = row.getCell(3);
            assertThat(months.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(months.getNumericCellValue()).isEqualTo(36d);
            assertThat(months.getCellStyle().getDataFormatString()).isEqualTo("0");
        }
    }

    @Test
    void percentagesAreFractionsShownInPointsAndDecimalsKeepOneDigit() throws IOException {
        record Share(BigDecimal percent, Double days) {
        }
        List<Column<Share>> cols = List.of(Column.percent("Cakupan", 10, Share::percent),
                Column.decimal("Rata-rata Hari", 10, Share::days));
        byte[] bytes;
        try (XlsxWriter writer = new XlsxWriter()) {
            bytes = writer.sheet("Cakupan", cols, List.of(new Share(new BigDecimal("43.12"), 2.5),
                    new Share(new BigDecimal("100.00"), 0d), new Share(null, null))).toBytes();
        }
        DataFormatter indonesian = new DataFormatter(new Locale("id", "ID"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Row row = wb.getSheetAt(0).getRow(1);
            Cell percent = row.getCell(0);
            assertThat(percent.getCellType()).isEqualTo(CellType.NUMERIC);
            // Excel computes with the fraction (a SUM or average of the column stays right) and shows points.
            assertThat(percent.getNumericCellValue()).isEqualTo(0.4312d);
            assertThat(percent.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(indonesian.formatCellValue(percent)).isEqualTo("43,12%");
            Cell days = row.getCell(1);
            assertThat(days.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(days.getNumericCellValue()).isEqualTo(2.5d);
            assertThat(indonesian.formatCellValue(days)).isEqualTo("2,5");

            Row full = wb.getSheetAt(0).getRow(2);
            assertThat(indonesian.formatCellValue(full.getCell(0))).isEqualTo("100,00%");
            assertThat(indonesian.formatCellValue(full.getCell(1))).isEqualTo("0,0");
            Row empty = wb.getSheetAt(0).getRow(3);
            assertThat(empty.getCell(0).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(empty.getCell(1).getCellType()).isEqualTo(CellType.BLANK);
        }
        List<Column<String>> text = List.of(Column.percent("Cakupan", 10, s -> Double.NaN));
        try (XlsxWriter writer = new XlsxWriter()) {
            assertThatThrownBy(() -> writer.sheet("x", text, List.of("a")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Cakupan");
        }
    }

    @Test
    void headerIsBoldFrozenFilteredAndColumnsHaveTheirWidths() throws IOException {
        List<Payment> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(new Payment("Pekerja " + i, 16_800L * (i + 1), LocalDate.of(2027, 1, 1 + i), i));
        }
        try (XSSFWorkbook wb = write(rows)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            Row head = sheet.getRow(0);
            assertThat(head.getCell(0).getStringCellValue()).isEqualTo("Nama");
            assertThat(head.getCell(1).getStringCellValue()).isEqualTo("Jumlah");
            assertThat(head.getCell(2).getStringCellValue()).isEqualTo("Tanggal Bayar");
            assertThat(head.getCell(3).getStringCellValue()).isEqualTo("Bulan");
            for (int c = 0; c < 4; c++) {
                assertThat(wb.getFontAt(head.getCell(c).getCellStyle().getFontIndex()).getBold()).isTrue();
            }
            assertThat(wb.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isFalse();

            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 0);

            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D4");
            assertThat(sheet.getColumnWidth(0)).isEqualTo(30 * 256);
            assertThat(sheet.getColumnWidth(1)).isEqualTo(16 * 256);
            assertThat(sheet.getColumnWidth(3)).isEqualTo(8 * 256);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(50_400d);
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysPlainText() throws IOException {
        List<String> hostile = List.of("=HYPERLINK(\"http://evil.example\",\"klik\")", "+62812345678", "-5+3",
                "@SUM(A1:A9)", "\t=1+1", "Budi =biasa");
        List<Payment> rows = hostile.stream().map(s -> new Payment(s, null, null, null)).toList();
        try (XSSFWorkbook wb = write(rows)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            for (int i = 0; i < hostile.size(); i++) {
                Cell cell = sheet.getRow(i + 1).getCell(0);
                assertThat(cell.getCellType()).as(hostile.get(i)).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(hostile.get(i));
                boolean startsDangerous = i < 5;
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(hostile.get(i)).isEqualTo(startsDangerous);
            }
            assertNoFormulaCells(wb);
            // Empty values give blank cells, not zeros.
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void refusesValuesOfTheWrongType() {
        List<Column<String>> cols = List.of(Column.rupiah("Jumlah", 10, s -> 1.5d));
        try (XlsxWriter writer = new XlsxWriter()) {
            assertThatThrownBy(() -> writer.sheet("x", cols, List.of("a")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Jumlah");
        }
        List<Column<String>> dates = List.of(new Column<>("Tanggal", ColumnType.DATE, 10, s -> "2027-01-01"));
        try (XlsxWriter writer = new XlsxWriter()) {
            assertThatThrownBy(() -> writer.sheet("x", dates, List.of("a")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LocalDate");
        }
    }

    @Test
    void emptySheetStillHasHeaderAndFilter() throws IOException {
        try (XSSFWorkbook wb = write(List.of())) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nama");
            assertThat(sheet.getLastRowNum()).isEqualTo(0);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D2");
        }
    }

    @Test
    void captionPutsTitleAboveAndFooterBelowTheTable() throws IOException {
        Caption caption = Caption.title("LAMPIRAN KEPUTUSAN BUPATI KAPUAS", "Daftar Peserta Tahun 2027")
                .withFooter(List.of("Jumlah: 2 orang", "=bukan rumus"));
        List<Payment> rows = List.of(new Payment("Siti Aminah", 16_800L, LocalDate.of(2027, 1, 15), 1),
                new Payment("Budi", 33_600L, LocalDate.of(2027, 2, 15), 2));
        byte[] bytes;
        try (XlsxWriter writer = new XlsxWriter()) {
            bytes = writer.sheet("Lampiran", caption, COLUMNS, rows).toBytes();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            Cell first = sheet.getRow(0).getCell(0);
            assertThat(first.getStringCellValue()).isEqualTo("LAMPIRAN KEPUTUSAN BUPATI KAPUAS");
            assertThat(wb.getFontAt(first.getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Daftar Peserta Tahun 2027");
            assertThat(wb.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isFalse();
            assertThat(sheet.getMergedRegions()).extracting(CellRangeAddress::formatAsString)
                    .containsExactlyInAnyOrder("A1:D1", "A2:D2");
            // One empty row, then the header (row 4), the data, an empty row and the footer.
            assertThat((Object) sheet.getRow(2)).isNull();
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Nama");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Siti Aminah");
            assertThat(sheet.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(33_600d);
            assertThat(new DataFormatter(new Locale("id", "ID")).formatCellValue(sheet.getRow(5).getCell(2)))
                    .isEqualTo("15-02-2027");
            assertThat((Object) sheet.getRow(6)).isNull();
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("Jumlah: 2 orang");
            assertThat(sheet.getRow(8).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getLastRowNum()).isEqualTo(8);

            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A4:D6");
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("4:4");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertNoFormulaCells(wb);
        }
    }

    @Test
    void withoutCaptionTheHeaderStaysTheFirstRowAndRepeatsWhenPrinted() throws IOException {
        try (XSSFWorkbook wb = write(List.of(new Payment("Siti", 1L, null, null)))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nama");
            assertThat(sheet.getMergedRegions()).isEmpty();
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
        }
    }

    static void assertNoFormulaCells(Workbook wb) {
        wb.forEach(sheet -> sheet.forEach(row -> row.forEach(cell ->
                assertThat(cell.getCellType()).as(cell.getAddress().formatAsString()).isNotEqualTo(CellType.FORMULA))));
    }
}
