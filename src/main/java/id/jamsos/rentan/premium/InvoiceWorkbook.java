package id.jamsos.rentan.premium;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.excel.Caption;
import id.jamsos.rentan.common.excel.Column;
import id.jamsos.rentan.common.excel.XlsxWriter;

import java.time.LocalDate;
import java.util.List;

/**
 * A regency's monthly premium invoices (iuran) as Excel for Dinsos and the budget office: one row per month
 * and PKS with amounts in whole rupiah, and the totals paid and outstanding below. Built from rows in memory.
 */
final class InvoiceWorkbook {
    static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
            "September", "Oktober", "November", "Desember"};

    private InvoiceWorkbook() {
    }

    /** One row; overdue is decided against the export day, so the file states the day it describes. */
    /** @param payer the paying office the invoice is addressed to (issue 16), e.g. "Dinas Sosial", "Kesbangpol" */
    record Line(int no, PremiumInvoice invoice, LocalDate today, String payer) {
        Line(int no, PremiumInvoice invoice, LocalDate today) {
            this(no, invoice, today, "Dinas Sosial");
        }

        boolean overdue() {
            return InvoiceWorkbook.overdue(invoice, today);
        }
    }

    static boolean overdue(PremiumInvoice i, LocalDate today) {
        return PremiumInvoice.UNPAID.equals(i.status()) && i.dueDate().isBefore(today);
    }

    static String period(LocalDate month) {
        return MONTHS[month.getMonthValue() - 1] + " " + month.getYear();
    }

    static String statusLabel(PremiumInvoice i, LocalDate today) {
        return switch (i.status()) {
            case PremiumInvoice.UNPAID -> overdue(i, today) ? "Menunggak (lewat jatuh tempo)" : "Belum dibayar";
            case PremiumInvoice.PAID -> "Lunas";
            case PremiumInvoice.PAID_LATE -> "Lunas terlambat";
            default -> i.status();
        };
    }

    static final List<Column<Line>> COLUMNS = List.of(
            Column.integer("No.", 6, Line::no),
            Column.text("Nomor Tagihan", 18, l -> l.invoice().invoiceNumber()),
            Column.text("Periode", 16, l -> period(l.invoice().periodMonth())),
            Column.text("Nomor PKS", 16, l -> l.invoice().pksNumber()),
            Column.integer("Jumlah Peserta", 10, l -> l.invoice().memberCount()),
            Column.rupiah("Iuran per Peserta", 12, l -> l.invoice().premiumPerMonth()),
            Column.rupiah("Jumlah Tagihan", 16, l -> l.invoice().amount()),
            Column.date("Jatuh Tempo", 13, l -> l.invoice().dueDate()),
            Column.text("Status", 28, l -> statusLabel(l.invoice(), l.today())),
            Column.date("Tanggal Bayar", 13, l -> l.invoice().paidOn()),
            Column.text("Referensi Pembayaran", 22, l -> l.invoice().paymentReference()),
            Column.text("Ditagihkan kepada", 18, Line::payer));

    static Caption caption(String regencyName, Integer year, LocalDate today, List<Line> lines) {
        long total = lines.stream().mapToLong(l -> l.invoice().amount()).sum();
        long paid = lines.stream().filter(l -> !PremiumInvoice.UNPAID.equals(l.invoice().status()))
                .mapToLong(l -> l.invoice().amount()).sum();
        long arrears = lines.stream().filter(Line::overdue).mapToLong(l -> l.invoice().amount()).sum();
        return Caption.title(
                        "TAGIHAN IURAN JAMINAN SOSIAL KETENAGAKERJAAN (JKK DAN JKM) PEKERJA RENTAN",
                        regencyName + " – " + (year == null ? "semua tahun" : "Tahun " + year)
                                + " – keadaan per " + Formats.date(today))
                .withFooter(List.of(
                        "Jumlah tagihan: " + lines.size() + " tagihan, " + Formats.rupiah(total),
                        "Sudah dibayar: " + Formats.rupiah(paid),
                        "Belum dibayar: " + Formats.rupiah(total - paid) + " (menunggak " + Formats.rupiah(arrears) + ")"));
    }

    static byte[] write(String regencyName, Integer year, LocalDate today, List<Line> lines) {
        try (XlsxWriter writer = new XlsxWriter()) {
            return writer.sheet("Tagihan Iuran", caption(regencyName, year, today, lines), COLUMNS, lines).toBytes();
        }
    }
}
