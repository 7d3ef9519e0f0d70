package id.jamsos.rentan.claim;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.jamsos.rentan.common.IndonesianDates;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.support.Browser;
import id.jamsos.rentan.support.IntegrationTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The BPJS officer's claim in a real Chromium: the start form offers only the officer's own regency and takes
 * dates as dd-mm-yyyy and amounts with dot thousands; after "Mulai" the claim number stays on the screen; the
 * document check shows the deceased, the event, the contribution months and each heir (relation, bank, masked
 * account) with a link to the claim view, starts with no decision, and a refusal shows only its Indonesian message
 * on the form (logged as INFO, not ERROR).
 */
class ClaimFormsIT extends IntegrationTest {
    static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    @Autowired
    MemberRepository members;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void officerStartsAClaimSeesItsNumberAndChecksTheDocumentsOnTheFacts() {
        Member m = ClaimTestData.member(members, 26);
        String claimNumber;
        try (Browser b = Browser.open(baseUrl())) {
            b.driver().manage().window().setSize(new Dimension(1366, 768));
            b.openAppAs("tasklist", "bpjs.6203", "demo");
            // The engine's wrappings Tasklist shows, each reduced to our Indonesian message.
            for (String wrapped : List.of(
                    "Cannot submit task form 8f1c: ENGINE-03051 There was an exception while invoking the TaskListener. Message: 'note: wajib diisi'",
                    "Exception while invoking TaskListener: note: wajib diisi",
                    "Cannot instantiate process definition claim-payout:3:77: note: wajib diisi")) {
                assertThat(b.script("return window.jamsosForms.unwrapEngineMessage(arguments[0]);", wrapped)).isEqualTo("note: wajib diisi");
            }
            assertThat((String) b.script("return window.jamsosForms.unwrapEngineMessage(arguments[0]);",
                    "No matching task with id 8f1c")).startsWith("Tugas ini sudah diselesaikan");
            assertThat(b.script("return window.jamsosForms.formatNumber(4888800000);")).isEqualTo("4.888.800.000");
            assertThat(b.script("return window.jamsosForms.number('48.500');")).isEqualTo(48500L);
            assertThat(b.script("return window.jamsosForms.date('05-02-2019');")).isEqualTo("2019-02-05");
            b.waitFor(By.cssSelector(".start-process-action")).click();
            b.script("arguments[0].click();", b.waitFor(By.xpath("//a[contains(., 'Pembayaran Klaim JKM/JKK kepada Ahli Waris')]")));
            Select regency = new Select(b.waitForVisible(By.id("regencyCode")));
            b.waitUntil(d -> !regency.getOptions().isEmpty(), "the officer's regencies loaded");
            assertThat(regency.getOptions()).extracting(o -> o.getAttribute("value")).containsExactly("6203");

            b.driver().findElement(By.id("membershipNumber")).sendKeys(m.membershipNumber());
            b.driver().findElement(By.id("eventDate")).sendKeys(IndonesianDates.format(ClaimTestData.TODAY.minusDays(2)));
            b.driver().findElement(By.id("deathCertificateNumber")).sendKeys("474.3/118/2026");
            WebElement heir = b.waitFor(By.cssSelector("#heirRows tbody tr"));
            heir.findElement(By.cssSelector("[data-field='name']")).sendKeys("Mariatul Kiptiah");
            heir.findElement(By.cssSelector("[data-field='nik']")).sendKeys("6203014806900002");
            heir.findElement(By.cssSelector("[data-field='birthDate']")).sendKeys("08-06-1990");
            heir.findElement(By.cssSelector("[data-field='bankName']")).sendKeys("Bank Kalteng");
            heir.findElement(By.cssSelector("[data-field='bankAccount']")).sendKeys("0011223344556677");
            WebElement start = b.waitFor(By.xpath("//button[contains(@class,'btn-primary') and normalize-space()='Mulai']"));
            b.waitUntil(d -> start.isEnabled(), "Mulai enabled");
            start.click();

            b.waitUntil(d -> jdbc.queryForObject("select count(*) from claim where membership_number = ?", Long.class,
                    m.membershipNumber()) == 1, "claim registered");
            claimNumber = jdbc.queryForObject("select claim_number from claim where membership_number = ?", String.class,
                    m.membershipNumber());
            assertThat(b.waitForVisible(By.id("jamsos-started")).getText()).contains("Klaim terdaftar dengan nomor " + claimNumber);
            b.screenshot(SCREENSHOTS.resolve("tasklist-klaim-terdaftar.png"));

            String number = claimNumber;
            b.waitUntil(d -> tasks.createTaskQuery().processInstanceBusinessKey(number)
                    .taskDefinitionKey(ClaimProcessKeys.TASK_CHECK_DOCUMENTS).count() == 1, "document check created");
            Task check = tasks.createTaskQuery().processInstanceBusinessKey(number)
                    .taskDefinitionKey(ClaimProcessKeys.TASK_CHECK_DOCUMENTS).singleResult();
            tasks.claim(check.getId(), "bpjs.6203");
            b.get("/camunda/app/tasklist/default/#/?task=" + check.getId());
            b.waitForBodyText("Pemeriksaan kelengkapan dokumen klaim");
            b.waitForInputValue(m.name() + " — NIK 620301********" + m.nik().substring(14) + ", KPJ " + m.membershipNumber());
            b.waitUntil(d -> inputValues(b).stream().anyMatch(v -> v.startsWith("JKM") && v.contains(
                    IndonesianDates.format(ClaimTestData.TODAY.minusDays(2))) && v.contains("474.3/118/2026")), "the event");
            b.waitUntil(d -> inputValues(b).stream().anyMatch(v -> v.startsWith("26 bulan")), "the contribution months");
            b.waitUntil(d -> inputValues(b).stream().anyMatch(v -> v.contains("Mariatul Kiptiah — janda/duda — Bank Kalteng, rek. ************6677")),
                    "the heir with relation, bank and masked account");
            assertThat(b.driver().getPageSource()).doesNotContain("0011223344556677");
            assertThat(b.waitForVisible(By.partialLinkText("Buka halaman klaim")).getAttribute("href"))
                    .isEqualTo(baseUrl() + "/klaim/" + claimNumber);
            List<WebElement> decision = b.driver().findElements(By.cssSelector("input[type='radio']"));
            assertThat(decision).hasSize(2).noneMatch(WebElement::isSelected);
            b.screenshot(SCREENSHOTS.resolve("tasklist-periksa-dokumen-klaim.png"));

            // "Complete" chosen with documents unticked: the listener refuses; the form shows only its message.
            ListAppender<ILoggingEvent> log = new ListAppender<>();
            log.start();
            ch.qos.logback.classic.Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("ROOT");
            root.addAppender(log);
            try {
                b.script("arguments[0].click();", decision.get(0)); // "Berkas lengkap dan sah"
                complete(b);
                b.waitForBodyText("berkas belum lengkap");
                assertThat(b.bodyText()).doesNotContain("ENGINE-").doesNotContain("Cannot submit task form")
                        .doesNotContain("TaskListener");
                assertThat(b.waitForVisible(By.id("jamsos-form-refusal")).getText()).startsWith("approved: berkas belum lengkap");
                b.screenshot(SCREENSHOTS.resolve("tasklist-klaim-ditolak-formulir.png"));
            } finally {
                root.detachAppender(log);
            }
            assertThat(log.list).noneMatch(e -> e.getLevel() == Level.ERROR && e.getFormattedMessage().contains("berkas belum lengkap")
                    || e.getLevel() == Level.ERROR && e.getThrowableProxy() != null
                    && String.valueOf(e.getThrowableProxy().getMessage()).contains("berkas belum lengkap"));
            assertThat(log.list).anyMatch(e -> e.getLevel() == Level.INFO && e.getLoggerName().equals("id.jamsos.rentan.refusal")
                    && e.getFormattedMessage().contains("berkas belum lengkap"));
            assertThat(tasks.createTaskQuery().taskId(check.getId()).count()).isEqualTo(1);

            for (WebElement box : b.driver().findElements(By.cssSelector("input[type='checkbox']"))) {
                if (!box.isSelected()) {
                    b.script("arguments[0].click();", box);
                }
            }
            complete(b);
            b.waitUntil(d -> tasks.createTaskQuery().taskId(check.getId()).count() == 0, "document check completed");
        }
        assertThat(jdbc.queryForObject("select count(*) from claim_document where claim_number = ?", Long.class, claimNumber))
                .isEqualTo(DocumentType.codes().size());
    }

    private static List<String> inputValues(Browser b) {
        @SuppressWarnings("unchecked")
        List<String> values = (List<String>) b.script(
                "return Array.from(document.querySelectorAll('input, textarea')).map(function (i) { return i.value; });");
        return values;
    }

    private static void complete(Browser b) {
        WebElement button = b.waitFor(By.xpath("//button[normalize-space()='Selesaikan']"));
        b.waitUntil(d -> button.isEnabled(), "Selesaikan enabled");
        b.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
    }
}
