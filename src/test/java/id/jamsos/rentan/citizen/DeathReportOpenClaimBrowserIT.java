package id.jamsos.rentan.citizen;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.claim.ClaimRepository;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.support.Browser;
import id.jamsos.rentan.support.IntegrationTest;
import id.jamsos.rentan.verification.CandidateRepository;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import java.nio.file.Path;

import static id.jamsos.rentan.citizen.CitizenTestData.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real Chromium: the BPJS officer opens "Buka klaim bersama ahli waris" in Tasklist, sees the member and the date of
 * death prefilled read-only, enters the heir in the embedded form's row; a bad NIK is refused on the form naming
 * heirs[0].nik with no claim written, the corrected form completes the task and files the claim with that heir.
 */
class DeathReportOpenClaimBrowserIT extends IntegrationTest {
    static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    @Autowired
    MemberRepository members;
    @Autowired
    CandidateRepository candidates;
    @Autowired
    ClaimRepository claims;
    @Autowired
    TaskService tasks;

    @Test
    void theBpjsOfficerFilesTheClaimFromTheTaskForm() {
        Member m = CitizenTestData.member(members, candidates, null);
        ResponseEntity<JsonNode> r = as("dinsos.6203").postForEntity(url("/api/death-reports"),
                DeathReportIT.body(m.nik(), null, TODAY.minusDays(2)), JsonNode.class);
        assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(201);
        String number = r.getBody().get("reportNumber").asText();
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
        String heirNik = CitizenTestData.freshNik(members, candidates);

        try (Browser b = Browser.open(baseUrl())) {
            b.openAppAs("tasklist", "bpjs.6203", "demo");
            b.get("/camunda/app/tasklist/default/#/?task=" + task.getId());
            b.waitForBodyText("Buka klaim kematian bersama ahli waris");
            b.waitForBodyText(m.name());
            b.waitForBodyText(m.membershipNumber());
            b.waitForBodyText(CitizenTestData.TODAY.minusDays(2).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
            b.waitFor(By.cssSelector("#orc-heirRows tbody tr"));
            assertThat(b.driver().findElements(By.cssSelector("#orc-heirRows tbody tr"))).hasSize(2);

            b.script("arguments[0].click();", b.waitFor(By.xpath("//*[(self::a or self::button) and normalize-space()='Klaim']")));
            b.waitUntil(d -> "bpjs.6203".equals(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()),
                    "task claimed");
            // Tasklist sometimes returns to the filter's list after a claim (the detail pane shows "Pilih tugas dari
            // daftar"): the officer opens the task again, as in any session.
            b.get("/camunda/app/tasklist/default/#/?task=" + task.getId());
            WebElement row = b.waitFor(By.cssSelector("#orc-heirRows tbody tr"));
            set(b, row, "name", "Siti Aminah");
            set(b, row, "nik", "12345");
            set(b, row, "birthDate", "03-02-1981");
            set(b, row, "bankName", "BRI");
            set(b, row, "bankAccount", "001201000312345");
            b.screenshot(SCREENSHOTS.resolve("tasklist-buka-klaim-kematian.png"));
            complete(b);
            b.waitForBodyText("heirs[0].nik");
            assertThat(claims.claimNumberOfMember(m.membershipNumber())).isEmpty();

            set(b, b.waitFor(By.cssSelector("#orc-heirRows tbody tr")), "nik", heirNik);
            complete(b);
            b.waitUntil(d -> tasks.createTaskQuery().taskId(task.getId()).count() == 0, "task completed from the form");
        }
        String claim = claims.claimNumberOfMember(m.membershipNumber()).orElseThrow();
        assertThat(claims.heirs(claim)).singleElement().satisfies(h -> {
            assertThat(h.nik()).isEqualTo(heirNik);
            assertThat(h.name()).isEqualTo("Siti Aminah");
        });
        assertThat(claims.find(claim).orElseThrow().createdBy()).isEqualTo("bpjs.6203");
    }

    /** Sets a heir row's field as a user would, firing the events the form listens to. */
    private static void set(Browser b, WebElement row, String field, String value) {
        WebElement input = row.findElement(By.cssSelector("[data-field='" + field + "']"));
        b.script("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, value);
    }

    /** Tasklist's "Selesaikan" button of the task form. */
    private static void complete(Browser b) {
        WebElement button = b.waitFor(By.xpath("//button[normalize-space()='Selesaikan']"));
        b.waitUntil(d -> button.isEnabled(), "Selesaikan enabled");
        b.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
    }
}
