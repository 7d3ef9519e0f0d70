package id.jamsos.rentan.report;

import id.jamsos.rentan.common.NotFoundException;
import id.jamsos.rentan.common.excel.Caption;
import id.jamsos.rentan.common.excel.Column;
import id.jamsos.rentan.common.excel.XlsxWriter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * The Excel download of each dashboard chart: the figures the chart draws, one sheet, titled with the chart's
 * name and the regency. Counts are integers, amounts rupiah, months dates (the 1st), percentages percentages.
 */
public final class DashboardExcel {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private DashboardExcel() {
    }

    /** The charts of the dashboard, by the name used in their download URL ({@code /api/dashboard/<name>.xlsx}). */
    public enum Chart {
        CAKUPAN("Cakupan per kecamatan"),
        PESERTA("Peserta dari bulan ke bulan"),
        ANTREAN("Antrean verifikasi dan tugas lewat tenggat"),
        ANGGARAN("Penyerapan anggaran PKS"),
        KLAIM("Klaim dibayar per jenis dan bulan");

        private final String title;

        Chart(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        public String urlName() {
            return name().toLowerCase();
        }

        /** The chart named in a URL; an unknown name is 404 (there is no such file). */
        public static Chart of(String urlName) {
            return Arrays.stream(values()).filter(c -> c.urlName().equals(urlName)).findFirst()
                    .orElseThrow(() -> new NotFoundException("Grafik '" + (urlName.length() > 30 ? urlName.substring(0, 30)
                            : urlName) + "' tidak ada; pilihan: cakupan, peserta, antrean, anggaran, klaim"));
        }
    }

    /** One line of the budget sheets: what is measured, the PKS's figure, the figure used, and the share used (points). */
    record BudgetLine(String measure, Number total, Number used, BigDecimal percent) {
    }

    /** The workbook of one chart of a dashboard. */
    public static byte[] write(Dashboard d, Chart chart) {
        Caption caption = Caption.title(chart.title() + " \u2014 " + d.regencyName() + " (" + d.regencyCode() + ")",
                "Dasbor Jaminan Sosial, per " + STAMP.format(d.generatedAt()) + " WIB");
        try (XlsxWriter w = new XlsxWriter()) {
            switch (chart) {
                case CAKUPAN -> w.sheet("Cakupan", caption, List.<Column<Dashboard.Kecamatan>>of(
                        Column.text("Kode", 8, Dashboard.Kecamatan::code),
                        Column.text("Kecamatan", 30, Dashboard.Kecamatan::name),
                        Column.integer("Penduduk Rentan", 12, Dashboard.Kecamatan::population),
                        Column.integer("Peserta Aktif", 12, Dashboard.Kecamatan::members),
                        Column.percent("Cakupan", 10, Dashboard.Kecamatan::coveragePercent)), d.kecamatan());
                case ANTREAN -> w.sheet("Antrean", caption, List.<Column<Dashboard.Kecamatan>>of(
                        Column.text("Kode", 8, Dashboard.Kecamatan::code),
                        Column.text("Kecamatan", 30, Dashboard.Kecamatan::name),
                        Column.integer("Calon Menunggu Verifikasi", 14, Dashboard.Kecamatan::awaitingVerification),
                        Column.integer("Tugas Verifikasi Terbuka", 14, Dashboard.Kecamatan::openTasks),
                        Column.integer("Tugas Lewat Tenggat", 12, Dashboard.Kecamatan::overdueTasks)), d.kecamatan());
                case PESERTA -> w.sheet("Peserta", caption, List.<Column<Dashboard.MembersInMonth>>of(
                        Column.date("Bulan", 12, Dashboard.MembersInMonth::month),
                        Column.integer("Peserta", 12, Dashboard.MembersInMonth::members)), d.members());
                case ANGGARAN -> {
                    Dashboard.Budget b = d.budget();
                    List<BudgetLine> quota = b == null ? List.of() : List.of(new BudgetLine("Kuota peserta " + b.pksNumber(),
                            b.quota(), b.quotaUsed(), percent(b.quotaUsed(), b.quota())));
                    w.sheet("Kuota", caption, List.<Column<BudgetLine>>of(
                            Column.text("Ukuran", 36, BudgetLine::measure),
                            Column.integer("Kuota (pekerja)", 16, BudgetLine::total),
                            Column.integer("Terpakai (pekerja)", 16, BudgetLine::used),
                            Column.percent("Terserap", 10, BudgetLine::percent)), quota);
                    w.sheet("Anggaran", caption, List.<Column<BudgetLine>>of(
                            Column.text("Ukuran", 36, BudgetLine::measure),
                            Column.rupiah("Anggaran PKS", 18, BudgetLine::total),
                            Column.rupiah("Jumlah", 18, BudgetLine::used),
                            Column.percent("Terserap", 10, BudgetLine::percent)), budgetLines(b));
                    // Issue 16: members and premiums split by payer, one row per ACTIVE PKS of the regency.
                    w.sheet("Per Pembayar", caption, List.<Column<Dashboard.PayerBudget>>of(
                            Column.text("Nomor PKS", 30, Dashboard.PayerBudget::pksNumber),
                            Column.text("Pembayar", 24, Dashboard.PayerBudget::payerTitle),
                            Column.integer("Kuota (pekerja)", 14, Dashboard.PayerBudget::quota),
                            Column.integer("Peserta Aktif", 12, Dashboard.PayerBudget::members),
                            Column.rupiah("Iuran per Bulan", 16, Dashboard.PayerBudget::premiumPerMonth),
                            Column.rupiah("Anggaran PKS", 18, Dashboard.PayerBudget::budget),
                            Column.rupiah("Iuran Ditagih", 18, Dashboard.PayerBudget::invoiced),
                            Column.rupiah("Iuran Dibayar", 18, Dashboard.PayerBudget::paid)),
                            d.byPayer() == null ? List.of() : d.byPayer());
                }
                case KLAIM -> w.sheet("Klaim", caption, List.<Column<Dashboard.ClaimsInMonth>>of(
                        Column.date("Bulan", 12, Dashboard.ClaimsInMonth::month),
                        Column.text("Jenis", 8, Dashboard.ClaimsInMonth::type),
                        Column.integer("Klaim Dibayar", 12, Dashboard.ClaimsInMonth::claims),
                        Column.rupiah("Jumlah Dibayar", 18, Dashboard.ClaimsInMonth::amount)), d.claims());
            }
            return w.toBytes();
        }
    }

    /** Premium invoiced and premium paid, each against the PKS budget; none without an ACTIVE PKS. */
    static List<BudgetLine> budgetLines(Dashboard.Budget b) {
        if (b == null) {
            return List.of();
        }
        return List.of(
                new BudgetLine("Anggaran PKS " + b.pksNumber() + ": iuran ditagih", b.budget(), b.invoiced(),
                        percent(b.invoiced(), b.budget())),
                new BudgetLine("Anggaran PKS " + b.pksNumber() + ": iuran dibayar", b.budget(), b.paid(),
                        percent(b.paid(), b.budget())));
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
