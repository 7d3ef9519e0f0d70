package id.jamsos.rentan.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's Excel sheet built from a report by hand, opened with POI as an Indonesian Excel shows it. */
class CoverageBacklogExcelTest {
    static final List<String> HEADER = List.of("Kode", "Kecamatan", "Penduduk Rentan", "Peserta Aktif", "Cakupan",
            "Calon Menunggu Lurah/Kades", "Calon Menunggu Camat", "Calon Menunggu Penetapan Dinsos",
            "Tugas Verifikasi Terbuka", "Tugas Lewat Tenggat", "Tugas Selesai (30 hari)", "Rata-rata Hari Penyelesaian",
            "Selesai Lewat Tenggat");
    static final DataFormatter INDONESIAN = new DataFormatter(new Locale("id", "ID"));

    static CoverageBacklogReport report() {
        var selat = new CoverageBacklogReport.Line("620301", "Selat", 1250, 539L, new BigDecimal("43.12"), 12L, 3L, 0L,
                4, 1, 9, new BigDecimal("2.5"), 2);
        // No population recorded: no percentage; nothing completed: no average.
        var hilir = new CoverageBacklogReport.Line("620302", "Kapuas Hilir", null, 7L, null, 0L, 0L, 5L, 0, 0, 0, null, 0);
        var dinsos = new CoverageBacklogReport.Line(null, null, null, null, null, null, null, null, 1, 1, 2,
                new BigDecimal("6.0"), 1);
        var total = new CoverageBacklogReport.Line(null, null, 9000, 546L, new BigDecimal("6.07"), 12L, 3L, 5L, 5, 2, 11,
                new BigDecimal("3.1"), 3);
        OffsetDateTime at = OffsetDateTime.parse("2026-11-21T10:15:00+07:00");
        return new CoverageBacklogReport("6203", "Kabupaten Kapuas", at, 30, at.minusDays(30), List.of(selat, hilir),
                dinsos, total);
    }

    static XSSFWorkbook open(CoverageBacklogReport report) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(CoverageBacklogExcel.write(report)));
    }

    static List<String> shown(Row row) {
        return java.util.stream.IntStream.range(0, HEADER.size())
                .mapToObj(c -> row.getCell(c) == null ? "" : INDONESIAN.formatCellValue(row.getCell(c))).toList();
    }

    @Test
    void headerNamesTheFiguresInIndonesianWithTheHistoryWindow() throws IOException {
        try (XSSFWorkbook wb = open(report())) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Cakupan 6203");
            Row head = sheet.getRow(0);
            assertThat(head.getLastCellNum()).isEqualTo((short) HEADER.size());
            for (int c = 0; c < HEADER.size(); c++) {
                assertThat(head.getCell(c).getStringCellValue()).isEqualTo(HEADER.get(c));
            }
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            // Two kecamatan, the regency-level tasks, the total.
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void kecamatanRowsAreTypedAndShownTheIndonesianWay() throws IOException {
        try (XSSFWorkbook wb = open(report())) {
            XSSFSheet sheet = wb.getSheetAt(0);
            Row selat = sheet.getRow(1);
            assertThat(shown(selat)).containsExactly("620301", "Selat", "1250", "539", "43,12%", "12", "3", "0", "4", "1",
                    "9", "2,5", "2");
            assertThat(selat.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(selat.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            for (int c = 2; c < HEADER.size(); c++) {
                assertThat(selat.getCell(c).getCellType()).as(HEADER.get(c)).isEqualTo(CellType.NUMERIC);
            }
            assertThat(selat.getCell(2).getNumericCellValue()).isEqualTo(1250d);
            assertThat(selat.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0");
            Cell coverage = selat.getCell(4);
            assertThat(coverage.getNumericCellValue()).isEqualTo(0.4312d);
            assertThat(coverage.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            Cell average = selat.getCell(11);
            assertThat(average.getNumericCellValue()).isEqualTo(2.5d);
            assertThat(average.getCellStyle().getDataFormatString()).isEqualTo("0.0");

            // Not recorded or not applicable: blank, not 0.
            Row hilir = sheet.getRow(2);
            assertThat(shown(hilir)).containsExactly("620302", "Kapuas Hilir", "", "7", "", "0", "0", "5", "0", "0", "0", "",
                    "0");
            assertThat(hilir.getCell(2).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(hilir.getCell(4).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(hilir.getCell(11).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void regencyTasksAndTotalCloseTheSheet() throws IOException {
        try (XSSFWorkbook wb = open(report())) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(shown(sheet.getRow(3))).containsExactly("6203", "Penetapan Dinas Sosial (tingkat kabupaten)", "", "", "",
                    "", "", "", "1", "1", "2", "6,0", "1");
            assertThat(shown(sheet.getRow(4))).containsExactly("6203", "Jumlah Kabupaten Kapuas", "9000", "546", "6,07%", "12",
                    "3", "5", "5", "2", "11", "3,1", "3");
        }
    }
}
