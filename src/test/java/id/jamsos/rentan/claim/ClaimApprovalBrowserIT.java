package id.jamsos.rentan.claim;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.support.Browser;
import id.jamsos.rentan.support.Downloads;
import id.jamsos.rentan.support.IntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real Chromium: the branch head (Kepala Kantor Cabang) opens "Setujui pembayaran klaim" in Tasklist and
 * downloads the regency's claims awaiting approval as Excel from the link on the Camunda Form, with the
 * Tasklist login alone. The claim gets there as in production: filed over the API, documents checked.
 */
class ClaimApprovalBrowserIT extends IntegrationTest {
    static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    @Autowired
    MemberRepository members;
    @Autowired
    TaskService tasks;

    Task awaitTask(String claimNumber, String key) {
        await(Duration.ofSeconds(60), key + " of " + claimNumber, () -> tasks.createTaskQuery()
                .processInstanceBusinessKey(claimNumber).taskDefinitionKey(key).count() == 1);
        return tasks.createTaskQuery().processInstanceBusinessKey(claimNumber).taskDefinitionKey(key).singleResult();
    }

    /** A JKK death above the approval threshold: 48 × the registered Rp1.000.000 + Rp22.000.000 is over Rp50.000.000. */
    String claimAwaitingApproval() {
        Member m = ClaimTestData.member(members, 30);
        ResponseEntity<JsonNode> created = as("bpjs.6203").postForEntity(url("/api/claims"), ClaimIntegrationIT.claim(
                m.membershipNumber(), "JKK", ClaimTestData.TODAY.minusDays(3), 1_000_000L,
                List.of(ClaimIntegrationIT.heir("Nurhayati", "6203014404880001", "SPOUSE",
                        LocalDate.of(1988, 4, 4), null))), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = created.getBody().get("claimNumber").asText();
        Task documents = awaitTask(number, ClaimProcessKeys.TASK_CHECK_DOCUMENTS);
        String present = "[" + String.join(",", DocumentType.codes().stream().map(c -> "\"" + c + "\"").toList()) + "]";
        ResponseEntity<String> checked = as("bpjs.6203").postForEntity(url("/engine-rest/task/" + documents.getId() + "/complete"),
                Map.of("variables", Map.of("approved", Map.of("value", true),
                        "presentDocuments", Map.of("type", "Json", "value", present))), String.class);
        assertThat(checked.getStatusCode()).as(checked.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        return number;
    }

    @Test
    void branchHeadDownloadsTheClaimsAwaitingApprovalFromTheApprovalTask() throws Exception {
        String number = claimAwaitingApproval();
        Task approval = awaitTask(number, ClaimProcessKeys.TASK_APPROVE_CLAIM);

        try (Browser b = Browser.open(baseUrl())) {
            b.openAppAs("tasklist", "kacab.6203", "demo");
            b.get("/camunda/app/tasklist/default/#/?task=" + approval.getId());
            b.waitForBodyText("Persetujuan pembayaran klaim");
            b.waitForInputValue(number);
            // 48 × Rp2.000.000 + Rp12.000.000 periodic + Rp10.000.000 funeral, written as officials write amounts.
            b.waitForInputValue("Rp70.000.000");
            b.screenshot(SCREENSHOTS.resolve("tasklist-setujui-klaim.png"));

            // The Camunda Form fills the link from the task's variables (form-js templating).
            try (XSSFWorkbook wb = Downloads.xlsxLink(b, "Unduh klaim yang menunggu persetujuan (Excel)",
                    baseUrl() + "/api/claims/export.xlsx?regencyCode=6203&status=AWAITING_APPROVAL")) {
                assertThat(Downloads.shownCells(wb)).contains(number);
            }
        }
    }
}
