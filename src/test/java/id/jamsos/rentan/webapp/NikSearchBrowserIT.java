package id.jamsos.rentan.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.support.Browser;
import id.jamsos.rentan.support.FreshMember;
import id.jamsos.rentan.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search by NIK: {@code GET /api/members|candidates|claims?nik=} with the full NIK answer masked NIKs of the caller's
 * region only, and refuse a malformed NIK with 400 naming "nik"; officials reach the search page /cari from
 * Tasklist's header and open a found claim's view /klaim/{claimNumber}.
 */
class NikSearchBrowserIT extends IntegrationTest {
    static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Autowired
    JdbcTemplate jdbc;

    String nik;
    String heirNik;
    String membership;
    String claim;

    @BeforeEach
    void deceasedMemberWithPaidClaim() {
        FreshMember fresh = FreshMember.draw(jdbc, "620396", "620301150587");
        long n = fresh.serial();
        membership = fresh.membershipNumber();
        nik = fresh.nik();
        heirNik = "620301550590" + String.format("%04d", 1 + n % 9999);
        claim = "KLM-6203-" + TODAY.getYear() + "-C" + n;
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into member (membership_number, nik, name, birth_date, sex, category, village_code,"
                        + " kecamatan_code, regency_code, segment, status, coverage_start, coverage_end, contribution_months,"
                        + " created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                membership, nik, "Almarhum Cari " + n, Date.valueOf(LocalDate.of(1987, 5, 15)), "M", "NELAYAN",
                "6203011001", "620301", "6203", "PEMERINTAH_APBD", "ENDED", Date.valueOf(TODAY.minusYears(2)),
                Date.valueOf(TODAY.minusDays(3)), 24, now, now);
        jdbc.update("insert into claim (claim_number, regency_code, membership_number, claim_type, event_date, status,"
                        + " created_by, created_at, updated_at, paid_at, total_payable, eligible) values (?,?,?,?,?,?,?,?,?,?,?,?)",
                claim, "6203", membership, "JKM", Date.valueOf(TODAY.minusDays(3)), "PAID", "bpjs.6203", now, now, now,
                42_000_000L, true);
        jdbc.update("insert into claim_heir (claim_number, name, nik, relation, birth_date, bank_name, bank_account,"
                        + " priority_group, entitled) values (?,?,?,?,?,?,?,?,?)", claim, "Janda Cari " + n, heirNik, "SPOUSE",
                Date.valueOf(LocalDate.of(1990, 5, 10)), "BRI", "0987654321", 1, true);
        jdbc.update("insert into claim_benefit (claim_number, kind, amount, payee_name, bank_name, bank_account, status)"
                + " values (?,?,?,?,?,?,?)", claim, "SANTUNAN_KEMATIAN", 42_000_000L, "Janda Cari " + n, "BRI",
                "0987654321", "PAID");
        Long benefit = jdbc.queryForObject("select max(id) from claim_benefit where claim_number = ?", Long.class, claim);
        jdbc.update("insert into claim_payment (claim_number, benefit_id, amount, payee_name, bank_name, bank_account,"
                + " status, created_at, paid_at, transfer_ref) values (?,?,?,?,?,?,?,?,?,?)", claim, benefit, 42_000_000L,
                "Janda Cari " + n, "BRI", "0987654321", "PAID", now, now, "TRF-" + n);
    }

    @Test
    void apiFindsByFullNikInTheOwnRegionOnlyAndMasksIt() {
        ResponseEntity<JsonNode> mine = as("dinsos.6203").getForEntity(url("/api/members?nik=" + nik), JsonNode.class);
        assertThat(mine.getStatusCode().value()).isEqualTo(200);
        assertThat(mine.getBody().get("content")).hasSize(1);
        JsonNode m = mine.getBody().get("content").get(0);
        assertThat(m.get("membershipNumber").asText()).isEqualTo(membership);
        assertThat(m.get("nikMasked").asText()).isEqualTo(nik.substring(0, 6) + "********" + nik.substring(14));
        assertThat(mine.getBody().toString()).doesNotContain(nik);
        // Typed with blanks and dots between the groups, as officials copy it from a KTP.
        String typed = nik.substring(0, 6) + " " + nik.substring(6, 12) + "." + nik.substring(12);
        assertThat(as("dinsos.6203").getForEntity(url("/api/members?nik=" + typed), JsonNode.class).getBody()
                .get("content")).hasSize(1);
        // Another regency's official learns nothing, not even that the NIK exists.
        ResponseEntity<JsonNode> other = as("dinsos.6208").getForEntity(url("/api/members?nik=" + nik), JsonNode.class);
        assertThat(other.getStatusCode().value()).isEqualTo(200);
        assertThat(other.getBody().get("content")).isEmpty();
        // A Lurah of another village of the same regency neither.
        assertThat(as("lurah.6203012001").getForEntity(url("/api/members?nik=" + nik), JsonNode.class).getBody()
                .get("content")).isEmpty();

        JsonNode claims = as("bpjs.6203").getForEntity(url("/api/claims?nik=" + nik), JsonNode.class).getBody();
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).get("claimNumber").asText()).isEqualTo(claim);
        // The heir's NIK finds the claim too; another regency's BPJS officer gets nothing.
        assertThat(as("bpjs.6203").getForEntity(url("/api/claims?nik=" + heirNik), JsonNode.class).getBody()).hasSize(1);
        assertThat(as("bpjs.6208").getForEntity(url("/api/claims?nik=" + nik), JsonNode.class).getBody()).isEmpty();

        ResponseEntity<JsonNode> candidates = as("dinsos.6203").getForEntity(url("/api/candidates?nik=" + nik), JsonNode.class);
        assertThat(candidates.getStatusCode().value()).isEqualTo(200);
        assertThat(candidates.getBody().isArray()).isTrue();

        for (String path : new String[]{"/api/members?nik=12345", "/api/candidates?nik=62030115058X0001",
                "/api/claims?nik=", "/api/candidates"}) {
            ResponseEntity<JsonNode> bad = as("dinsos.6203").getForEntity(url(path), JsonNode.class);
            assertThat(bad.getStatusCode().value()).as(path).isEqualTo(400);
            assertThat(bad.getBody().toString()).as(path).contains("nik").contains("16 angka");
        }
    }

    @Test
    void officialSearchesFromTasklistAndOpensTheClaim() {
        try (Browser b = Browser.open(baseUrl())) {
            b.openAppAs("tasklist", "bpjs.6203", "demo");
            b.waitForVisible(By.id("jamsos-link-cari")).click();
            WebElement input = b.waitForVisible(By.id("nik"));
            input.sendKeys(nik);
            b.driver().findElement(By.id("tombol-cari")).click();
            b.waitForBodyText("Peserta (1)");
            b.waitForBodyText("Klaim (1)");
            assertThat(b.bodyText()).contains(membership).contains(nik.substring(0, 6) + "********" + nik.substring(14))
                    .doesNotContain(nik);
            b.screenshot(SCREENSHOTS.resolve("cari-nik.png"));

            b.waitForVisible(By.linkText(claim)).click();
            b.waitUntil(d -> d.getCurrentUrl().endsWith("/klaim/" + claim), "claim view");
            b.waitForVisible(By.id("fakta-klaim"));
            assertThat(b.bodyText()).contains(claim, "Dibayar", "JKM (kematian)", "Rp42.000.000", "Janda/duda",
                    "******4321", "TRF-", "SANTUNAN_KEMATIAN").doesNotContain(heirNik).doesNotContain("0987654321");
            b.screenshot(SCREENSHOTS.resolve("klaim.png"));

            // Another regency's claim is refused on the page with the API's message.
            b.get("/klaim/KLM-6208-2026-1");
            b.waitUntil(d -> b.bodyText().contains("tidak ditemukan") || b.bodyText().contains("di luar wilayah"),
                    "refusal shown");
        }
    }
}
