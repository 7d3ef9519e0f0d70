package id.jamsos.rentan.claim;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.enrollment.MemberStatus;
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

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static id.jamsos.rentan.support.Downloads.assertBadParameter;
import static id.jamsos.rentan.support.Downloads.assertForbidden;
import static id.jamsos.rentan.support.Downloads.header;
import static id.jamsos.rentan.support.Downloads.shown;
import static id.jamsos.rentan.support.Downloads.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims export over HTTP compared with {@code GET /api/claims} and {@code GET /api/claims/{n}}. Kubu Raya
 * members and claims of this test only (no other test files claims there), taken through ClaimService's steps
 * directly: one paid, one waiting for the branch head's approval, one just filed.
 */
class ClaimExportIT extends IntegrationTest {
    static final LocalDate TODAY = LocalDate.now(Formats.WIB);
    static final int YEAR = TODAY.getYear();
    static final Map<String, ClaimStatus> SEEDED = new LinkedHashMap<>();

    @Autowired
    ClaimService service;
    @Autowired
    ClaimPayments payments;
    @Autowired
    ClaimRepository claims;
    @Autowired
    MemberRepository members;

    static ClaimRequest.HeirInput heir(String name, String nik, String relation, LocalDate birth) {
        return new ClaimRequest.HeirInput(name, nik, relation, birth, "Bank Kalbar",
                "10020" + String.format("%05d", Math.abs(name.hashCode()) % 100_000), null);
    }

    String claim(int n, ClaimType type, Long income, int months, List<ClaimRequest.HeirInput> heirs, ClaimStatus status) {
        String membership = "611299" + String.format("%05d", 42_000 + n);
        members.insert(new Member(membership, "611209" + "0107" + "80" + "99" + String.format("%02d", n), "Almarhum Uji " + n,
                LocalDate.of(1980, 7, 1), "M", "NELAYAN", null, null, null, "6112092001", "611209", "6112", null,
                "PEMERINTAH_APBD", MemberStatus.ACTIVE, TODAY.withDayOfMonth(1).minusMonths(months), null, months));
        String number = "KLM-6112-" + YEAR + "-E" + n;
        claims.insert(new Claim(number, "6112", membership, type, TODAY.minusDays(3), "474.3/" + n + "/KKR/" + YEAR, income,
                status, status == ClaimStatus.RECEIVED ? null : true, null, null, null, null, null, null, null, null, null,
                "bpjs.6112"));
        heirs.forEach(h -> claims.insertHeir(number, h, Relation.valueOf(h.relation())));
        return number;
    }

    @BeforeEach
    void seedOnce() {
        synchronized (ClaimExportIT.class) {
            if (!SEEDED.isEmpty()) {
                return;
            }
            String paid = claim(1, ClaimType.JKM, null, 40, List.of(
                    heir("Halimah", "6112094505850001", "SPOUSE", LocalDate.of(1985, 5, 5)),
                    heir("Rahmat", "6112091210100002", "CHILD", TODAY.minusYears(12)),
                    heir("Pak Yusuf", "6112090101500003", "PARENT", LocalDate.of(1950, 1, 1))), ClaimStatus.CHECKING_DOCUMENTS);
            service.computeBenefits(paid, "uji-ekspor");
            payments.preparePayments(paid).forEach(id -> payments.transfer(Long.parseLong(id)));
            payments.markPaid(paid, "uji-ekspor");
            SEEDED.put(paid, ClaimStatus.PAID);

            String big = claim(2, ClaimType.JKK, 1_000_000L, 5, List.of(
                    heir("Maya", "6112094808900004", "SPOUSE", LocalDate.of(1990, 8, 8))), ClaimStatus.CHECKING_DOCUMENTS);
            service.computeBenefits(big, "uji-ekspor");
            SEEDED.put(big, ClaimStatus.AWAITING_APPROVAL);

            String fresh = claim(3, ClaimType.JKM, null, 12, List.of(
                    heir("Sri", "6112095003700005", "SIBLING", LocalDate.of(1970, 3, 10))), ClaimStatus.RECEIVED);
            SEEDED.put(fresh, ClaimStatus.RECEIVED);
        }
    }

    ResponseEntity<byte[]> download(String user, String query) {
        return as(user).getForEntity(url("/api/claims/export.xlsx?" + query), byte[].class);
    }

    /** Data rows below the 2-line title, the empty row and the header (row 4). */
    static List<Row> dataRows(XSSFSheet sheet) {
        List<Row> rows = new ArrayList<>();
        for (int r = 4; sheet.getRow(r) != null; r++) {
            rows.add(sheet.getRow(r));
        }
        return rows;
    }

    static long paidSum(JsonNode claim, boolean beasiswa) {
        return StreamSupport.stream(claim.get("payments").spliterator(), false)
                .filter(p -> "PAID".equals(p.get("status").asText()) && "BEASISWA".equals(p.get("kind").asText()) == beasiswa)
                .mapToLong(p -> p.get("amount").asLong()).sum();
    }

    /** One exported row against the claim API and the member API. */
    void assertRowMatches(Row row, String user) {
        String number = shown(row, 1);
        JsonNode c = as(user).getForObject(url("/api/claims/" + number), JsonNode.class);
        assertThat(c.get("claimNumber").asText()).isEqualTo(number);
        assertThat(shown(row, 2)).isEqualTo(c.get("membershipNumber").asText());
        JsonNode member = as(user).getForObject(url("/api/members/" + c.get("membershipNumber").asText()), JsonNode.class);
        assertThat(shown(row, 3)).isEqualTo(member.get("name").asText());
        assertThat(shown(row, 4)).isEqualTo(ClaimWorkbook.typeLabel(ClaimType.valueOf(c.get("type").asText())));
        assertThat(row.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.parse(c.get("eventDate").asText()));
        assertThat(shown(row, 5)).isEqualTo(Formats.date(LocalDate.parse(c.get("eventDate").asText())));
        assertThat(shown(row, 6)).isEqualTo(Formats.date(TODAY));
        assertThat(shown(row, 7)).isEqualTo(ClaimWorkbook.statusLabel(ClaimStatus.valueOf(c.get("status").asText())));
        List<String> heirs = new ArrayList<>();
        c.get("heirs").forEach(h -> heirs.add(h.get("name").asText() + " (" + Relation.valueOf(h.get("relation").asText()).label() + ")"));
        assertThat(shown(row, 8)).isEqualTo(String.join("; ", heirs));
        String payees = StreamSupport.stream(c.get("benefits").spliterator(), false)
                .filter(b -> !"NOT_PAID".equals(b.get("status").asText()) && b.hasNonNull("payee"))
                .map(b -> b.get("payee").asText()).distinct().collect(Collectors.joining("; "));
        assertThat(shown(row, 9)).isEqualTo(payees);
        if (c.hasNonNull("totalPayable")) {
            assertThat(row.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(c.get("totalPayable").asDouble());
            assertThat(shown(row, 10)).isEqualTo(Formats.rupiah(c.get("totalPayable").asLong()));
        } else {
            assertThat(row.getCell(10).getCellType()).isEqualTo(CellType.BLANK);
        }
        assertThat(row.getCell(11).getNumericCellValue()).isEqualTo((double) paidSum(c, false));
        assertThat(shown(row, 11)).isEqualTo(Formats.rupiah(paidSum(c, false)));
        assertThat(row.getCell(12).getNumericCellValue()).isEqualTo((double) paidSum(c, true));
        assertThat(shown(row, 13)).isEqualTo(c.hasNonNull("payoutDue") ? Formats.date(LocalDate.parse(c.get("payoutDue").asText())) : "");
        assertThat(shown(row, 14)).isEqualTo(c.hasNonNull("paidAt")
                ? Formats.date(OffsetDateTime.parse(c.get("paidAt").asText()).atZoneSameInstant(Formats.WIB).toLocalDate()) : "");
        assertThat(shown(row, 15)).isEqualTo(c.get("overdue").asBoolean() ? "Ya" : "Tidak");
    }

    @Test
    void bpjsDownloadsTheYearsClaimsAndEveryRowMatchesTheClaimApi() throws IOException {
        JsonNode list = as("bpjs.6112").getForObject(url("/api/claims?limit=1000"), JsonNode.class);
        List<String> listed = new ArrayList<>();
        list.forEach(c -> {
            if (c.get("regencyCode").asText().equals("6112") && c.get("claimNumber").asText().startsWith("KLM-6112-" + YEAR + "-")) {
                listed.add(c.get("claimNumber").asText());
            }
        });
        assertThat(listed).containsAll(SEEDED.keySet());

        try (XSSFWorkbook wb = xlsx(download("bpjs.6112", "regencyCode=6112&year=" + YEAR), "klaim-6112-" + YEAR + "-\\d{8}\\.xlsx")) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(shown(sheet.getRow(1), 0)).startsWith("Kabupaten Kubu Raya – diajukan tahun " + YEAR + " – keadaan per ");
            assertThat(header(sheet.getRow(3))).isEqualTo(ClaimWorkbookTest.HEADER);
            List<Row> rows = dataRows(sheet);
            assertThat(rows).extracting(r -> shown(r, 1)).containsExactlyInAnyOrderElementsOf(listed);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i).getCell(0).getNumericCellValue()).isEqualTo(i + 1d);
                assertRowMatches(rows.get(i), "bpjs.6112");
            }
            Map<String, Row> byNumber = rows.stream().collect(Collectors.toMap(r -> shown(r, 1), r -> r));
            Row paid = byNumber.get("KLM-6112-" + YEAR + "-E1");
            assertThat(shown(paid, 7)).isEqualTo("Dibayar");
            assertThat(shown(paid, 10)).isEqualTo("Rp42.000.000");
            assertThat(shown(paid, 11)).isEqualTo("Rp42.000.000");
            assertThat(shown(paid, 8)).isEqualTo("Halimah (janda/duda); Rahmat (anak); Pak Yusuf (orang tua)");
            assertThat(shown(paid, 9)).isEqualTo("Halimah; Rahmat");
            Row big = byNumber.get("KLM-6112-" + YEAR + "-E2");
            assertThat(shown(big, 7)).isEqualTo("Menunggu persetujuan Kepala Kantor Cabang");
            assertThat(shown(big, 10)).isEqualTo("Rp70.000.000");
            assertThat(shown(big, 11)).isEqualTo("Rp0");
            Row fresh = byNumber.get("KLM-6112-" + YEAR + "-E3");
            assertThat(shown(fresh, 7)).isEqualTo("Diterima, belum diperiksa");
            assertThat(fresh.getCell(10).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(shown(sheet.getRow(4 + rows.size() + 1), 0)).startsWith("Jumlah klaim: " + rows.size() + ";");
        }
    }

    @Test
    void statusAndYearFilters() throws IOException {
        try (XSSFWorkbook wb = xlsx(download("dinsos.6112", "regencyCode=6112&year=" + YEAR + "&status=PAID"),
                "klaim-6112-" + YEAR + "-paid-\\d{8}\\.xlsx")) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(shown(sheet.getRow(1), 0)).contains("status: Dibayar");
            List<Row> rows = dataRows(sheet);
            assertThat(rows).extracting(r -> shown(r, 1)).contains("KLM-6112-" + YEAR + "-E1");
            rows.forEach(r -> {
                assertThat(shown(r, 7)).isEqualTo("Dibayar");
                assertRowMatches(r, "dinsos.6112");
            });
        }
        // Lower case is accepted, as officials type it; no year means all years.
        try (XSSFWorkbook wb = xlsx(download("kacab.6112", "regencyCode=6112&status=awaiting_approval"),
                "klaim-6112-awaiting_approval-\\d{8}\\.xlsx")) {
            List<Row> rows = dataRows(wb.getSheetAt(0));
            assertThat(rows).extracting(r -> shown(r, 1)).contains("KLM-6112-" + YEAR + "-E2").doesNotContain("KLM-6112-" + YEAR + "-E1");
        }
        // Nothing was filed in Kubu Raya last year.
        try (XSSFWorkbook wb = xlsx(download("bpjs.6112", "regencyCode=6112&year=" + (YEAR - 1)), "klaim-6112-" + (YEAR - 1) + "-\\d{8}\\.xlsx")) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(dataRows(sheet)).isEmpty();
            assertThat(shown(sheet.getRow(5), 0)).isEqualTo("Jumlah klaim: 0; jumlah manfaat: Rp0");
        }
    }

    /**
     * "Lewat Tenggat", the file's date and the title's "keadaan per" follow the application clock, not the system
     * date: a claim computed 20 days ago is due 3 working days later, so by the system date it is overdue; pinned to
     * the day before its due date the export and the claim API say it is not, pinned to the day after they say it is.
     */
    @Test
    void overdueAndTheFileDateFollowTheApplicationClock() throws IOException {
        clock.pin(TODAY.minusDays(20));
        String n = claim(4, ClaimType.JKM, null, 40, List.of(
                heir("Wati", "6112094107880006", "SPOUSE", LocalDate.of(1988, 7, 1))), ClaimStatus.CHECKING_DOCUMENTS);
        service.computeBenefits(n, "uji-ekspor");
        LocalDate due = claims.find(n).orElseThrow().payoutDue();
        assertThat(due).isBefore(TODAY);
        assertThat(ClaimController.isOverdue(claims.find(n).orElseThrow(), TODAY)).isTrue();

        for (LocalDate day : List.of(due.minusDays(1), due.plusDays(1))) {
            clock.pin(day);
            boolean overdue = day.isAfter(due);
            String stamp = day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            try (XSSFWorkbook wb = xlsx(download("bpjs.6112", "regencyCode=6112&year=" + YEAR),
                    "klaim-6112-" + YEAR + "-" + stamp + "\\.xlsx")) {
                XSSFSheet sheet = wb.getSheetAt(0);
                assertThat(shown(sheet.getRow(1), 0)).endsWith("keadaan per " + Formats.date(day));
                Row row = dataRows(sheet).stream().filter(r -> shown(r, 1).equals(n)).findFirst().orElseThrow();
                assertThat(shown(row, 15)).as("Lewat Tenggat on %s", day).isEqualTo(overdue ? "Ya" : "Tidak");
            }
            assertThat(as("bpjs.6112").getForObject(url("/api/claims/" + n), JsonNode.class).get("overdue").asBoolean())
                    .as("API overdue on %s", day).isEqualTo(overdue);
        }
    }

    @Test
    void exportXlsxIsNotTakenForAClaimNumber() {
        // Without parameters the export answers (400 naming regencyCode), not "Klaim export.xlsx tidak ditemukan".
        assertBadParameter(as("bpjs.6112").getForEntity(url("/api/claims/export.xlsx"), JsonNode.class), "regencyCode");
        String number = SEEDED.keySet().iterator().next();
        ResponseEntity<JsonNode> one = as("bpjs.6112").getForEntity(url("/api/claims/" + number), JsonNode.class);
        assertThat(one.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(one.getBody().get("claimNumber").asText()).isEqualTo(number);
        // A claim number with a suffix is still a claim number (no suffix matching), and unknown.
        ResponseEntity<JsonNode> suffixed = as("bpjs.6112").getForEntity(url("/api/claims/" + number + ".xlsx"), JsonNode.class);
        assertThat(suffixed.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(suffixed.getBody().get("detail").asText()).contains(number + ".xlsx");
        // The list endpoint is unchanged.
        assertThat(as("bpjs.6112").getForEntity(url("/api/claims?overdue=false"), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void anotherRegencyIsRefused() {
        assertThat(anonymous().getForEntity(url("/api/claims/export.xlsx?regencyCode=6112"), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertForbidden(as("bpjs.6203").getForEntity(url("/api/claims/export.xlsx?regencyCode=6112"), JsonNode.class), "6112");
        assertForbidden(as("dinsos.6208").getForEntity(url("/api/claims/export.xlsx?regencyCode=6112&year=" + YEAR),
                JsonNode.class), "6112");
    }

    @Test
    void badParametersAreNamedInProblemJson() {
        for (String q : List.of("regencyCode=", "regencyCode=61", "regencyCode=9999", "regencyCode=611209",
                "regencyCode=6112%27%20or%201=1")) {
            assertBadParameter(as("bpjs.6112").getForEntity(url("/api/claims/export.xlsx?" + q), JsonNode.class), "regencyCode");
        }
        for (String y : List.of("tahun", "26", "1999", "2101")) {
            assertBadParameter(as("bpjs.6112").getForEntity(url("/api/claims/export.xlsx?regencyCode=6112&year=" + y),
                    JsonNode.class), "year");
        }
        ResponseEntity<JsonNode> status = as("bpjs.6112").getForEntity(url("/api/claims/export.xlsx?regencyCode=6112&status=LUNAS"),
                JsonNode.class);
        assertBadParameter(status, "status");
        assertThat(status.getBody().get("detail").asText()).contains("PAID").contains("AWAITING_APPROVAL");
    }
}
