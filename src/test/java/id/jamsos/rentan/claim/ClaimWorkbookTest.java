package id.jamsos.rentan.claim;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The claims workbook built from claims in memory and read back with POI as an Indonesian Excel shows it. */
class ClaimWorkbookTest {
    static final List<String> HEADER = List.of("No.", "Nomor Klaim", "Nomor Peserta", "Nama Peserta", "Jenis Klaim",
            "Tanggal Kejadian", "Tanggal Pengajuan", "Status", "Ahli Waris", "Penerima Manfaat", "Jumlah Manfaat",
            "Sudah Dibayar", "Beasiswa Dibayar", "Tenggat Bayar", "Tanggal Lunas", "Lewat Tenggat");
    static final DataFormatter INDONESIAN = new DataFormatter(new Locale("id", "ID"));
    static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    static Claim claim(String number, ClaimType type, ClaimStatus status, Long total, LocalDate due, OffsetDateTime paidAt) {
        return new Claim(number, "6203", "6203990" + number.substring(number.length() - 4), type, LocalDate.of(2027, 2, 20),
                "474.3/1/KPS/2027", type == ClaimType.JKK ? 2_000_000L : null, status, true, "peserta aktif", 1, null, null,
                null, total, null, due, paidAt, "bpjs.6203");
    }

    static Heir heir(long id, String claim, String name, Relation relation) {
        return new Heir(id, claim, name, "6203015505850001", relation, LocalDate.of(1985, 5, 15), "BRI", "0012010003001",
                null, relation.group(), relation.group() == 1);
    }

    static Benefit benefit(long id, String claim, String kind, long amount, String payee, String status) {
        return new Benefit(id, claim, kind, amount, null, payee, payee == null ? null : "BRI", null, status, null);
    }

    static Payment payment(long id, String claim, Long benefitId, Long beasiswaId, long amount, String status) {
        return new Payment(id, claim, benefitId, beasiswaId, amount, "x", "BRI", "0012010003001", status, null, null);
    }

    static String shown(Row row, int c) {
        Cell cell = row.getCell(c);
        return cell == null ? "" : INDONESIAN.formatCellValue(cell);
    }

    static List<ClaimWorkbook.Line> lines() {
        String paid = "KLM-6203-2027-0001";
        String big = "KLM-6203-2027-0002";
        String fresh = "KLM-6203-2027-0003";
        String noHeir = "KLM-6203-2027-0004";
        List<ClaimWorkbook.Line> lines = new ArrayList<>();
        // Filed 27-02 23:30 UTC, i.e. 28-02 in WIB; paid 05-03 in WIB.
        lines.add(new ClaimWorkbook.Line(1, new ClaimRepository.ExportRow(claim(paid, ClaimType.JKM, ClaimStatus.PAID,
                42_000_000L, LocalDate.of(2027, 3, 4), OffsetDateTime.of(2027, 3, 5, 10, 0, 0, 0, WIB)), "Ahmad Saputra",
                OffsetDateTime.of(2027, 2, 27, 23, 30, 0, 0, ZoneOffset.UTC)),
                List.of(heir(1, paid, "Siti Aminah", Relation.SPOUSE), heir(2, paid, "Rudi", Relation.CHILD),
                        heir(3, paid, "Pak Darto", Relation.PARENT)),
                List.of(benefit(1, paid, "LUMP_SUM", 10_000_000, "Siti Aminah", "PAID"),
                        benefit(2, paid, "LUMP_SUM", 10_000_000, "Rudi", "PAID"),
                        benefit(3, paid, "PERIODIC", 6_000_000, "Siti Aminah", "PAID"),
                        benefit(4, paid, "PERIODIC", 6_000_000, "Rudi", "PAID"),
                        benefit(5, paid, "FUNERAL", 5_000_000, "Siti Aminah", "PAID"),
                        benefit(6, paid, "FUNERAL", 5_000_000, "Rudi", "PAID")),
                List.of(payment(1, paid, 1L, null, 10_000_000, "PAID"), payment(2, paid, 2L, null, 10_000_000, "PAID"),
                        payment(3, paid, 3L, null, 6_000_000, "PAID"), payment(4, paid, 4L, null, 6_000_000, "PAID"),
                        payment(5, paid, 5L, null, 5_000_000, "PAID"), payment(6, paid, 6L, null, 5_000_000, "PAID"),
                        payment(7, paid, null, 1L, 1_500_000, "PAID"), payment(8, paid, null, 2L, 2_000_000, "PENDING")),
                TODAY));
        // Above the approval threshold and past its payout date: overdue.
        lines.add(new ClaimWorkbook.Line(2, new ClaimRepository.ExportRow(claim(big, ClaimType.JKK,
                ClaimStatus.AWAITING_APPROVAL, 118_000_000L, LocalDate.of(2027, 3, 1), null), "Budi Hidayat",
                OffsetDateTime.of(2027, 2, 25, 9, 0, 0, 0, WIB)),
                List.of(heir(4, big, "Wati", Relation.SPOUSE)),
                List.of(benefit(7, big, "DEATH_COMPENSATION", 96_000_000, "Wati", "PAYABLE"),
                        benefit(8, big, "FUNERAL", 22_000_000, "Wati", "PAYABLE")),
                List.of(), TODAY));
        // Just filed: nothing computed yet.
        lines.add(new ClaimWorkbook.Line(3, new ClaimRepository.ExportRow(claim(fresh, ClaimType.JKM, ClaimStatus.RECEIVED,
                null, null, null), "=Nur Lestari", OffsetDateTime.of(2027, 3, 9, 8, 0, 0, 0, WIB)),
                List.of(heir(5, fresh, "Yusuf", Relation.SIBLING)), List.of(), List.of(), TODAY));
        // No heir and no will: the funeral money to whoever buried the member, the rest stays in the fund.
        lines.add(new ClaimWorkbook.Line(4, new ClaimRepository.ExportRow(claim(noHeir, ClaimType.JKM, ClaimStatus.PAYING,
                10_000_000L, LocalDate.of(2027, 3, 12), null), "Iwan", OffsetDateTime.of(2027, 3, 6, 8, 0, 0, 0, WIB)),
                List.of(),
                List.of(benefit(9, noHeir, "FUNERAL", 10_000_000, "Pak RT Sabran", "PAYABLE"),
                        benefit(10, noHeir, "LUMP_SUM", 20_000_000, null, "NOT_PAID"),
                        benefit(11, noHeir, "PERIODIC", 12_000_000, null, "NOT_PAID")),
                List.of(payment(9, noHeir, 9L, null, 10_000_000, "PENDING")), TODAY));
        return lines;
    }

    @Test
    void claimsWithAmountsPayeesDatesAndIndonesianLabels() throws IOException {
        byte[] bytes = ClaimWorkbook.write("Kabupaten Kapuas", 2027, null, TODAY, lines());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Klaim");
            assertThat(shown(sheet.getRow(0), 0))
                    .isEqualTo("KLAIM JAMINAN KEMATIAN (JKM) DAN JAMINAN KECELAKAAN KERJA (JKK) PEKERJA RENTAN");
            assertThat(shown(sheet.getRow(1), 0)).isEqualTo("Kabupaten Kapuas – diajukan tahun 2027 – keadaan per 10-03-2027");
            Row head = sheet.getRow(3);
            for (int c = 0; c < HEADER.size(); c++) {
                assertThat(head.getCell(c).getStringCellValue()).isEqualTo(HEADER.get(c));
            }
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A4:P8");

            Row paid = sheet.getRow(4);
            assertThat(paid.getCell(0).getNumericCellValue()).isEqualTo(1d);
            assertThat(shown(paid, 1)).isEqualTo("KLM-6203-2027-0001");
            assertThat(shown(paid, 2)).isEqualTo("62039900001");
            assertThat(shown(paid, 3)).isEqualTo("Ahmad Saputra");
            assertThat(shown(paid, 4)).isEqualTo("JKM (kematian)");
            Cell event = paid.getCell(5);
            assertThat(DateUtil.isCellDateFormatted(event)).isTrue();
            assertThat(event.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 2, 20));
            assertThat(shown(paid, 5)).isEqualTo("20-02-2027");
            assertThat(shown(paid, 6)).isEqualTo("28-02-2027");
            assertThat(shown(paid, 7)).isEqualTo("Dibayar");
            assertThat(shown(paid, 8)).isEqualTo("Siti Aminah (janda/duda); Rudi (anak); Pak Darto (orang tua)");
            assertThat(shown(paid, 9)).isEqualTo("Siti Aminah; Rudi");
            Cell total = paid.getCell(10);
            assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getNumericCellValue()).isEqualTo(42_000_000d);
            assertThat(shown(paid, 10)).isEqualTo("Rp42.000.000");
            assertThat(shown(paid, 11)).isEqualTo("Rp42.000.000");
            // Only the beasiswa year actually transferred counts.
            assertThat(shown(paid, 12)).isEqualTo("Rp1.500.000");
            assertThat(shown(paid, 13)).isEqualTo("04-03-2027");
            assertThat(shown(paid, 14)).isEqualTo("05-03-2027");
            assertThat(shown(paid, 15)).isEqualTo("Tidak");

            Row big = sheet.getRow(5);
            assertThat(shown(big, 4)).isEqualTo("JKK (kecelakaan kerja)");
            assertThat(shown(big, 7)).isEqualTo("Menunggu persetujuan Kepala Kantor Cabang");
            assertThat(shown(big, 10)).isEqualTo("Rp118.000.000");
            assertThat(big.getCell(11).getNumericCellValue()).isZero();
            assertThat(shown(big, 11)).isEqualTo("Rp0");
            assertThat(big.getCell(14).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(shown(big, 15)).isEqualTo("Ya");

            Row fresh = sheet.getRow(6);
            assertThat(fresh.getCell(3).getStringCellValue()).isEqualTo("=Nur Lestari");
            assertThat(fresh.getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(shown(fresh, 7)).isEqualTo("Diterima, belum diperiksa");
            assertThat(shown(fresh, 8)).isEqualTo("Yusuf (saudara kandung)");
            assertThat(shown(fresh, 9)).isEmpty();
            assertThat(fresh.getCell(10).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(fresh.getCell(13).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(shown(fresh, 15)).isEqualTo("Tidak");

            Row noHeir = sheet.getRow(7);
            assertThat(shown(noHeir, 7)).isEqualTo("Dalam pembayaran");
            assertThat(shown(noHeir, 8)).isEmpty();
            assertThat(shown(noHeir, 9)).isEqualTo("Pak RT Sabran");
            assertThat(shown(noHeir, 10)).isEqualTo("Rp10.000.000");
            assertThat(shown(noHeir, 11)).isEqualTo("Rp0");

            assertThat(shown(sheet.getRow(9), 0)).isEqualTo("Jumlah klaim: 4; jumlah manfaat: Rp170.000.000");
            assertThat(shown(sheet.getRow(10), 0)).isEqualTo("Sudah dibayar: Rp42.000.000; beasiswa dibayar: Rp1.500.000");
        }
    }

    @Test
    void statusFilterIsNamedInTheTitle() throws IOException {
        byte[] bytes = ClaimWorkbook.write("Kabupaten Kubu Raya", null, ClaimStatus.PAID, TODAY, List.of());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(shown(sheet.getRow(1), 0))
                    .isEqualTo("Kabupaten Kubu Raya – semua tahun – status: Dibayar – keadaan per 10-03-2027");
            assertThat(shown(sheet.getRow(5), 0)).isEqualTo("Jumlah klaim: 0; jumlah manfaat: Rp0");
        }
    }

    @Test
    void everyStatusAndTypeHasAnIndonesianLabel() {
        for (ClaimStatus s : ClaimStatus.values()) {
            assertThat(ClaimWorkbook.statusLabel(s)).isNotBlank().doesNotContain("_");
        }
        for (ClaimType t : ClaimType.values()) {
            assertThat(ClaimWorkbook.typeLabel(t)).startsWith(t.name() + " (");
        }
    }
}
