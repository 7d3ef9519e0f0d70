package id.jamsos.rentan.verification;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.support.Browser;
import id.jamsos.rentan.support.IntegrationTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Lurah's day in a real Chromium: the village task shows its context in the list, the embedded form lists
 * the candidates, a rejection without a reason is refused on the form, with a reason the task completes and
 * the candidate carries the reason.
 */
class VillageTaskBrowserIT extends IntegrationTest {
    static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    @Autowired
    TaskService tasks;

    @Test
    void lurahRejectsOneCandidateWithAReasonInTasklist() throws Exception {
        String village = "6203011002"; // Selat Tengah, Kec. Selat: its own Lurah, untouched by other tests
        StringBuilder json = new StringBuilder("{\"regencyCode\":\"6203\",\"candidates\":[");
        String[] names = {"Rusdiansyah", "Norhayati", "Ahmad Jailani"};
        for (int i = 0; i < names.length; i++) {
            int day = 3 + i;
            String nik = "620301" + String.format("%02d0782%04d", i == 1 ? day + 40 : day, 5101 + i * 10);
            json.append(i == 0 ? "" : ",").append("{\"nik\":\"").append(nik).append("\",\"name\":\"").append(names[i])
                    .append("\",\"birthDate\":\"1982-07-").append(String.format("%02d", day)).append("\",\"sex\":\"")
                    .append(i == 1 ? "F" : "M").append("\",\"villageCode\":\"").append(village)
                    .append("\",\"category\":\"NELAYAN\",\"address\":\"RT 04 Selat Tengah\"}");
        }
        json.append("]}");
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> r = as("dinsos.6203").postForEntity(url("/api/candidates"), new HttpEntity<>(json.toString(), h), JsonNode.class);
        long batchId = r.getBody().get("batchId").asLong();
        String businessKey = "VER-6203-" + batchId;
        await(Duration.ofSeconds(60), "village task", () -> tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey("Task_VerifyVillageList").count() == 1);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey("Task_VerifyVillageList").singleResult();
        assertThat(task.getName()).contains("Verifikasi 3 calon peserta").contains("Selat Tengah").contains("Kec. Selat");
        assertThat(task.getDueDate()).isNotNull();
        JsonNode batch = as("dinsos.6203").getForObject(url("/api/batches/" + batchId), JsonNode.class);
        long rejectedId = batch.get("candidateIds").get(1).asLong();

        // The Lurah has claimed the task (engine-rest, as Tasklist's "Klaim" does); it now sits in "Tugas Saya".
        HttpHeaders claim = new HttpHeaders();
        claim.setContentType(MediaType.APPLICATION_JSON);
        assertThat(as("lurah.6203011002").postForEntity(url("/engine-rest/task/" + task.getId() + "/claim"),
                new HttpEntity<>("{\"userId\":\"lurah.6203011002\"}", claim), String.class).getStatusCode().value()).isEqualTo(204);

        try (Browser b = Browser.open(baseUrl())) {
            b.openAppAs("tasklist", "lurah.6203011002", "demo");
            b.waitForText("Tugas Saya").click();
            b.waitForText(task.getName()).click();
            b.waitForText("Norhayati");
            b.waitForBodyText("3 calon peserta");
            b.screenshot(SCREENSHOTS.resolve("tasklist-verifikasi-desa.png"));

            Select decision = new Select(b.waitForVisible(By.cssSelector("select.vl-decision[data-id='" + rejectedId + "']")));
            b.waitUntil(d -> decision.getWrappedElement().isEnabled(), "form enabled for the assignee");
            decision.selectByValue("reject");
            new Select(b.driver().findElement(By.id("vl-approved"))).selectByValue("true"); // no decision is pre-made
            complete(b);
            // The refusal names the person and the row, not an id.
            b.waitForBodyText("Alasan wajib diisi untuk Norhayati (NIK ");
            assertThat(b.bodyText()).contains("baris 2) yang ditolak");
            assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

            b.driver().findElement(By.cssSelector("input.vl-reason[data-id='" + rejectedId + "']"))
                    .sendKeys("Bekerja tetap sebagai pegawai toko, bukan pekerja rentan");
            complete(b);
            try {
                b.waitUntil(d -> tasks.createTaskQuery().taskId(task.getId()).count() == 0, "task completed from the form");
            } finally {
                b.screenshot(SCREENSHOTS.resolve("tasklist-verifikasi-desa-selesai.png"));
            }
        }
        JsonNode candidate = as("dinsos.6203").getForObject(url("/api/candidates/" + rejectedId), JsonNode.class);
        assertThat(candidate.get("status").asText()).isEqualTo("REJECTED");
        assertThat(candidate.get("reasons").toString()).contains("pegawai toko").contains("lurah.6203011002");
    }

    /** Tasklist's "Selesaikan" button, once the claim has enabled it. */
    private static void complete(Browser b) {
        var button = b.waitFor(By.xpath("//button[normalize-space()='Selesaikan']"));
        b.waitUntil(d -> button.isEnabled(), "Selesaikan enabled");
        b.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
    }
}
