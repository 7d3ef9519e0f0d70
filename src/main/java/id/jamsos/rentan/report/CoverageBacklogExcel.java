package id.jamsos.rentan.report;

import id.jamsos.rentan.common.excel.Column;
import id.jamsos.rentan.common.excel.XlsxWriter;

import java.util.ArrayList;
import java.util.List;

/**
 * The coverage and backlog report as an Excel sheet, the same figures as the JSON: one row per kecamatan, then
 * the regency-level tasks (Dinsos finalisation), then the regency total. Counts are integers, coverage a
 * percentage, the average a one-decimal number; figures that do not apply stay blank, not zero.
 */
final class CoverageBacklogExcel {
    static final String REGENCY_TASKS_LABEL = "Penetapan Dinas Sosial (tingkat kabupaten)";

    private CoverageBacklogExcel() {
    }

    /** A sheet row: the code and label shown in the first two columns, and the report line. */
    record Row(String code, String name, CoverageBacklogReport.Line line) {
    }

    static List<Column<Row>> columns(int historyDays) {
        return List.of(
                Column.text("Kode", 8, Row::code),
                Column.text("Kecamatan", 30, Row::name),
                Column.integer("Penduduk Rentan", 11, r -> r.line().vulnerablePopulation()),
                Column.integer("Peserta Aktif", 10, r -> r.line().activeMembers()),
                Column.percent("Cakupan", 9, r -> r.line().coveragePercent()),
                Column.integer("Calon Menunggu Lurah/Kades", 13, r -> r.line().awaitingVillage()),
                Column.integer("Calon Menunggu Camat", 11, r -> r.line().awaitingKecamatan()),
                Column.integer("Calon Menunggu Penetapan Dinsos", 13, r -> r.line().awaitingFinal()),
                Column.integer("Tugas Verifikasi Terbuka", 11, r -> r.line().openTasks()),
                Column.integer("Tugas Lewat Tenggat", 10, r -> r.line().overdueTasks()),
                Column.integer("Tugas Selesai (" + historyDays + " hari)", 11, r -> r.line().completedTasks()),
                Column.decimal("Rata-rata Hari Penyelesaian", 12, r -> r.line().averageDaysToComplete()),
                Column.integer("Selesai Lewat Tenggat", 10, r -> r.line().completedLate()));
    }

    static List<Row> rows(CoverageBacklogReport report) {
        List<Row> rows = new ArrayList<>();
        report.rows().forEach(l -> rows.add(new Row(l.kecamatanCode(), l.kecamatanName(), l)));
        rows.add(new Row(report.regencyCode(), REGENCY_TASKS_LABEL, report.regencyTasks()));
        rows.add(new Row(report.regencyCode(), "Jumlah " + report.regencyName(), report.totals()));
        return rows;
    }

    static byte[] write(CoverageBacklogReport report) {
        try (XlsxWriter writer = new XlsxWriter()) {
            return writer.sheet("Cakupan " + report.regencyCode(), columns(report.historyDays()), rows(report)).toBytes();
        }
    }
}
