package id.jamsos.rentan.faults;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.support.IntegrationTest;
import id.jamsos.rentan.support.TestDatabase;
import id.jamsos.rentan.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kill the application (SIGKILL) in the middle of a 2,000-candidate batch and start it again: the batch
 * completes, every candidate exists exactly once and the batch counts are right. The job lock time is short
 * here so the restarted node takes over the dead node's job quickly (default: 5 minutes).
 */
class NodeCrashIT {

    @Test
    void batchSurvivesSigkillOfTheNode() throws Exception {
        String db = TestDatabase.sibling("crash");
        TestDatabase.resetOnce(db);
        int smtp = TestMail.server().getSmtp().getPort();
        String[] extra = {"--camunda.bpm.job-execution.lock-time-in-millis=10000",
                "--jamsos.verification.screening-chunk-size=100"};
        AppProcess first = new AppProcess(db, smtp, AppProcess.logFile("crash-first"), extra).start();
        TestRestTemplate dinsos = new TestRestTemplate().withBasicAuth("dinsos.6203", "demo");
        int n = 2000;
        long batchId;
        boolean runningAtKill;
        try {
            HttpHeaders h = new HttpHeaders();
            h.setContentType(MediaType.APPLICATION_JSON);
            ResponseEntity<JsonNode> r = dinsos.postForEntity(first.url("/api/candidates"),
                    new HttpEntity<>(candidates(n), h), JsonNode.class);
            assertThat(r.getStatusCode().value()).isEqualTo(202);
            batchId = r.getBody().get("batchId").asLong();
            long id = batchId;
            // Kill as soon as screening has committed its first chunk, or when it is about to start.
            IntegrationTest.await(Duration.ofSeconds(60), "screening started", () ->
                    dinsos.getForObject(first.url("/api/batches/" + id), JsonNode.class).get("processed").asInt() > 0
                            || jobLocked(db));
            runningAtKill = "RUNNING".equals(dinsos.getForObject(first.url("/api/batches/" + id), JsonNode.class).get("status").asText());
        } finally {
            first.kill();
        }
        assertThat(runningAtKill).as("the batch was still running when the node died").isTrue();

        AppProcess second = new AppProcess(db, smtp, AppProcess.logFile("crash-second"), extra).start();
        try {
            long id = batchId;
            IntegrationTest.await(Duration.ofMinutes(3), "batch done after restart", () ->
                    "DONE".equals(dinsos.getForObject(second.url("/api/batches/" + id), JsonNode.class).get("status").asText()));
            JsonNode batch = dinsos.getForObject(second.url("/api/batches/" + id), JsonNode.class);
            assertThat(batch.get("total").asInt()).isEqualTo(n);
            assertThat(batch.get("processed").asInt()).isEqualTo(n);
            assertThat(batch.get("accepted").asInt() + batch.get("rejected").asInt()).isEqualTo(n);
            assertThat(batch.get("rejected").asInt()).isZero();
            assertThat(batch.get("candidateIds").size()).isEqualTo(n);
            assertThat(count(db, "select count(*) from candidate where batch_id = " + id)).isEqualTo(n);
            assertThat(count(db, "select count(distinct nik) from candidate where batch_id = " + id)).isEqualTo(n);
            assertThat(count(db, "select count(*) from act_ru_incident")).isZero();
        } finally {
            second.stop();
        }
    }

    static String candidates(int n) {
        String[] villages = {"6203011001", "6203011002", "6203012001", "6203021001", "6203022001"};
        StringBuilder json = new StringBuilder("{\"regencyCode\":\"6203\",\"candidates\":[");
        for (int i = 0; i < n; i++) {
            String village = villages[i % villages.length];
            LocalDate birth = LocalDate.of(1968, 1, 1).plusDays(i * 5L);
            String nik = village.substring(0, 6) + String.format("%02d%02d%02d%04d", birth.getDayOfMonth() + 40,
                    birth.getMonthValue(), birth.getYear() % 100, 3001);
            json.append(i == 0 ? "" : ",").append("{\"nik\":\"").append(nik).append("\",\"name\":\"Pekerja Tahan Gangguan ").append(id.jamsos.rentan.support.TestNames.letters(i)).append("\",\"birthDate\":\"").append(birth).append("\",\"sex\":\"F\",\"villageCode\":\"")
                    .append(village).append("\",\"category\":\"NELAYAN\",\"address\":\"RT 03\"}");
        }
        return json.append("]}").toString();
    }

    static boolean jobLocked(String db) {
        return count(db, "select count(*) from act_ru_job where lock_owner_ is not null") > 0;
    }

    static String str(String db, String sql) {
        try (Connection c = DriverManager.getConnection(db, TestDatabase.user(), TestDatabase.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static int count(String db, String sql) {
        try (Connection c = DriverManager.getConnection(db, TestDatabase.user(), TestDatabase.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
