package id.jamsos.rentan.verification;

import id.jamsos.rentan.support.Browser;
import id.jamsos.rentan.support.Downloads;
import id.jamsos.rentan.support.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dinas Sosial in a real Chromium: "Mulai proses" → "Verifikasi Calon Peserta" with the regency preselected; a
 * file without the NIK column is refused on the form and creates nothing; an XLSX with good and bad rows starts
 * the batch; "Periksa Hasil Impor" shows the counts and each rejected row, and its Excel link downloads with the
 * Tasklist login.
 */
class CandidateImportBrowserIT extends IntegrationTest {
    static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcTemplate jdbc;

    long latestBatch() {
        Long id = jdbc.queryForObject("select max(id) from candidate_batch where created_by = 'dinsos.6203'", Long.class);
        return id == null ? 0 : id;
    }

    @Test
    void dinsosUploadsAnXlsxInTasklistAndSeesTheRejectedRows() throws Exception {
        Path dir = Files.createTempDirectory("jamsos-upload-");
        Path bad = dir.resolve("tanpa-nik.xlsx");
        Files.write(bad, CandidateImportFormIntegrationIT.xlsx(List.of(
                List.of("name", "birthDate", "sex", "villageCode", "category", "address"),
                List.of("Ahmad Rifai", "1980-05-12", "M", "6203011001", "PETANI", "RT 01"))));
        Path good = dir.resolve("calon-kapuas.xlsx");
        Files.write(good, CandidateImportFormIntegrationIT.mixedFile());
        long before = latestBatch();

        try (Browser b = Browser.open(baseUrl())) {
            b.openAppAs("tasklist", "dinsos.6203", "demo");
            b.waitFor(By.cssSelector(".start-process-action")).click();
            var process = b.waitFor(By.xpath("//a[contains(., 'Verifikasi Calon Peserta')]"));
            b.script("arguments[0].click();", process);
            // The regency comes from the official's Dinas Sosial group, preselected.
            Select regency = new Select(b.waitForVisible(By.id("ci-regency")));
            b.waitUntil(d -> !regency.getOptions().isEmpty(), "regencies of the official loaded");
            assertThat(regency.getOptions()).extracting(WebElement::getText).containsExactly("Kabupaten Kapuas (6203)");
            assertThat(regency.getFirstSelectedOption().getAttribute("value")).isEqualTo("6203");
            b.waitForBodyText("Sesuai kelompok Dinas Sosial Anda.");

            // A file without the NIK column: the API's message on the form, nothing stored.
            b.driver().findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
            start(b);
            b.waitForBodyText("Kolom 'nik' tidak ada di baris judul");
            assertThat(latestBatch()).isEqualTo(before);
            b.screenshot(SCREENSHOTS.resolve("tasklist-impor-ditolak.png"));

            b.driver().findElement(By.id("file")).sendKeys(good.toAbsolutePath().toString());
            b.screenshot(SCREENSHOTS.resolve("tasklist-impor-mulai.png"));
            start(b);
            b.waitUntil(d -> latestBatch() > before, "batch stored from the start form");
            long batchId = latestBatch();
            String businessKey = "VER-6203-" + batchId;
            b.waitUntil(d -> tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
                    .taskDefinitionKey("Task_ReviewImport").count() == 1, "review task created");
            Task review = tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
                    .taskDefinitionKey("Task_ReviewImport").singleResult();
            assertThat(review.getAssignee()).isEqualTo("dinsos.6203");

            b.get("/camunda/app/tasklist/default/#/?task=" + review.getId());
            b.waitForText(review.getName());
            b.waitForBodyText("Penyaringan selesai: 3 calon diterima");
            b.waitForBodyText("2 baris ditolak");
            List<String> rows = b.driver().findElements(By.cssSelector("#ir-rows tr")).stream().map(WebElement::getText).toList();
            // Row numbers as Excel shows them, the header being row 1 (issue 13).
            assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("3 NIK"));
            assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("5 Kode desa"));
            assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("5 Jenis kelamin"));
            b.screenshot(SCREENSHOTS.resolve("tasklist-periksa-hasil-impor.png"));

            // The Excel link works with the Tasklist login alone (no other credentials in the browser).
            String href = b.driver().findElement(By.id("ir-download")).getAttribute("href");
            assertThat(href).endsWith("/api/batches/" + batchId + "/rejected.xlsx");
            Browser.Download download = b.fetch(href);
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.contentType()).isEqualTo(Downloads.XLSX);
            assertThat(download.body().length).isGreaterThan(1000);

            b.script("arguments[0].click();", b.waitFor(By.id("approved")));
            var complete = b.waitFor(By.xpath("//button[normalize-space()='Selesaikan']"));
            b.waitUntil(d -> complete.isEnabled(), "Selesaikan enabled");
            b.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", complete);
            b.waitUntil(d -> tasks.createTaskQuery().taskId(review.getId()).count() == 0, "review completed from the form");
        }
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(
                jdbc.queryForObject("select process_instance_id from candidate_batch where id = ?", String.class, latestBatch()))
                .activityId("EndEvent_ImportReviewed").count()).isEqualTo(1);
    }

    /** Tasklist's "Mulai" button of the start dialog. */
    private static void start(Browser b) {
        var button = b.waitFor(By.xpath("//button[contains(@class,'btn-primary') and normalize-space()='Mulai']"));
        b.waitUntil(d -> button.isEnabled(), "Mulai enabled");
        b.script("arguments[0].click();", button);
    }
}
