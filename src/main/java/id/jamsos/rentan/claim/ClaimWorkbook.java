package id.jamsos.rentan.claim;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.excel.Caption;
import id.jamsos.rentan.common.excel.Column;
import id.jamsos.rentan.common.excel.XlsxWriter;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Claims of a regency with their amounts as Excel, for the BPJS branch, Dinsos and the budget evaluation (claims
 * paid): one row per claim with heirs, payees, benefit total and what has been paid. Built from rows in memory.
 */
final class ClaimWorkbook {

    private ClaimWorkbook() {
    }

    /** One claim with its heirs, benefits and payments; overdue is decided against the export day. */
    record Line(int no, ClaimRepository.ExportRow row, List<Heir> heirs, List<Benefit> benefits, List<Payment> payments,
                LocalDate today) {
        Claim claim() {
            return row.claim();
        }

        /** Benefit transfers done (beasiswa is counted apart: it is paid school year by school year). */
        long benefitsPaid() {
            return payments.stream().filter(p -> p.benefitId() != null && "PAID".equals(p.status())).mapToLong(Payment::amount).sum();
        }

        long beasiswaPaid() {
            return payments.stream().filter(p -> p.beasiswaId() != null && "PAID".equals(p.status())).mapToLong(Payment::amount).sum();
        }

        /** Who receives money: payees of the benefits not left in the fund, in order, once each. */
        String payees() {
            return benefits.stream().filter(b -> !ClaimService.NOT_PAID.equals(b.status())).map(Benefit::payeeName)
                    .filter(Objects::nonNull).distinct().collect(Collectors.joining("; "));
        }

        String heirsText() {
            return heirs.stream().map(h -> h.name() + " (" + h.relation().label() + ")").collect(Collectors.joining("; "));
        }
    }

    static String statusLabel(ClaimStatus status) {
        return switch (status) {
            case RECEIVED -> "Diterima, belum diperiksa";
            case CHECKING_DOCUMENTS -> "Pemeriksaan dokumen";
            case AWAITING_DOCUMENTS -> "Menunggu dokumen susulan";
            case AWAITING_APPROVAL -> "Menunggu persetujuan Kepala Kantor Cabang";
            case PAYING -> "Dalam pembayaran";
            case PAID -> "Dibayar";
            case REJECTED -> "Ditolak";
            case CLOSED_INCOMPLETE -> "Ditutup, dokumen tidak lengkap";
        };
    }

    static String typeLabel(ClaimType type) {
        return switch (type) {
            case JKM -> "JKM (kematian)";
            case JKK -> "JKK (kecelakaan kerja)";
        };
    }

    private static LocalDate wib(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(Formats.WIB).toLocalDate();
    }

    static final List<Column<Line>> COLUMNS = List.of(
            Column.integer("No.", 6, Line::no),
            Column.text("Nomor Klaim", 22, l -> l.claim().claimNumber()),
            Column.text("Nomor Peserta", 14, l -> l.claim().membershipNumber()),
            Column.text("Nama Peserta", 26, l -> l.row().memberName()),
            Column.text("Jenis Klaim", 22, l -> typeLabel(l.claim().type())),
            Column.date("Tanggal Kejadian", 13, l -> l.claim().eventDate()),
            Column.date("Tanggal Pengajuan", 13, l -> wib(l.row().filedAt())),
            Column.text("Status", 30, l -> statusLabel(l.claim().status())),
            Column.text("Ahli Waris", 40, Line::heirsText),
            Column.text("Penerima Manfaat", 36, Line::payees),
            // Blank until the benefits are computed (after the document check).
            Column.rupiah("Jumlah Manfaat", 16, l -> l.claim().totalPayable()),
            Column.rupiah("Sudah Dibayar", 16, Line::benefitsPaid),
            Column.rupiah("Beasiswa Dibayar", 16, Line::beasiswaPaid),
            Column.date("Tenggat Bayar", 13, l -> l.claim().payoutDue()),
            Column.date("Tanggal Lunas", 13, l -> wib(l.claim().paidAt())),
            Column.text("Lewat Tenggat", 9, l -> ClaimController.isOverdue(l.claim(), l.today()) ? "Ya" : "Tidak"));

    static Caption caption(String regencyName, Integer year, ClaimStatus status, LocalDate today, List<Line> lines) {
        long total = lines.stream().map(l -> l.claim().totalPayable()).filter(Objects::nonNull).mapToLong(Long::longValue).sum();
        long paid = lines.stream().mapToLong(Line::benefitsPaid).sum();
        long beasiswa = lines.stream().mapToLong(Line::beasiswaPaid).sum();
        return Caption.title(
                        "KLAIM JAMINAN KEMATIAN (JKM) DAN JAMINAN KECELAKAAN KERJA (JKK) PEKERJA RENTAN",
                        regencyName + " – " + (year == null ? "semua tahun" : "diajukan tahun " + year)
                                + (status == null ? "" : " – status: " + statusLabel(status))
                                + " – keadaan per " + Formats.date(today))
                .withFooter(List.of(
                        "Jumlah klaim: " + lines.size() + "; jumlah manfaat: " + Formats.rupiah(total),
                        "Sudah dibayar: " + Formats.rupiah(paid) + "; beasiswa dibayar: " + Formats.rupiah(beasiswa)));
    }

    static byte[] write(String regencyName, Integer year, ClaimStatus status, LocalDate today, List<Line> lines) {
        try (XlsxWriter writer = new XlsxWriter()) {
            return writer.sheet("Klaim", caption(regencyName, year, status, today, lines), COLUMNS, lines).toBytes();
        }
    }
}
