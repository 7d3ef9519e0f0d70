package id.jamsos.rentan.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.JamsosApplication;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.pks.AgreementRepository;
import id.jamsos.rentan.support.IntegrationTest;
import id.jamsos.rentan.support.NextYearPks;
import id.jamsos.rentan.support.TestDatabase;
import id.jamsos.rentan.support.TestMail;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda's own cluster: two application nodes on one PostgreSQL database, both job executors on. A batch
 * submitted to node A, tasks completed on node B: every candidate is screened and enrolled exactly once,
 * every job succeeded exactly once, and each mail was delivered once although both nodes send the outbox.
 */
class TwoNodeClusterIT {
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static JdbcTemplate jdbc;

    static ConfigurableApplicationContext node(String name, String url) {
        SpringApplication app = new SpringApplication(JamsosApplication.class);
        app.setAdditionalProfiles("demo", "test");
        return app.run("--server.port=0", "--spring.datasource.url=" + url,
                "--camunda.bpm.process-engine-name=" + name,
                "--spring.mail.port=" + TestMail.server().getSmtp().getPort(),
                // no webapps: they would replace the shared test context's JVM-wide webapp delegates
                "--camunda.bpm.webapp.enabled=false");
    }

    @BeforeAll
    static void start() {
        String url = TestDatabase.sibling("cluster");
        TestDatabase.resetOnce(url);
        nodeA = node("nodeA", url);
        nodeB = node("nodeB", url); // the second node finds schema, identity and demo data already there
        jdbc = nodeA.getBean(JdbcTemplate.class);
        // Finalised in December, the workers are booked on next year's PKS (issue 13): have it signed.
        NextYearPks.ensure(nodeA.getBean(AgreementRepository.class), "6203", LocalDate.now(Formats.WIB));
    }

    @AfterAll
    static void stop() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    static String base(ConfigurableApplicationContext ctx) {
        return "http://localhost:" + ctx.getEnvironment().getProperty("local.server.port");
    }

    @Test
    void batchIsProcessedExactlyOnceAcrossTwoNodes() {
        int n = 300;
        String[] villages = {"6203011001", "6203011002", "6203021001"};
        StringBuilder json = new StringBuilder("{\"regencyCode\":\"6203\",\"candidates\":[");
        for (int i = 0; i < n; i++) {
            String village = villages[i % villages.length];
            LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(i * 13L);
            String nik = village.substring(0, 6) + String.format("%02d%02d%02d%04d", birth.getDayOfMonth(),
                    birth.getMonthValue(), birth.getYear() % 100, 2001);
            json.append(i == 0 ? "" : ",").append("{\"nik\":\"").append(nik).append("\",\"name\":\"Pekerja Klaster ").append(id.jamsos.rentan.support.TestNames.letters(i)).append("\",\"birthDate\":\"").append(birth).append("\",\"sex\":\"M\",\"villageCode\":\"")
                    .append(village).append("\",\"category\":\"PETANI\",\"address\":\"RT 02\"}");
        }
        json.append("]}");
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate dinsos = new TestRestTemplate().withBasicAuth("dinsos.6203", "demo");
        ResponseEntity<JsonNode> r = dinsos.postForEntity(base(nodeA) + "/api/candidates", new HttpEntity<>(json.toString(), h), JsonNode.class);
        assertThat(r.getStatusCode().value()).isEqualTo(202);
        long batchId = r.getBody().get("batchId").asLong();

        TaskService tasksB = nodeB.getBean(TaskService.class);
        HistoryService historyB = nodeB.getBean(HistoryService.class);
        // Three villages in two kecamatan: each kecamatan's Camat task appears once the jobs after its own villages'
        // tasks ran (asyncAfter, on either node), so each kind is worked until all of its tasks are done.
        Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        expected.put("Task_VerifyVillageList", villages.length);
        expected.put("Task_ApproveKecamatan", 2);
        expected.put("Task_FinalizeRegencyList", 1);
        expected.forEach((key, count) -> IntegrationTest.await(Duration.ofMinutes(3), count + " x " + key, () -> {
            // The batch's instance and the kecamatan instances it calls share its business key.
            String businessKey = "VER-6203-" + batchId;
            for (Task t : tasksB.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key).list()) {
                tasksB.complete(t.getId(), Map.of("approved", true, "note", ""));
            }
            return historyB.createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey)
                    .taskDefinitionKey(key).finished().count() == count;
        }));
        IntegrationTest.await(Duration.ofMinutes(3), "all enrolled", () -> jdbc.queryForObject(
                "select count(*) from candidate where batch_id = ? and status = 'ENROLLED'", Integer.class, batchId) == n);

        assertThat(jdbc.queryForObject("select count(*) from candidate where batch_id = ?", Integer.class, batchId)).isEqualTo(n);
        assertThat(jdbc.queryForObject("select count(distinct nik) from candidate where batch_id = ?", Integer.class, batchId)).isEqualTo(n);
        assertThat(jdbc.queryForObject("select count(*) from member m join candidate c on c.nik = m.nik where c.batch_id = ?",
                Integer.class, batchId)).isEqualTo(n);
        assertThat(jdbc.queryForObject("select count(*) from bpjs_registration r join candidate c on c.id = r.candidate_id "
                + "where c.batch_id = ?", Integer.class, batchId)).isEqualTo(n);
        JsonNode batch = dinsos.getForObject(base(nodeB) + "/api/batches/" + batchId, JsonNode.class);
        assertThat(batch.get("processed").asInt()).isEqualTo(n);
        assertThat(batch.get("accepted").asInt()).isEqualTo(n);

        // Every process job succeeded exactly once: no job was executed by both nodes. (History cleanup
        // reschedules its one job, so it is left out.)
        List<Map<String, Object>> twice = jdbc.queryForList("""
                select job_id_, count(*) from act_hi_job_log where job_state_ = 2 and process_instance_id_ is not null
                group by job_id_ having count(*) > 1""");
        assertThat(twice).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_incident", Integer.class)).isZero();
        // Each mail went out once although both nodes run the outbox sender.
        IntegrationTest.await(Duration.ofMinutes(1), "outbox drained", () -> jdbc.queryForObject(
                "select count(*) from outbox_message where state = 'PENDING'", Integer.class) == 0);
        List<Map<String, Object>> dup = jdbc.queryForList("select recipient, subject, count(*) from outbox_message "
                + "group by recipient, subject, business_key having count(*) > 1 and min(template) = 'tugas-baru'");
        assertThat(dup).isEmpty();
    }
}
