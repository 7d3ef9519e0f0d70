package id.jamsos.rentan.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jamsos.rentan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Kapuas-sized batch (5,600 rows, quota 5,000): screening is set-based, the engine creates 8 user tasks
 * (5 villages, 2 kecamatan, 1 regency), Dinsos must defer what exceeds the quota, and enrollment never
 * passes it. Prints the measured times.
 */
class LargeBatchIntegrationIT extends IntegrationTest {
    static final String[] VILLAGES = {"6203011001", "6203011002", "6203012001", "6203021001", "6203022001"};
    static final int ROWS = 5600;

    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();

    ResponseEntity<JsonNode> complete(String user, String taskId, Map<String, Object> variables) throws Exception {
        Map<String, Object> vars = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : variables.entrySet()) {
            vars.put(e.getKey(), e.getValue() instanceof List || e.getValue() instanceof Map
                    ? Map.of("value", json.writeValueAsString(e.getValue()), "type", "Json") : Map.of("value", e.getValue()));
        }
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return as(user).postForEntity(url("/engine-rest/task/" + taskId + "/complete"), new HttpEntity<>(Map.of("variables", vars), h),
                JsonNode.class);
    }

    JsonNode tasks(String user, long batchId) {
        return as(user).getForObject(url("/engine-rest/task?processInstanceBusinessKey=VER-6203-" + batchId), JsonNode.class);
    }

    void completeOnly(String user, long batchId, Map<String, Object> vars) throws Exception {
        // The next list appears once the job after the previous tasks has run (asyncAfter).
        await(Duration.ofSeconds(30), user + "'s task", () -> tasks(user, batchId).size() > 0);
        JsonNode t = tasks(user, batchId);
        assertThat(t).as(user).hasSize(1);
        assertThat(complete(user, t.get(0).get("id").asText(), vars).getStatusCode()).as(user).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void kapuasSizedBatchStaysWithinQuota() throws Exception {
        clock.pinMidYear(); // booked on the PKS in force in every month (December: NextPksBookingIT)
        List<Map<String, Object>> rows = new ArrayList<>();
        LocalDate base = LocalDate.of(1962, 3, 1);
        for (int i = 0; i < ROWS; i++) {
            String village = VILLAGES[i % VILLAGES.length];
            LocalDate birth = base.plusDays(i);
            boolean female = i % 2 == 1;
            String nik = village.substring(0, 6) + String.format("%02d%02d%02d%04d", birth.getDayOfMonth() + (female ? 40 : 0),
                    birth.getMonthValue(), birth.getYear() % 100, 4000 + i % 1000);
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("nik", nik);
            c.put("name", "Pekerja " + id.jamsos.rentan.support.TestNames.letters(i));
            c.put("birthDate", birth.toString());
            c.put("sex", female ? "F" : "M");
            c.put("villageCode", village);
            c.put("category", i % 3 == 0 ? "NELAYAN" : "PETANI");
            rows.add(c);
        }
        long t0 = System.currentTimeMillis();
        ResponseEntity<JsonNode> r = as("dinsos.6203").postForEntity(url("/api/candidates"),
                Map.of("regencyCode", "6203", "candidates", rows), JsonNode.class);
        long accepted202 = System.currentTimeMillis() - t0;
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        long batchId = r.getBody().get("batchId").asLong();
        await(Duration.ofSeconds(180), "5,600 rows screened", () -> "DONE".equals(as("dinsos.6203")
                .getForObject(url("/api/batches/" + batchId), JsonNode.class).get("status").asText()));
        long screened = System.currentTimeMillis() - t0;
        JsonNode batch = as("dinsos.6203").getForObject(url("/api/batches/" + batchId), JsonNode.class);
        assertThat(batch.get("processed").asInt()).isEqualTo(ROWS);
        int screenedOut = jdbc.queryForObject("select count(*) from candidate where batch_id = ? and status = 'SCREENING_REJECTED'",
                Integer.class, batchId);
        assertThat(screenedOut).isEqualTo(ROWS / 10); // serials ending in 8: DTSEN desil 7
        // DTSEN refusals are rejected rows (issue 13), not accepted ones.
        assertThat(batch.get("accepted").asInt()).isEqualTo(ROWS - screenedOut);
        assertThat(batch.get("rejected").asInt()).isEqualTo(screenedOut);

        await(Duration.ofSeconds(60), "village tasks", () -> tasks("lurah.6203022001", batchId).size() == 1);
        long t1 = System.currentTimeMillis();
        for (String v : VILLAGES) {
            completeOnly("lurah." + v, batchId, Map.of("approved", true));
        }
        completeOnly("camat.620301", batchId, Map.of("approved", true));
        completeOnly("camat.620302", batchId, Map.of("approved", true));
        long officials = System.currentTimeMillis() - t1;
        // 5 village, 2 kecamatan and the Dinsos task, which the job after the last Camat task creates.
        await(Duration.ofSeconds(30), "the Dinsos task", () -> tasks("dinsos.6203", batchId).size() > 0);
        assertThat(as("admin").getForObject(url("/engine-rest/history/task/count?processInstanceBusinessKey=VER-6203-" + batchId),
                JsonNode.class).get("count").asInt()).isEqualTo(8);

        // Quota 5,000 less members and approved candidates already holding a place: Dinsos defers the surplus.
        // The PKS in force today (another test of this JVM may already have activated next year's).
        String active = "from pks_agreement where regency_code = '6203' and payer = 'DINSOS_APBD' and status = 'ACTIVE' and start_date <= current_date "
                + "and end_date >= current_date";
        int quota = jdbc.queryForObject("select quota " + active, Integer.class);
        String pks = jdbc.queryForObject("select pks_number " + active, String.class);
        int used = jdbc.queryForObject("select count(*) from member where pks_number = ? and status = 'ACTIVE'", Integer.class, pks)
                + jdbc.queryForObject("select count(*) from candidate where pks_number = ? and status = 'APPROVED'", Integer.class, pks);
        List<Long> waiting = jdbc.queryForList("select id from candidate where batch_id = ? and status = 'AWAITING_FINAL' order by id",
                Long.class, batchId);
        int over = waiting.size() - (quota - used);
        assertThat(over).isPositive();
        // Dinsos leaves a few places free, so other tests of this JVM can still enroll in Kapuas.
        int surplus = over + 20;
        List<Long> deferred = waiting.subList(waiting.size() - surplus, waiting.size());
        Map<String, String> reasons = new LinkedHashMap<>();
        deferred.forEach(id -> reasons.put(String.valueOf(id), "Kuota PKS penuh"));

        JsonNode fin = tasks("dinsos.6203", batchId);
        ResponseEntity<JsonNode> overQuota = complete("dinsos.6203", fin.get(0).get("id").asText(), Map.of("approved", true));
        assertThat(overQuota.getStatusCode().value()).isEqualTo(400);
        assertThat(overQuota.getBody().toString()).contains("tersisa " + (quota - used)).contains("tandai " + over);

        long t2 = System.currentTimeMillis();
        assertThat(complete("dinsos.6203", fin.get(0).get("id").asText(), Map.of("approved", true, "deferredCandidateIds", deferred,
                "rejectionReasons", reasons)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await(Duration.ofSeconds(600), "enrollment done", () -> jdbc.queryForObject(
                "select count(*) from candidate where batch_id = ? and status = 'APPROVED'", Integer.class, batchId) == 0);
        long enrolledMs = System.currentTimeMillis() - t2;
        int enrolled = jdbc.queryForObject("select count(*) from candidate where batch_id = ? and status = 'ENROLLED'", Integer.class, batchId);
        assertThat(enrolled).isEqualTo(waiting.size() - surplus);
        assertThat(jdbc.queryForObject("select count(*) from member where pks_number = ? and status = 'ACTIVE'", Integer.class, pks))
                .isLessThanOrEqualTo(quota - 20);
        assertThat(jdbc.queryForObject("select count(*) from candidate where batch_id = ? and status = 'AWAITING_FINAL' and status_reason like 'Menunggu PKS berikutnya%'",
                Integer.class, batchId)).isEqualTo(surplus);
        System.out.printf("LARGE BATCH: %d rows, 202 after %d ms, screened after %d ms, 7 village/kecamatan completions %d ms, "
                + "%d enrolled in %d ms, %d deferred%n", ROWS, accepted202, screened, officials, enrolled, enrolledMs, surplus);
    }
}
