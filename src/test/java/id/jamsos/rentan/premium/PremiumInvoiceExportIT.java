package id.jamsos.rentan.premium;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.enrollment.MemberStatus;
import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.AgreementRepository;
import id.jamsos.rentan.pks.PksStatus;
import id.jamsos.rentan.support.IntegrationTest;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static id.jamsos.rentan.support.Downloads.assertBadParameter;
import static id.jamsos.rentan.support.Downloads.assertForbidden;
import static id.jamsos.rentan.support.Downloads.header;
import static id.jamsos.rentan.support.Downloads.shown;
import static id.jamsos.rentan.support.Downloads.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Premium invoices over HTTP, JSON and Excel compared row by row. Kubu Raya's own past agreements (2018, 2019)
 * and members of this test, ended afterwards: the demo data and other tests' regencies stay untouched, and
 * the unpaid 2019 months are overdue whatever the day the test runs.
 */
class PremiumInvoiceExportIT extends IntegrationTest {
    static final String PKS_2018 = "PKS-6112-2018";
    static final String PKS_2019 = "PKS-6112-2019";
    static boolean seeded;

    @Autowired
    PremiumService premiums;
    @Autowired
    PremiumInvoiceRepository invoices;
    @Autowired
    AgreementRepository agreements;
    @Autowired
    MemberRepository members;
    @Autowired
    JdbcTemplate jdbc;

    /** Dec 2018 paid; 2019: Jan paid on time, Feb paid late, Mar and Apr unpaid (3 members, then 2). */
    @BeforeEach
    void seedOnce() {
        synchronized (PremiumInvoiceExportIT.class) {
            if (seeded) {
                return;
            }
            agreements.insert(new Agreement(PKS_2018, "6112", 2018, 3, 3L * 16_800 * 12, 16_800, LocalDate.of(2018, 1, 1),
                    LocalDate.of(2018, 12, 31), PksStatus.ACTIVE, "DINSOS_APBD", "PEMERINTAH_APBD", null));
            agreements.insert(new Agreement(PKS_2019, "6112", 2019, 3, 3L * 16_800 * 12, 16_800, LocalDate.of(2019, 1, 1),
                    LocalDate.of(2019, 12, 31), PksStatus.ACTIVE, "DINSOS_APBD", "PEMERINTAH_APBD", null));
            List<String> numbers = List.of("61129919001", "61129919002", "61129919003");
            for (int i = 0; i < numbers.size(); i++) {
                members.insert(new Member(numbers.get(i), "61120121087599" + String.format("%02d", i + 1), "Peserta Iuran " + i,
                        LocalDate.of(1975, 8, 21), "M", "NELAYAN", null, null, null, "6112012001", "611201", "6112", PKS_2018,
                        "PEMERINTAH_APBD", MemberStatus.ACTIVE, LocalDate.of(2018, 1, 1), null, 0));
            }
            PremiumInvoice dec = premiums.issue(PKS_2018, LocalDate.of(2018, 12, 1)).orElseThrow();
            premiums.recordPayment(dec.invoiceNumber(), LocalDate.of(2018, 12, 14), "SP2D-2018-12", "dinsos.6112",
                    LocalDate.of(2018, 12, 14));
            members.carryOver(PKS_2018, PKS_2019, LocalDate.of(2019, 12, 31), 3);
            agreements.updateStatus(PKS_2018, PksStatus.EXPIRED);
            PremiumInvoice jan = premiums.issue(PKS_2019, LocalDate.of(2019, 1, 1)).orElseThrow();
            premiums.recordPayment(jan.invoiceNumber(), LocalDate.of(2019, 1, 10), "SP2D-2019-01", "dinsos.6112",
                    LocalDate.of(2019, 1, 10));
            PremiumInvoice feb = premiums.issue(PKS_2019, LocalDate.of(2019, 2, 1)).orElseThrow();
            premiums.recordPayment(feb.invoiceNumber(), LocalDate.of(2019, 3, 1), "SP2D-2019-02", "dinsos.6112",
                    LocalDate.of(2019, 3, 1));
            premiums.issue(PKS_2019, LocalDate.of(2019, 3, 1)).orElseThrow();
            // One member died in March: April is billed for the other two.
            jdbc.update("update member set status = 'ENDED', coverage_end = ? where membership_number = '61129919003'",
                    java.sql.Date.valueOf(LocalDate.of(2019, 3, 20)));
            premiums.issue(PKS_2019, LocalDate.of(2019, 4, 1)).orElseThrow();
            // The programme year is long over: the PKS expired and its members ended, so no current count changes.
            agreements.updateStatus(PKS_2019, PksStatus.EXPIRED);
            members.endWith(PKS_2019, LocalDate.of(2019, 12, 31));
            seeded = true;
        }
    }

    List<JsonNode> json(String user, String query) {
        ResponseEntity<JsonNode> r = as(user).getForEntity(url("/api/premium-invoices?" + query), JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<JsonNode> out = new ArrayList<>();
        r.getBody().forEach(out::add);
        return out;
    }

    ResponseEntity<byte[]> download(String user, String query) {
        return as(user).getForEntity(url("/api/premium-invoices/export.xlsx?" + query), byte[].class);
    }

    static String expectedStatus(JsonNode i) {
        return switch (i.get("status").asText()) {
            case "PAID" -> "Lunas";
            case "PAID_LATE" -> "Lunas terlambat";
            default -> i.get("overdue").asBoolean() ? "Menunggak (lewat jatuh tempo)" : "Belum dibayar";
        };
    }

    static String ddMMyyyy(String isoDate) {
        return Formats.date(LocalDate.parse(isoDate));
    }

    /** Every cell of the data rows against the JSON list, in the same order. */
    static void assertRowsMatch(XSSFSheet sheet, List<JsonNode> api) {
        for (int i = 0; i < api.size(); i++) {
            JsonNode inv = api.get(i);
            Row row = sheet.getRow(4 + i);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1d);
            assertThat(shown(row, 1)).isEqualTo(inv.get("invoiceNumber").asText());
            YearMonth period = YearMonth.parse(inv.get("period").asText());
            assertThat(shown(row, 2)).isEqualTo(InvoiceWorkbook.MONTHS[period.getMonthValue() - 1] + " " + period.getYear());
            assertThat(shown(row, 3)).isEqualTo(inv.get("pksNumber").asText());
            assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(inv.get("memberCount").asDouble());
            assertThat(inv.get("amount").isIntegralNumber()).isTrue();
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(inv.get("premiumPerMonth").asDouble());
            assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(inv.get("amount").asDouble());
            assertThat(shown(row, 6)).isEqualTo(Formats.rupiah(inv.get("amount").asLong()));
            assertThat(row.getCell(7).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.parse(inv.get("dueDate").asText()));
            assertThat(shown(row, 7)).isEqualTo(ddMMyyyy(inv.get("dueDate").asText()));
            assertThat(shown(row, 8)).isEqualTo(expectedStatus(inv));
            assertThat(shown(row, 9)).isEqualTo(inv.has("paidOn") ? ddMMyyyy(inv.get("paidOn").asText()) : "");
            assertThat(shown(row, 10)).isEqualTo(inv.path("paymentReference").asText(""));
        }
        assertThat((Object) sheet.getRow(4 + api.size())).as("empty row after the data").isNull();
    }

    @Test
    void dinsosDownloadsTheYearsInvoicesAndTheyMatchTheJsonList() throws IOException {
        List<JsonNode> api = json("dinsos.6112", "regencyCode=6112&year=2019");
        assertThat(api).extracting(i -> i.get("invoiceNumber").asText())
                .containsExactly("IUR-6112-2019-01", "IUR-6112-2019-02", "IUR-6112-2019-03", "IUR-6112-2019-04");
        assertThat(api).extracting(i -> i.get("status").asText()).containsExactly("PAID", "PAID_LATE", "UNPAID", "UNPAID");
        assertThat(api).extracting(i -> i.get("memberCount").asInt()).containsExactly(3, 3, 3, 2);
        assertThat(api).extracting(i -> i.get("amount").asLong()).containsExactly(50_400L, 50_400L, 50_400L, 33_600L);
        assertThat(api).extracting(i -> i.get("overdue").asBoolean()).containsExactly(false, false, true, true);
        assertThat(api.get(0).get("period").asText()).isEqualTo("2019-01");
        assertThat(api.get(0).get("dueDate").asText()).isEqualTo("2019-01-15");

        try (XSSFWorkbook wb = xlsx(download("dinsos.6112", "regencyCode=6112&year=2019"),
                "tagihan-iuran-6112-2019-\\d{8}\\.xlsx")) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(shown(sheet.getRow(1), 0)).startsWith("Kabupaten Kubu Raya – Tahun 2019 – keadaan per ");
            assertThat(header(sheet.getRow(3))).isEqualTo(InvoiceWorkbookTest.HEADER);
            assertRowsMatch(sheet, api);
            assertThat(shown(sheet.getRow(4), 2)).isEqualTo("Januari 2019");
            assertThat(shown(sheet.getRow(4), 6)).isEqualTo("Rp50.400");
            assertThat(shown(sheet.getRow(6), 8)).isEqualTo("Menunggak (lewat jatuh tempo)");
            assertThat(shown(sheet.getRow(9), 0)).isEqualTo("Jumlah tagihan: 4 tagihan, Rp184.800");
            assertThat(shown(sheet.getRow(10), 0)).isEqualTo("Sudah dibayar: Rp100.800");
            assertThat(shown(sheet.getRow(11), 0)).isEqualTo("Belum dibayar: Rp84.000 (menunggak Rp84.000)");
        }
    }

    @Test
    void withoutYearEveryInvoiceOfTheRegencyAsInTheJsonList() throws IOException {
        List<JsonNode> api = json("supervisor.6112", "regencyCode=6112");
        assertThat(api).extracting(i -> i.get("invoiceNumber").asText())
                .contains("IUR-6112-2018-12", "IUR-6112-2019-04").hasSizeGreaterThanOrEqualTo(5);
        assertThat(api.get(0).get("invoiceNumber").asText()).isEqualTo("IUR-6112-2018-12");
        try (XSSFWorkbook wb = xlsx(download("bpjs.6112", "regencyCode=6112&year="), "tagihan-iuran-6112-\\d{8}\\.xlsx")) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(shown(sheet.getRow(1), 0)).startsWith("Kabupaten Kubu Raya – semua tahun");
            assertRowsMatch(sheet, api);
        }
        assertThat(json("dinsos.6112", "regencyCode=6112&year=2018")).singleElement()
                .satisfies(i -> assertThat(i.get("pksNumber").asText()).isEqualTo(PKS_2018));
        assertThat(json("dinsos.6112", "regencyCode=6112&year=2040")).isEmpty();
    }

    @Test
    void anotherRegencyIsRefused() {
        for (String path : List.of("/api/premium-invoices?regencyCode=6112&year=2019",
                "/api/premium-invoices/export.xlsx?regencyCode=6112&year=2019")) {
            assertThat(anonymous().getForEntity(url(path), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertForbidden(as("dinsos.6208").getForEntity(url(path), JsonNode.class), "6112");
            assertForbidden(as("supervisor.6203").getForEntity(url(path), JsonNode.class), "6112");
        }
    }

    @Test
    void badParametersAreNamedInProblemJson() {
        for (String path : List.of("/api/premium-invoices", "/api/premium-invoices/export.xlsx")) {
            for (String q : List.of("", "regencyCode=", "regencyCode=61", "regencyCode=9999", "regencyCode=611201",
                    "regencyCode=abcd&year=2019")) {
                assertBadParameter(as("dinsos.6112").getForEntity(url(path + "?" + q), JsonNode.class), "regencyCode");
            }
            for (String y : List.of("abc", "19", "1999", "2101", "2019.5", "20190")) {
                assertBadParameter(as("dinsos.6112").getForEntity(url(path + "?regencyCode=6112&year=" + y), JsonNode.class),
                        "year");
            }
        }
    }
}
