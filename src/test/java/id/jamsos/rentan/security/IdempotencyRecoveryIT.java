package id.jamsos.rentan.security;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.support.IntegrationTest;
import id.jamsos.rentan.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Idempotency-Key recovers after the request that used it died (issue 12: after a kill -9 every retry waited
 * 30 s and got 409 "masih diproses" forever). The key is written in the transaction of the work: while the request
 * runs, nothing of it is visible to anyone else, so a node dying at that moment leaves neither key nor work. Here the
 * request is held on a table lock, its database session is killed (what PostgreSQL sees when a node dies), and the
 * retry with the same key runs and stores the batch exactly once.
 */
class IdempotencyRecoveryIT extends IntegrationTest {

    static int count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    ResponseEntity<JsonNode> post(String key, String body) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        h.set("Idempotency-Key", key);
        return as("dinsos.6203").postForEntity(url("/api/candidates"), new HttpEntity<>(body, h), JsonNode.class);
    }

    @Test
    void aKeyWhoseRequestDiedCanBeRetried() throws Exception {
        String key = "pulih-" + UUID.randomUUID();
        int seq = SecurityTestData.serial();
        String body = ("{\"regencyCode\":\"6203\",\"candidates\":[{\"nik\":\"620301150376%04d\",\"name\":\"Warga Pulih\","
                + "\"birthDate\":\"1976-03-15\",\"sex\":\"M\",\"villageCode\":\"6203011001\",\"category\":\"PETANI\"}]}").formatted(seq);
        CompletableFuture<ResponseEntity<JsonNode>> first;
        try (Connection locker = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), TestDatabase.password());
             Connection observer = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), TestDatabase.password());
             Statement lock = locker.createStatement(); Statement look = observer.createStatement()) {
            int batchesBefore = count(look, "select count(*) from candidate_batch");
            locker.setAutoCommit(false);
            lock.execute("lock table candidate_batch in exclusive mode");
            first = CompletableFuture.supplyAsync(() -> post(key, body));
            // The request is inside its transaction, waiting for the lock on candidate_batch.
            String[] pid = new String[1];
            await(Duration.ofSeconds(30), "request waiting on the lock", () -> {
                try (ResultSet rs = look.executeQuery("select pid from pg_stat_activity where wait_event_type = 'Lock' "
                        + "and query like 'insert into candidate_batch%'")) {
                    if (rs.next()) {
                        pid[0] = rs.getString(1);
                        return true;
                    }
                    return false;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(count(look, "select count(*) from idempotency_key where idem_key = '" + key + "'"))
                    .as("the key is not visible (not committed) while its request runs").isZero();
            // The node dies: PostgreSQL ends its session and rolls its transaction back.
            look.execute("select pg_terminate_backend(" + pid[0] + ")");
            locker.rollback();
            ResponseEntity<JsonNode> dead = first.get(60, TimeUnit.SECONDS);
            assertThat(dead.getStatusCode().is2xxSuccessful()).as("the killed request did not succeed: " + dead.getBody()).isFalse();
            assertThat(count(look, "select count(*) from idempotency_key where idem_key = '" + key + "'")).isZero();
            assertThat(count(look, "select count(*) from candidate_batch")).isEqualTo(batchesBefore);
        }

        long start = System.nanoTime();
        ResponseEntity<JsonNode> retry = post(key, body);
        assertThat(retry.getStatusCode().value()).as(String.valueOf(retry.getBody())).isEqualTo(202);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no waiting for a dead request").isLessThan(Duration.ofSeconds(10));
        long batchId = retry.getBody().get("batchId").asLong();
        ResponseEntity<JsonNode> again = post(key, body);
        assertThat(again.getStatusCode().value()).isEqualTo(202);
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.getBody().get("batchId").asLong()).isEqualTo(batchId);
    }

    @Test
    void aRefusedRequestStoresNoWorkAndRepeatsItsRefusal() {
        String key = "tolak-" + UUID.randomUUID();
        String body = "{\"regencyCode\":\"9999\",\"candidates\":[]}";
        ResponseEntity<JsonNode> first = post(key, body);
        assertThat(first.getStatusCode().value()).isEqualTo(400);
        ResponseEntity<JsonNode> second = post(key, body);
        assertThat(second.getStatusCode().value()).isEqualTo(400);
        assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.getBody()).isEqualTo(first.getBody());
    }
}
