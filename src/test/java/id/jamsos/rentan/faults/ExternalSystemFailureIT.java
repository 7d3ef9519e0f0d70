package id.jamsos.rentan.faults;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.enrollment.SimulatedBpjsRegistry;
import id.jamsos.rentan.support.IntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BPJS down during enrollment, DTSEN down during screening: the job retries, then stops as an incident (what
 * Cockpit shows); when the system is back, "Retry" (job retries set again) finishes the step with every worker
 * registered or screened once. (Bank transfers: ClaimPayoutProcessTest, payment failure then retry.)
 * And the same intake sent 10 times in parallel with one Idempotency-Key creates one batch.
 */
class ExternalSystemFailureIT extends IntegrationTest {
    @Autowired
    SimulatedBpjsRegistry bpjs;
    @Autowired
    id.jamsos.rentan.verification.SimulatedDtksRegistry dtks;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;

    static String body(String village, int serialBase, int n) {
        StringBuilder json = new StringBuilder("{\"regencyCode\":\"6203\",\"candidates\":[");
        for (int i = 0; i < n; i++) {
            String nik = village.substring(0, 6) + String.format("%02d0977%04d", 10 + i, serialBase + i * 10);
            json.append(i == 0 ? "" : ",").append("{\"nik\":\"").append(nik).append("\",\"name\":\"Pekerja Gangguan ")
                    .append((char) ('A' + i)).append("\",\"birthDate\":\"1977-09-").append(10 + i)
                    .append("\",\"sex\":\"M\",\"villageCode\":\"").append(village)
                    .append("\",\"category\":\"OJEK\",\"address\":\"RT 05\"}");
        }
        return json.append("]}").toString();
    }

    private ResponseEntity<JsonNode> submit(String body, String key) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            h.set("Idempotency-Key", key);
        }
        return as("dinsos.6203").postForEntity(url("/api/candidates"), new HttpEntity<>(body, h), JsonNode.class);
    }

    @Test
    void bpjsOutageEndsAsIncidentAndRetryFinishesWithoutDoubles() {
        clock.pinMidYear(); // booked on the PKS in force in every month (December: NextPksBookingIT)
        long batchId = submit(body("6203021001", 6101, 3), null).getBody().get("batchId").asLong();
        String ver = "VER-6203-" + batchId;
        bpjs.setUnavailable(true);
        try {
            for (String key : List.of("Task_VerifyVillageList", "Task_ApproveKecamatan", "Task_FinalizeRegencyList")) {
                await(Duration.ofSeconds(60), key, () -> tasks.createTaskQuery().processInstanceBusinessKey(ver)
                        .taskDefinitionKey(key).count() > 0);
                for (Task t : tasks.createTaskQuery().processInstanceBusinessKey(ver).taskDefinitionKey(key).list()) {
                    tasks.complete(t.getId(), Map.of("approved", true, "note", ""));
                }
            }
            String enr = "ENR-6203-" + batchId;
            await(Duration.ofSeconds(90), "incident after the retries", () -> !incidents(enr).isEmpty());
            // The failed job's own incident is on its chunk's instance; Camunda repeats it (no message, same root
            // cause) on the enrollment and the batch's instance that called it, so Cockpit shows it on each.
            Incident incident = incidents(enr).stream().filter(i -> i.getId().equals(i.getRootCauseIncidentId()))
                    .findFirst().orElseThrow();
            assertThat(incident.getIncidentMessage()).contains("tidak dapat dihubungi");
            assertThat(incident.getActivityId()).isEqualTo("Task_RegisterChunk");
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(incident.getProcessInstanceId())
                    .processDefinitionKey("enrollment-chunk").count()).isEqualTo(1);
            String batchInstance = runtime.createProcessInstanceQuery().processDefinitionKey("candidate-verification")
                    .processInstanceBusinessKey(ver).singleResult().getId();
            assertThat(runtime.createIncidentQuery().processInstanceId(batchInstance).list())
                    .as("the batch's instance shows the chunk's incident").isNotEmpty()
                    .allSatisfy(i -> assertThat(i.getRootCauseIncidentId()).isEqualTo(incident.getId()));
            assertThat(count("select count(*) from member m join candidate c on c.nik = m.nik where c.batch_id = ?", batchId)).isZero();
        } finally {
            bpjs.setUnavailable(false);
        }
        String enr = "ENR-6203-" + batchId;
        for (Incident i : incidents(enr)) {
            if (i.getId().equals(i.getRootCauseIncidentId())) {
                management.setJobRetries(i.getConfiguration(), 1); // Cockpit's "Retry", on the failed job's incident
            }
        }
        await(Duration.ofSeconds(60), "enrolled after retry", () -> count(
                "select count(*) from candidate where batch_id = ? and status = 'ENROLLED'", batchId) == 3);
        assertThat(incidents(enr)).isEmpty();
        assertThat(count("select count(*) from member m join candidate c on c.nik = m.nik where c.batch_id = ?", batchId)).isEqualTo(3);
        assertThat(count("select count(*) from bpjs_registration r join candidate c on c.id = r.candidate_id where c.batch_id = ?",
                batchId)).isEqualTo(3);
    }

    @Test
    void dtsenOutageStopsScreeningAsIncidentAndRetryScreensEachRowOnce() {
        dtks.setUnavailable(true);
        long batchId;
        try {
            batchId = submit(body("6203011001", 8101, 4), null).getBody().get("batchId").asLong();
            String ver = "VER-6203-" + batchId;
            await(Duration.ofSeconds(60), "screening incident", () -> !incidents(ver).isEmpty());
            assertThat(incidents(ver).get(0).getIncidentMessage()).contains("DTSEN tidak dapat dihubungi");
            assertThat(count("select count(*) from candidate where batch_id = ?", batchId)).isZero();
        } finally {
            dtks.setUnavailable(false);
        }
        String ver = "VER-6203-" + batchId;
        for (Incident i : incidents(ver)) {
            management.setJobRetries(i.getConfiguration(), 1);
        }
        long id = batchId;
        await(Duration.ofSeconds(60), "screened after retry", () -> "DONE".equals(as("dinsos.6203")
                .getForObject(url("/api/batches/" + id), JsonNode.class).get("status").asText()));
        assertThat(incidents(ver)).isEmpty();
        assertThat(count("select count(*) from candidate where batch_id = ?", batchId)).isEqualTo(4);
        assertThat(count("select count(distinct nik) from candidate where batch_id = ?", batchId)).isEqualTo(4);
    }

    @Test
    void tenParallelRequestsWithOneIdempotencyKeyCreateOneBatch() throws Exception {
        String body = body("6203022001", 7101, 2);
        int batchesBefore = count("select count(*) from candidate_batch where regency_code = ?", "6203");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Long> ids = new ArrayList<>();
        try {
            List<Callable<ResponseEntity<JsonNode>>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(() -> submit(body, "intake-6203022001-uji"));
            }
            for (Future<ResponseEntity<JsonNode>> f : pool.invokeAll(calls)) {
                assertThat(f.get().getStatusCode().value()).isEqualTo(202);
                ids.add(f.get().getBody().get("batchId").asLong());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(count("select count(*) from candidate_batch where regency_code = ?", "6203")).isEqualTo(batchesBefore + 1);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("candidate-verification")
                .processInstanceBusinessKey("VER-6203-" + ids.get(0)).count()).isEqualTo(1);
    }

    private List<Incident> incidents(String businessKey) {
        List<Incident> out = new ArrayList<>();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().forEach(pi ->
                out.addAll(runtime.createIncidentQuery().processInstanceId(pi.getId()).list()));
        return out;
    }

    private int count(String sql, Object arg) {
        Integer n = jdbc.queryForObject(sql, Integer.class, arg);
        return n == null ? 0 : n;
    }
}
