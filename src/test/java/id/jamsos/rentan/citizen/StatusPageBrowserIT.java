package id.jamsos.rentan.citizen;

import id.jamsos.rentan.claim.ClaimRepository;
import id.jamsos.rentan.claim.ClaimStatus;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.support.Browser;
import id.jamsos.rentan.support.IntegrationTest;
import id.jamsos.rentan.verification.CandidateRepository;
import id.jamsos.rentan.verification.CandidateStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.LocalDate;

import static id.jamsos.rentan.citizen.CitizenTestData.BIRTH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * /status in headless Chromium at a phone's size (360 x 740 CSS pixels): no login, Bahasa Indonesia, the form
 * fits the screen, a member sees the membership, an heir the claim, a rejected candidate the reason, a wrong
 * birth date the one "not found" answer; the page runs under its CSP (no inline script).
 */
class StatusPageBrowserIT extends IntegrationTest {
    @Autowired
    MemberRepository members;
    @Autowired
    CandidateRepository candidates;
    @Autowired
    ClaimRepository claims;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void freshHourForLocalhost() {
        jdbc.update("delete from citizen_status_lookup where client_address in ('127.0.0.1', '0:0:0:0:0:0:0:1')");
    }

    void ask(Browser b, String nik, LocalDate birth) {
        WebElement nikField = b.waitForVisible(By.id("nik"));
        nikField.clear();
        nikField.sendKeys(nik);
        // A date input takes its value through the page; typing depends on the browser's locale.
        b.script("document.getElementById('birthDate').value = arguments[0];", birth.toString());
        b.driver().findElement(By.id("check")).click();
    }

    @Test
    void aPersonChecksTheirStatusOnAPhone() {
        Member m = CitizenTestData.member(members, candidates, null);
        String heirNik = CitizenTestData.freshNik(members, candidates);
        LocalDate heirBirth = LocalDate.of(1983, 8, 9);
        String claim = CitizenTestData.claim(claims, m, heirNik, heirBirth, ClaimStatus.AWAITING_DOCUMENTS);
        CandidateRepository.Candidate rejected = CitizenTestData.candidate(candidates, members, CandidateStatus.REJECTED,
                "Bukan pekerja bukan penerima upah");
        try (Browser b = Browser.open(baseUrl())) {
            b.driver().manage().window().setSize(new Dimension(360, 740));
            b.get("/status");
            b.waitForText("Cek Status Jaminan Sosial Pekerja Rentan");
            long viewport = ((Number) b.script("return document.documentElement.clientWidth;")).longValue();
            long content = ((Number) b.script("return document.documentElement.scrollWidth;")).longValue();
            assertThat(content).as("no horizontal scrolling on a phone").isLessThanOrEqualTo(viewport);
            assertThat(b.driver().findElement(By.id("check")).getRect().getWidth()).isGreaterThan(250);

            ask(b, m.nik(), BIRTH);
            b.waitForBodyText("Kepesertaan");
            assertThat(b.bodyText()).contains("Aktif").contains(m.membershipNumber()).contains("Klaim " + claim)
                    .doesNotContain(m.nik()).doesNotContain(m.name());
            b.screenshot(Path.of("target/screenshots/status-peserta.png"));

            ask(b, heirNik, heirBirth);
            b.waitForBodyText("Ahli waris");
            assertThat(b.bodyText()).contains("Klaim " + claim).contains("Menunggu dokumen").doesNotContain("Nomor peserta");

            ask(b, rejected.nik(), BIRTH);
            b.waitForBodyText("Bukan pekerja bukan penerima upah");
            assertThat(b.bodyText()).contains("Tidak disetujui").contains("sanggahan");

            ask(b, m.nik(), BIRTH.minusDays(1));
            b.waitForBodyText("Data tidak ditemukan");
            assertThat(b.bodyText()).doesNotContain("Kepesertaan");

            ask(b, "123", BIRTH);
            b.waitForBodyText("NIK wajib 16 angka");
            assertThat(b.driver().manage().logs().get("browser").getAll())
                    .noneMatch(e -> e.getMessage().contains("Content Security Policy"));
        }
    }

    @Test
    void aRejectedCandidateFilesAnObjectionOnAPhoneAndSeesIt() {
        CandidateRepository.Candidate rejected = CitizenTestData.candidate(candidates, members, CandidateStatus.REJECTED,
                "Sudah menjadi pegawai tetap");
        try (Browser b = Browser.open(baseUrl())) {
            b.driver().manage().window().setSize(new Dimension(360, 740));
            b.get("/status");
            ask(b, rejected.nik(), BIRTH);
            b.waitForBodyText("Ajukan sanggahan");
            assertThat(new org.openqa.selenium.support.ui.Select(b.driver().findElement(By.id("subject")))
                    .getFirstSelectedOption().getText()).isEqualTo("Usulan peserta ditolak");
            b.driver().findElement(By.id("text")).sendKeys("Saya sudah berhenti bekerja sejak Juni; mohon diverifikasi ulang.");
            b.driver().findElement(By.id("contact")).sendKeys("warga.uji@contoh.test");
            WebElement send = b.driver().findElement(By.id("sendObjection"));
            b.script("arguments[0].scrollIntoView(true);", send);
            assertThat(send.getRect().getWidth()).isGreaterThan(250);
            send.click();
            b.waitForBodyText("Sanggahan dicatat");
            assertThat(b.bodyText()).contains("Sanggahan SGH-6203-").contains("Sedang diproses").contains("Dinas Sosial");
            long viewport = ((Number) b.script("return document.documentElement.clientWidth;")).longValue();
            long content = ((Number) b.script("return document.documentElement.scrollWidth;")).longValue();
            assertThat(content).as("no horizontal scrolling on a phone").isLessThanOrEqualTo(viewport);
            b.screenshot(Path.of("target/screenshots/status-sanggahan.png"));

            // Looked up again, the page shows the objection from the server, with its due date.
            ask(b, rejected.nik(), BIRTH);
            b.waitForBodyText("Batas keputusan");
            assertThat(b.bodyText()).contains("Sanggahan SGH-6203-").contains("Usulan peserta ditolak")
                    .doesNotContain(rejected.nik());
            assertThat(jdbc.queryForObject("select count(*) from citizen_grievance where nik = ?", Integer.class,
                    rejected.nik())).isEqualTo(1);
            assertThat(b.driver().manage().logs().get("browser").getAll())
                    .noneMatch(e -> e.getMessage().contains("Content Security Policy"));
        }
    }
}
