package id.jamsos.rentan.premium;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The premium invoice workbook built from invoices in memory and read back with POI as an Indonesian Excel shows it. */
class InvoiceWorkbookTest {
    static final List<String> HEADER = List.of("No.", "Nomor Tagihan", "Periode", "Nomor PKS", "Jumlah Peserta",
            "Iuran per Peserta", "Jumlah Tagihan", "Jatuh Tempo", "Status", "Tanggal Bayar", "Referensi Pembayaran",
            "Ditagihkan kepada");
    static final DataFormatter INDONESIAN = new DataFormatter(new Locale("id", "ID"));
    static final LocalDate TODAY = LocalDate.of(2027, 4, 2);

    static PremiumInvoice invoice(int month, int members, String status, LocalDate paidOn, String reference) {
        LocalDate period = LocalDate.of(2027, month, 1);
        return new PremiumInvoice(PremiumInvoice.number("PKS-6203-2027", period), "PKS-6203-2027", "6203", period, members,
                16_800, members * 16_800L, period.withDayOfMonth(15), status, paidOn, reference);
    }

    static String shown(Row row, int c) {
        Cell cell = row.getCell(c);
        return cell == null ? "" : INDONESIAN.formatCellValue(cell);
    }

    @Test
    void invoicesWithRupiahDatesIndonesianStatusAndTotals() throws IOException {
        List<PremiumInvoice> invoices = List.of(
                invoice(1, 3, PremiumInvoice.PAID, LocalDate.of(2027, 1, 10), "SP2D-0001"),
                invoice(2, 3, PremiumInvoice.PAID_LATE, LocalDate.of(2027, 2, 20), "SP2D-0042"),
                invoice(3, 2, PremiumInvoice.UNPAID, null, null),
                invoice(4, 2, PremiumInvoice.UNPAID, null, null));
        List<InvoiceWorkbook.Line> lines = new ArrayList<>();
        invoices.forEach(i -> lines.add(new InvoiceWorkbook.Line(lines.size() + 1, i, TODAY)));
        byte[] bytes = InvoiceWorkbook.write("Kabupaten Kapuas", 2027, TODAY, lines);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Tagihan Iuran");
            assertThat(shown(sheet.getRow(0), 0))
                    .isEqualTo("TAGIHAN IURAN JAMINAN SOSIAL KETENAGAKERJAAN (JKK DAN JKM) PEKERJA RENTAN");
            assertThat(shown(sheet.getRow(1), 0)).isEqualTo("Kabupaten Kapuas – Tahun 2027 – keadaan per 02-04-2027");
            Row head = sheet.getRow(3);
            for (int c = 0; c < HEADER.size(); c++) {
                assertThat(head.getCell(c).getStringCellValue()).isEqualTo(HEADER.get(c));
            }
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A4:L8");

            Row jan = sheet.getRow(4);
            assertThat(jan.getCell(0).getNumericCellValue()).isEqualTo(1d);
            assertThat(shown(jan, 1)).isEqualTo("IUR-6203-2027-01");
            assertThat(shown(jan, 2)).isEqualTo("Januari 2027");
            assertThat(shown(jan, 3)).isEqualTo("PKS-6203-2027");
            assertThat(jan.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(jan.getCell(4).getNumericCellValue()).isEqualTo(3d);
            Cell premium = jan.getCell(5);
            assertThat(premium.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(premium.getNumericCellValue()).isEqualTo(16_800d);
            assertThat(shown(jan, 5)).isEqualTo("Rp16.800");
            Cell amount = jan.getCell(6);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(50_400d);
            assertThat(shown(jan, 6)).isEqualTo("Rp50.400");
            Cell due = jan.getCell(7);
            assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
            assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 15));
            assertThat(shown(jan, 7)).isEqualTo("15-01-2027");
            assertThat(shown(jan, 8)).isEqualTo("Lunas");
            assertThat(shown(jan, 9)).isEqualTo("10-01-2027");
            assertThat(shown(jan, 10)).isEqualTo("SP2D-0001");

            Row feb = sheet.getRow(5);
            assertThat(shown(feb, 2)).isEqualTo("Februari 2027");
            assertThat(shown(feb, 8)).isEqualTo("Lunas terlambat");
            assertThat(shown(feb, 9)).isEqualTo("20-02-2027");

            Row mar = sheet.getRow(6);
            assertThat(shown(mar, 2)).isEqualTo("Maret 2027");
            assertThat(shown(mar, 6)).isEqualTo("Rp33.600");
            assertThat(shown(mar, 8)).isEqualTo("Menunggak (lewat jatuh tempo)");
            assertThat(mar.getCell(9).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(mar.getCell(10).getCellType()).isEqualTo(CellType.BLANK);

            Row apr = sheet.getRow(7);
            assertThat(shown(apr, 2)).isEqualTo("April 2027");
            assertThat(shown(apr, 8)).isEqualTo("Belum dibayar");

            assertThat(shown(sheet.getRow(9), 0)).isEqualTo("Jumlah tagihan: 4 tagihan, Rp168.000");
            assertThat(shown(sheet.getRow(10), 0)).isEqualTo("Sudah dibayar: Rp100.800");
            assertThat(shown(sheet.getRow(11), 0)).isEqualTo("Belum dibayar: Rp67.200 (menunggak Rp33.600)");
        }
    }

    @Test
    void allYearsAndNoInvoices() throws IOException {
        byte[] bytes = InvoiceWorkbook.write("Kabupaten Sukamara", null, TODAY, List.of());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(shown(sheet.getRow(1), 0)).isEqualTo("Kabupaten Sukamara – semua tahun – keadaan per 02-04-2027");
            assertThat(shown(sheet.getRow(3), 0)).isEqualTo("No.");
            assertThat(shown(sheet.getRow(5), 0)).isEqualTo("Jumlah tagihan: 0 tagihan, Rp0");
        }
    }

    @Test
    void dueDayItselfIsNotOverdueAndEveryMonthHasItsName() {
        PremiumInvoice april = invoice(4, 1, PremiumInvoice.UNPAID, null, null);
        assertThat(InvoiceWorkbook.statusLabel(april, LocalDate.of(2027, 4, 15))).isEqualTo("Belum dibayar");
        assertThat(InvoiceWorkbook.statusLabel(april, LocalDate.of(2027, 4, 16))).isEqualTo("Menunggak (lewat jatuh tempo)");
        assertThat(InvoiceWorkbook.period(LocalDate.of(2027, 5, 1))).isEqualTo("Mei 2027");
        assertThat(InvoiceWorkbook.period(LocalDate.of(2026, 12, 1))).isEqualTo("Desember 2026");
    }
}
