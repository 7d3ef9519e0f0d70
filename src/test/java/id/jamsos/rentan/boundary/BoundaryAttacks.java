package id.jamsos.rentan.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.enrollment.MemberStatus;
import id.jamsos.rentan.support.FreshMember;
import id.jamsos.rentan.support.IntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the engine-boundary tests share: demo-region records of their own (members, claims, candidate batches in
 * Kapuas 6203 and Sukamara 6208), engine-rest calls as a demo official, and a digest of everything an attack could
 * change (our tables, Camunda's running instances, tasks and variables) to prove that a refused call changed nothing.
 */
abstract class BoundaryAttacks extends IntegrationTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    static final Duration WAIT = Duration.ofSeconds(60);
    static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.currentTimeMillis() % 3000));

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MemberRepository members;
    @Autowired
    ManagementService management;

    /** An ACTIVE member of the boundary tests in a village of the demo seed, e.g. 6203011001 or 6208011001. */
    Member member(String villageCode) {
        String regency = villageCode.substring(0, 4);
        String kecamatan = villageCode.substring(0, 6);
        FreshMember fresh = FreshMember.draw(jdbc, regency + "97", kecamatan + "150585");
        Member m = new Member(fresh.membershipNumber(), fresh.nik(), "Peserta Batas " + letters(String.valueOf(fresh.serial())),
                LocalDate.of(1985, 5, 15), "M", "PETANI", null, null, null, villageCode, kecamatan, regency, null,
                "PEMERINTAH_APBD", MemberStatus.ACTIVE, TODAY.withDayOfMonth(1).minusMonths(40), null, 40);
        members.insert(m);
        return m;
    }

    /** Digits as letters (0 → A, 1 → B, …): names take letters only. */
    static String letters(String digits) {
        StringBuilder sb = new StringBuilder();
        digits.chars().forEach(c -> sb.append((char) ('A' + (c - '0'))));
        return sb.toString();
    }

    /** A JKM claim registered through /api by the regency's BPJS officer; its document check waits. */
    String claim(Member m) {
        String officer = "bpjs." + m.regencyCode();
        Map<String, Object> heir = new LinkedHashMap<>();
        heir.put("name", "Ahli Waris " + letters(m.membershipNumber()));
        heir.put("nik", m.kecamatanCode() + "550585" + m.membershipNumber().substring(7));
        heir.put("relation", "SPOUSE");
        heir.put("birthDate", "1985-05-15");
        heir.put("bankName", "BRI");
        heir.put("bankAccount", "0012010003" + m.membershipNumber().substring(6));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("membershipNumber", m.membershipNumber());
        body.put("type", "JKM");
        body.put("eventDate", TODAY.minusDays(2).toString());
        body.put("deathCertificateNumber", "474.3/" + m.membershipNumber() + "/" + TODAY.getYear());
        body.put("heirs", List.of(heir));
        ResponseEntity<JsonNode> r = as(officer).postForEntity(url("/api/claims"), body, JsonNode.class);
        assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.CREATED);
        String number = r.getBody().get("claimNumber").asText();
        awaitTask(officer, number, "Task_CheckDocuments");
        return number;
    }

    /** A candidate batch through /api: one candidate per given village (all of one regency); waits for screening. */
    long batch(String... villages) {
        String regency = villages[0].substring(0, 4);
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (String village : villages) {
            // serial ending in 1: registered in DTKS with a low desil (simulator)
            int serial = (100 + SEQ.incrementAndGet() % 899) * 10 + 1;
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("nik", village.substring(0, 6) + "120580" + String.format("%04d", serial));
            c.put("name", "Calon Batas " + letters(String.valueOf(serial)));
            c.put("birthDate", "1980-05-12");
            c.put("sex", "M");
            c.put("villageCode", village);
            c.put("category", "PETANI");
            c.put("address", "RT 01, " + village);
            candidates.add(c);
        }
        ResponseEntity<JsonNode> r = as("dinsos." + regency).postForEntity(url("/api/candidates"),
                Map.of("regencyCode", regency, "candidates", candidates), JsonNode.class);
        assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.ACCEPTED);
        long id = r.getBody().get("batchId").asLong();
        await(WAIT, "batch " + id + " screened", () -> "DONE".equals(batchView(regency, id).get("status").asText()));
        return id;
    }

    JsonNode batchView(String regency, long id) {
        return as("dinsos." + regency).getForObject(url("/api/batches/" + id), JsonNode.class);
    }

    List<Long> candidateIds(String regency, long batchId) {
        List<Long> ids = new ArrayList<>();
        batchView(regency, batchId).get("candidateIds").forEach(n -> ids.add(n.asLong()));
        return ids;
    }

    List<JsonNode> tasks(String user, String businessKey) {
        JsonNode arr = as(user).getForObject(url("/engine-rest/task?processInstanceBusinessKey=" + businessKey), JsonNode.class);
        List<JsonNode> out = new ArrayList<>();
        arr.forEach(out::add);
        return out;
    }

    JsonNode awaitTask(String user, String businessKey, String key) {
        await(WAIT, key + " of " + businessKey + " for " + user, () -> tasks(user, businessKey).stream()
                .anyMatch(t -> key.equals(t.get("taskDefinitionKey").asText())));
        return tasks(user, businessKey).stream().filter(t -> key.equals(t.get("taskDefinitionKey").asText()))
                .findFirst().orElseThrow();
    }

    /** engine-rest's typed value of a plain Java value: lists and maps as Json. */
    static Map<String, Object> typed(Object v) {
        if (v instanceof List<?> || v instanceof Map<?, ?>) {
            try {
                return Map.of("value", JSON.writeValueAsString(v), "type", "Json");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return Map.of("value", v);
    }

    static Map<String, Object> typedAll(Map<String, Object> vars) {
        Map<String, Object> out = new LinkedHashMap<>();
        vars.forEach((k, v) -> out.put(k, typed(v)));
        return out;
    }

    ResponseEntity<JsonNode> send(String user, HttpMethod method, String path, Object body) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return as(user).exchange(url("/engine-rest" + path), method, new HttpEntity<>(body, h), JsonNode.class);
    }

    ResponseEntity<JsonNode> complete(String user, String taskId, Map<String, Object> vars) {
        return send(user, HttpMethod.POST, "/task/" + taskId + "/complete", Map.of("variables", typedAll(vars)));
    }

    /** Asserts a refusal as the boundary answers it: 400 problem+json whose detail names the variable. */
    static void assertRefusedNaming(ResponseEntity<JsonNode> r, String variable) {
        assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(r.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(r.getBody().get("detail").asText()).contains(variable);
    }

    /** Waits until the job executor has nothing due, so a digest taken now is not changed by background work. */
    void quiet() {
        await(WAIT, "no due jobs", () -> management.createJobQuery().executable().count() == 0);
    }

    /**
     * A digest of what an attack could change: every row of our tables (the outbox without its delivery columns,
     * which the sender updates on its own), and Camunda's running instances, tasks and variables.
     */
    String digest() {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where table_schema = "
                + "current_schema() and table_type = 'BASE TABLE' and table_name not like 'act\\_%' and table_name not in "
                + "('flyway_schema_history', 'idempotency_key', 'outbox_message') order by table_name", String.class);
        StringBuilder sb = new StringBuilder();
        for (String t : tables) {
            sb.append(t).append('=').append(jdbc.queryForObject("select md5(coalesce(string_agg(x::text, '|' order by x::text), ''))"
                    + " from " + t + " x", String.class)).append('\n');
        }
        sb.append("outbox=").append(jdbc.queryForObject("select md5(coalesce(string_agg(concat_ws(',', id, recipient, subject,"
                + " body, template, region_code, business_key, dedupe_key), '|' order by id), '')) from outbox_message", String.class));
        sb.append("\nexecutions=").append(jdbc.queryForObject("select md5(coalesce(string_agg(concat_ws(',', id_, proc_inst_id_,"
                + " business_key_, act_id_, is_active_), '|' order by id_), '')) from act_ru_execution", String.class));
        sb.append("\ntasks=").append(jdbc.queryForObject("select md5(coalesce(string_agg(concat_ws(',', id_, proc_inst_id_,"
                + " task_def_key_, assignee_, name_), '|' order by id_), '')) from act_ru_task", String.class));
        sb.append("\nvariables=").append(jdbc.queryForObject("select md5(coalesce(string_agg(concat_ws(',', id_, name_,"
                + " execution_id_, task_id_, text_, text2_, long_, double_, bytearray_id_, rev_), '|' order by id_), ''))"
                + " from act_ru_variable", String.class));
        return sb.toString();
    }
}
