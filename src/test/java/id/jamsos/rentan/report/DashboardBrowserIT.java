package id.jamsos.rentan.report;

import id.jamsos.rentan.support.Browser;
import id.jamsos.rentan.support.FreshMember;
import id.jamsos.rentan.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Dasbor Jaminan Sosial" in a real Chromium: a supervisor goes from Tasklist's header to /dasbor and sees the five
 * charts drawn by Chart.js with the figures of the own regency only (read back from the drawn charts and compared
 * with the database); another regency's supervisor sees that regency's; each chart's Excel link holds the same
 * figures; the other regency's data is refused.
 */
class DashboardBrowserIT extends IntegrationTest {
    static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    static final List<String> CHARTS = List.of("grafik-cakupan", "grafik-peserta", "grafik-antrean", "grafik-anggaran",
            "grafik-klaim");
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Autowired
    JdbcTemplate jdbc;

    /** One paid claim per regency this month (own members, never the demo seed's), so the claims chart has data. */
    @BeforeEach
    void paidClaims() {
        paidClaim("6203", "6203011001", "JKM", 42_000_000);
        paidClaim("6208", firstVillage("6208"), "JKK", 70_000_000);
    }

    @Test
    void eachSupervisorSeesTheChartsOfTheirOwnRegency() throws Exception {
        check("supervisor.6203", "6203", "6208", "dasbor.png");
        check("supervisor.6208", "6208", "6203", null);
    }

    @SuppressWarnings("unchecked")
    private void check(String user, String regency, String otherRegency, String screenshot) throws Exception {
        List<String> kecamatan = jdbc.queryForList(
                "select name from region where parent_code = ? and level = 'KECAMATAN' order by code", String.class, regency);
        List<String> otherKecamatan = jdbc.queryForList(
                "select name from region where parent_code = ? and level = 'KECAMATAN' order by code", String.class,
                otherRegency);
        assertThat(kecamatan).isNotEmpty();
        try (Browser b = Browser.open(baseUrl())) {
            b.openAppAs("tasklist", user, "demo");
            b.waitForVisible(By.id("jamsos-link-dasbor")).click();
            b.waitUntil(d -> regency.equals(b.script("return document.body.dataset.dasbor")), "dashboard of " + regency);
            b.waitForText("Dasbor Jaminan Sosial");
            assertThat(b.bodyText()).contains("(" + regency + ")").doesNotContain("(" + otherRegency + ")");

            for (String chart : CHARTS) {
                // Drawn by Chart.js onto the canvas: the chart exists and the canvas has painted pixels.
                assertThat(b.script("var c = Chart.getChart(arguments[0]); if (!c) return false;"
                        + " var ctx = c.canvas.getContext('2d'); var px = ctx.getImageData(0, 0, c.canvas.width, c.canvas.height).data;"
                        + " for (var i = 3; i < px.length; i += 4) { if (px[i] !== 0) return true; } return false;", chart))
                        .as(chart + " drawn").isEqualTo(true);
            }
            // Labels: the kecamatan's name, with its coverage % where its population is recorded ("Selat (42,86%)").
            List<String> labels = ((List<String>) b.script("return Chart.getChart('grafik-cakupan').data.labels"))
                    .stream().map(l -> l.replaceFirst(" \\([0-9.,]+%\\)$", "")).toList();
            assertThat(labels).containsExactlyElementsOf(kecamatan);
            assertThat(labels).doesNotContainAnyElementsOf(otherKecamatan);
            List<Number> members = (List<Number>) b.script("return Chart.getChart('grafik-cakupan').data.datasets[1].data");
            Map<String, Long> active = new java.util.HashMap<>();
            jdbc.queryForList("select r.name, count(m.membership_number) as n from region r left join member m"
                    + " on m.kecamatan_code = r.code and m.status = 'ACTIVE' where r.parent_code = ? and r.level = 'KECAMATAN'"
                    + " group by r.name", regency).forEach(r -> active.put((String) r.get("name"), ((Number) r.get("n")).longValue()));
            for (int i = 0; i < kecamatan.size(); i++) {
                assertThat(members.get(i).longValue()).as(kecamatan.get(i)).isEqualTo(active.get(kecamatan.get(i)));
            }

            // Members this month: every member of the regency whose cover started by now and has not ended before it.
            List<Number> overTime = (List<Number>) b.script("return Chart.getChart('grafik-peserta').data.datasets[0].data");
            assertThat(overTime).hasSize(DashboardService.MONTHS);
            Long coveredNow = jdbc.queryForObject("select count(*) from member where regency_code = ? and coverage_start < ?"
                    + " and (coverage_end is null or coverage_end >= ?)", Long.class, regency,
                    Date.valueOf(TODAY.withDayOfMonth(1).plusMonths(1)), Date.valueOf(TODAY.withDayOfMonth(1)));
            assertThat(overTime.get(overTime.size() - 1).longValue()).isEqualTo(coveredNow);

            // Claims paid this month, in rupiah, per type: what the database holds for this regency only.
            List<Number> jkm = (List<Number>) b.script("return Chart.getChart('grafik-klaim').data.datasets[0].data");
            List<Number> jkk = (List<Number>) b.script("return Chart.getChart('grafik-klaim').data.datasets[1].data");
            assertThat(jkm.get(jkm.size() - 1).longValue()).isEqualTo(paidThisMonth(regency, "JKM"));
            assertThat(jkk.get(jkk.size() - 1).longValue()).isEqualTo(paidThisMonth(regency, "JKK"));
            assertThat(paidThisMonth(regency, regency.equals("6203") ? "JKM" : "JKK")).isPositive();

            // Budget: the ACTIVE PKS of the regency.
            assertThat(b.driver().findElement(By.id("ket-anggaran")).getText()).startsWith("PKS-" + regency + "-");

            // Each chart's Excel link: a workbook with the same kecamatan, fetched with the page's login.
            for (String chart : List.of("cakupan", "peserta", "antrean", "anggaran", "klaim")) {
                String href = b.driver().findElement(By.cssSelector("a.unduh[data-grafik='" + chart + "']")).getAttribute("href");
                assertThat(href).isEqualTo(baseUrl() + "/api/dashboard/" + chart + ".xlsx?regencyCode=" + regency);
                Browser.Download d = b.fetch(href);
                assertThat(d.status()).as(chart).isEqualTo(200);
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(d.body()))) {
                    Sheet sheet = wb.getSheetAt(0);
                    assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("(" + regency + ")");
                    if (chart.equals("cakupan")) {
                        List<String> names = new ArrayList<>();
                        for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                            Row row = sheet.getRow(r);
                            names.add(row.getCell(1).getStringCellValue());
                        }
                        assertThat(names).containsExactlyElementsOf(kecamatan);
                    }
                }
            }
            // Another regency's figures are refused, even asked for directly.
            assertThat(b.fetch("/api/dashboard?regencyCode=" + otherRegency).status()).isEqualTo(403);
            assertThat(b.fetch("/api/dashboard/klaim.xlsx?regencyCode=" + otherRegency).status()).isEqualTo(403);
            if (screenshot != null) {
                b.screenshot(SCREENSHOTS.resolve(screenshot));
                b.script("window.scrollTo(0, document.body.scrollHeight)");
                b.screenshot(SCREENSHOTS.resolve("dasbor-anggaran-klaim.png"));
            }
        }
    }

    @Test
    void withoutLoginTheDashboardSendsToTasklistAndTheApiAsksForCredentials() throws Exception {
        HttpResponse<String> page = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(url("/dasbor"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/camunda/app/tasklist/default/");
        assertThat(anonymous().getForEntity(url("/api/dashboard?regencyCode=6203"), String.class).getStatusCode().value())
                .isEqualTo(401);
        assertThat(as("supervisor.6203").getForEntity(url("/api/dashboard?regencyCode=62"), String.class)
                .getStatusCode().value()).isEqualTo(400);
        assertThat(as("supervisor.6203").getForEntity(url("/api/dashboard/lain.xlsx?regencyCode=6203"), String.class)
                .getStatusCode().value()).isEqualTo(404);
    }

    private long paidThisMonth(String regency, String type) {
        Instant from = TODAY.withDayOfMonth(1).atStartOfDay(ZoneId.of("Asia/Jakarta")).toInstant();
        Long n = jdbc.queryForObject("select coalesce(sum(p.amount), 0) from claim_payment p join claim c"
                + " on c.claim_number = p.claim_number where c.regency_code = ? and c.claim_type = ? and p.status = 'PAID'"
                + " and p.paid_at >= ?", Long.class, regency, type, Timestamp.from(from));
        return n == null ? 0 : n;
    }

    private String firstVillage(String regency) {
        return jdbc.queryForObject("select min(code) from region where code like ? and level = 'VILLAGE'", String.class,
                regency + "%");
    }

    private void paidClaim(String regency, String village, String type, long amount) {
        FreshMember fresh = FreshMember.draw(jdbc, regency + "97", village.substring(0, 6) + "150586");
        long n = fresh.serial();
        String membership = fresh.membershipNumber();
        String nik = fresh.nik();
        String claim = "KLM-" + regency + "-" + TODAY.getYear() + "-D" + n;
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into member (membership_number, nik, name, birth_date, sex, category, village_code,"
                        + " kecamatan_code, regency_code, segment, status, coverage_start, coverage_end, contribution_months,"
                        + " created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                membership, nik, "Peserta Dasbor " + n, Date.valueOf(LocalDate.of(1986, 5, 15)), "M", "PETANI", village,
                village.substring(0, 6), regency, "PEMERINTAH_APBD", "ENDED", Date.valueOf(TODAY.minusYears(1)),
                Date.valueOf(TODAY), 12, now, now);
        jdbc.update("insert into claim (claim_number, regency_code, membership_number, claim_type, event_date, status,"
                        + " created_by, created_at, updated_at, paid_at, total_payable) values (?,?,?,?,?,?,?,?,?,?,?)",
                claim, regency, membership, type, Date.valueOf(TODAY), "PAID", "bpjs." + regency, now, now, now, amount);
        jdbc.update("insert into claim_payment (claim_number, amount, payee_name, bank_name, bank_account, status,"
                + " created_at, paid_at) values (?,?,?,?,?,?,?,?)", claim, amount, "Ahli Waris " + n, "BRI", "0123456789",
                "PAID", now, now);
    }
}
