package id.jamsos.rentan.pks;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.support.IntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearly cycle end to end on PostgreSQL, as the demo officials of Kapuas would do it: budget evaluation
 * for next year through REST, every task through engine-rest, timers executed through the ManagementService.
 */
class BudgetToActivePksIntegrationIT extends IntegrationTest {

    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void budgetEvaluationForNextYearLeadsToAnActivePksWithRegionIsolation() {
        int year = LocalDate.now(Formats.WIB).getYear() + 1;
        String key = "6203-" + year;
        String pks = "PKS-6203-" + year;

        // Only Dinsos of the regency opens the evaluation.
        Map<String, Object> body = Map.of("regencyCode", "6203", "fiscalYear", year, "vulnerablePopulation", 11_628);
        assertThat(as("dinsos.6208").postForEntity(url("/api/budget-evaluations"), body, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("tapd.6203").postForEntity(url("/api/budget-evaluations"), body, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> bad = as("dinsos.6203").postForEntity(url("/api/budget-evaluations"),
                Map.of("regencyCode", "6203", "fiscalYear", year, "vulnerablePopulation", 0), JsonNode.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(bad.getBody().get("errors").get(0).get("field").asText()).isEqualTo("vulnerablePopulation");

        ResponseEntity<JsonNode> created = as("dinsos.6203").postForEntity(url("/api/budget-evaluations"), body, JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(as("dinsos.6203").postForEntity(url("/api/budget-evaluations"), body, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        JsonNode evaluation = as("tapd.6203").getForObject(url("/api/budget-evaluations/" + key), JsonNode.class);
        int active = jdbc.queryForObject("select count(*) from member where regency_code = '6203' and status = 'ACTIVE'", Integer.class);
        assertThat(evaluation.get("membersActive").asInt()).isEqualTo(active).isGreaterThanOrEqualTo(20);
        assertThat(evaluation.get("costPerWorker").asLong()).isEqualTo(16_800L * 12);
        // 50 % target of 11,628 workers = 5,814, above the current quota 5,000 and the active members.
        assertThat(evaluation.get("proposedQuota").asInt()).isEqualTo(5_814);
        assertThat(evaluation.get("proposedBudget").asLong()).isEqualTo(5_814L * 201_600);
        assertThat(as("dinsos.6208").getForEntity(url("/api/budget-evaluations/" + key), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        // The Dinsos task: another regency's official neither sees nor completes it.
        JsonNode proposeTask = singleTask("dinsos.6203", key, "Task_ProposeBudget");
        assertThat(tasks("dinsos.6208", key, "Task_ProposeBudget").size()).isZero();
        // engine-rest answers like an unknown id: the task does not exist for that official (TaskVisibilityGuard).
        ResponseEntity<JsonNode> foreign = as("dinsos.6208").postForEntity(
                url("/engine-rest/task/" + proposeTask.get("id").asText() + "/complete"), Map.of("variables", Map.of()),
                JsonNode.class);
        assertThat(foreign.getStatusCode().value()).isEqualTo(404);
        assertThat(tasks("dinsos.6203", key, "Task_ProposeBudget").size()).isEqualTo(1);
        // A proposal whose budget does not cover the quota is refused with the rule; the task stays.
        ResponseEntity<JsonNode> refused = tryComplete("dinsos.6203", proposeTask, Map.of("budget", 1_000L));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().toString()).contains("anggaran");
        // Sent without quota and budget: the prefilled proposal stays.
        assertThat(complete("dinsos.6203", proposeTask, Map.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // TAPD sends it back with a note, Dinsos revises, TAPD and Sekda approve.
        JsonNode tapd = singleTask("tapd.6203", key, "Task_TapdReview");
        ResponseEntity<JsonNode> noNote = tryComplete("tapd.6203", tapd, Map.of("approved", false));
        assertThat(noNote.getStatusCode().value()).isEqualTo(400);
        assertThat(noNote.getBody().toString()).contains("Catatan");
        assertThat(complete("tapd.6203", tapd, Map.of("approved", false, "note", "Sesuaikan dengan KUA-PPAS"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(as("dinsos.6203").getForObject(url("/api/budget-evaluations/" + key), JsonNode.class)
                .get("lastNote").asText()).isEqualTo("Sesuaikan dengan KUA-PPAS");
        complete("dinsos.6203", singleTask("dinsos.6203", key, "Task_ProposeBudget"),
                Map.of("quota", 5_500L, "budget", 5_500L * 201_600));
        complete("tapd.6203", singleTask("tapd.6203", key, "Task_TapdReview"), Map.of("approved", true));
        assertThat(tasks("tapd.6208", key, null).size()).isZero();
        assertThat(complete("sekda.6203", singleTask("sekda.6203", key, "Task_SekdaApproval"), Map.of("approved", true))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // Approval started the PKS for that fiscal year, right after the current one (no gap).
        JsonNode draft = as("dinsos.6203").getForObject(url("/api/agreements/" + pks), JsonNode.class);
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("quota").asInt()).isEqualTo(5_500);
        assertThat(draft.get("startDate").asText()).isEqualTo(year + "-01-01");
        assertThat(draft.get("endDate").asText()).isEqualTo(year + "-12-31");
        assertThat(as("dinsos.6208").getForEntity(url("/api/agreements/" + pks), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        complete("dinsos.6203", singleTask("dinsos.6203", pks, "Task_DraftAgreement"), Map.of());
        assertThat(status(pks)).isEqualTo("IN_REVIEW");
        complete("hukum.6203", singleTask("hukum.6203", pks, "Task_LegalReview"),
                Map.of("approved", false, "note", "Lampirkan daftar peserta"));
        assertThat(status(pks)).isEqualTo("DRAFT");
        complete("dinsos.6203", singleTask("dinsos.6203", pks, "Task_DraftAgreement"), Map.of());
        complete("hukum.6203", singleTask("hukum.6203", pks, "Task_LegalReview"), Map.of("approved", true));
        assertThat(tasks("bpjs.6208", pks, null).size()).isZero();
        complete("bpjs.6203", singleTask("bpjs.6203", pks, "Task_BpjsReview"), Map.of("approved", true));
        assertThat(tasks("kacab.6208", pks, null).size()).isZero();
        complete("kacab.6203", singleTask("kacab.6203", pks, "Task_SignKacab"), Map.of("approved", true));
        complete("kadinsos.6203", singleTask("kadinsos.6203", pks, "Task_SignKadinsos"), Map.of("approved", true));
        assertThat(status(pks)).isEqualTo("SIGNED");

        // Start date reached: the timer job is executed instead of waiting for January.
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(pks).singleResult();
        Job startTimer = management.createJobQuery().processInstanceId(instance.getId())
                .activityId("Event_StartDate").singleResult();
        assertThat(startTimer.getDuedate()).isEqualTo(PksProcess.at(LocalDate.of(year, 1, 1), 0));
        management.executeJob(startTimer.getId());
        JsonNode activeView = as("kacab.6203").getForObject(url("/api/agreements/" + pks), JsonNode.class);
        assertThat(activeView.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(activeView.get("quota").asInt()).isEqualTo(5_500);
        assertThat(activeView.has("enrolled")).isTrue();

        // The first monthly invoice went to Dinsos, due on the 15th (next working day), set-based.
        String invoice = "IUR-6203-" + year + "-01";
        Map<String, Object> row = jdbc.queryForMap("select * from premium_invoice where invoice_number = ?", invoice);
        assertThat(((Number) row.get("amount")).longValue())
                .isEqualTo(((Number) row.get("member_count")).longValue() * 16_800);
        JsonNode payTask = singleTask("dinsos.6203", invoice, "Task_RecordPayment");
        assertThat(payTask.get("name").asText()).isEqualTo("Catat pembayaran iuran");
        assertThat(tasks("dinsos.6208", invoice, null).size()).isZero();

        // The renewal timer opens the following year's evaluation and mails Dinsos and BPJS.
        Job renewal = management.createJobQuery().processInstanceId(instance.getId())
                .activityId("Event_RenewalDue").singleResult();
        assertThat(renewal.getDuedate()).isEqualTo(PksProcess.at(LocalDate.of(year, 12, 31).minusDays(90), 8));
        management.executeJob(renewal.getId());
        // (Another test's yearly start may have opened it first: either way exactly one exists.)
        assertThat(as("dinsos.6203").getForObject(url("/api/budget-evaluations/6203-" + (year + 1)), JsonNode.class)
                .get("status").asText()).isEqualTo("PROPOSAL");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("6203-" + (year + 1)).count()).isEqualTo(1);
        assertThat(jdbc.queryForList("select recipient from outbox_message where template = 'pks-perpanjangan' "
                + "and business_key = ?", String.class, pks)).contains("dinsos.6203@jamsos-rentan.test",
                "bpjs.6203@jamsos-rentan.test");

        // Coverage of the regency: members over the population recorded by the evaluation.
        JsonNode coverage = as("supervisor.6203").getForObject(url("/api/coverage/6203"), JsonNode.class);
        assertThat(coverage.get("population").asInt()).isEqualTo(11_628);
        // Counted again: enrollments of other tests' batches may have finished since the evaluation was opened.
        assertThat(coverage.get("members").asInt()).isEqualTo(jdbc.queryForObject(
                "select count(*) from member where regency_code = '6203' and status = 'ACTIVE'", Integer.class));
        assertThat(coverage.get("byKecamatan").size()).isGreaterThanOrEqualTo(2);
        assertThat(as("supervisor.6208").getForEntity(url("/api/coverage/6203"), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        await(Duration.ofSeconds(20), "arrival mails sent", () -> jdbc.queryForObject(
                "select count(*) from outbox_message where business_key = ? and state = 'SENT'", Integer.class, key) > 0);
    }

    private String status(String pks) {
        return as("dinsos.6203").getForObject(url("/api/agreements/" + pks), JsonNode.class).get("status").asText();
    }

    private JsonNode tasks(String user, String businessKey, String definitionKey) {
        String q = "/engine-rest/task?processInstanceBusinessKey=" + businessKey
                + (definitionKey == null ? "" : "&taskDefinitionKey=" + definitionKey);
        ResponseEntity<JsonNode> r = as(user).getForEntity(url(q), JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        return r.getBody();
    }

    private JsonNode singleTask(String user, String businessKey, String definitionKey) {
        JsonNode list = tasks(user, businessKey, definitionKey);
        assertThat(list.size()).as(user + " sees " + definitionKey + " of " + businessKey).isEqualTo(1);
        return list.get(0);
    }

    private ResponseEntity<JsonNode> complete(String user, JsonNode task, Map<String, Object> variables) {
        ResponseEntity<JsonNode> r = tryComplete(user, task, variables);
        assertThat(r.getStatusCode()).as(user + " completes " + task.get("taskDefinitionKey").asText() + ": " + r.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
        return r;
    }

    private ResponseEntity<JsonNode> tryComplete(String user, JsonNode task, Map<String, Object> variables) {
        Map<String, Object> vars = new LinkedHashMap<>();
        variables.forEach((k, v) -> vars.put(k, Map.of("value", v)));
        TestRestTemplate client = as(user);
        return client.postForEntity(url("/engine-rest/task/" + task.get("id").asText() + "/complete"),
                Map.of("variables", vars), JsonNode.class);
    }
}
