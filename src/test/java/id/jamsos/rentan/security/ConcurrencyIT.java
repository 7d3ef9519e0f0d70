package id.jamsos.rentan.security;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.claim.ClaimProcessKeys;
import id.jamsos.rentan.claim.DocumentType;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.enrollment.MemberStatus;
import id.jamsos.rentan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Races on PostgreSQL (issue 12): the same request sent many times at once stores its record once, and every
 * loser answers 409 problem+json (never 500). Double candidacy is refused by a database constraint
 * ({@code candidate.open_nik}), not only by the screening check.
 */
class ConcurrencyIT extends IntegrationTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MemberRepository members;

    /** Runs the calls at the same moment (all threads released by one latch) and returns their results. */
    static <T> List<T> parallel(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> c : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return c.call();
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    static boolean problemJson(ResponseEntity<?> r) {
        return r.getHeaders().getContentType() != null
                && r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void tenIdenticalBatchesInParallelStoreEachNikOnce() throws Exception {
        int seq = SecurityTestData.serial();
        List<String> niks = new ArrayList<>();
        StringBuilder json = new StringBuilder("{\"regencyCode\":\"6203\",\"candidates\":[");
        for (int i = 0; i < 20; i++) {
            LocalDate birth = LocalDate.of(1970, 3, 1).plusDays(i * 7L);
            String nik = "620301" + String.format("%02d%02d%02d%04d", birth.getDayOfMonth(), birth.getMonthValue(),
                    birth.getYear() % 100, seq);
            niks.add(nik);
            json.append(i == 0 ? "" : ",").append("{\"nik\":\"").append(nik).append("\",\"name\":\"Pekerja Serentak ")
                    .append(id.jamsos.rentan.support.TestNames.letters(i)).append("\",\"birthDate\":\"").append(birth)
                    .append("\",\"sex\":\"M\",\"villageCode\":\"6203011001\",\"category\":\"PETANI\"}");
        }
        String body = json.append("]}").toString();
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate dinsos = as("dinsos.6203");
        List<Callable<ResponseEntity<JsonNode>>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> dinsos.postForEntity(url("/api/candidates"), new HttpEntity<>(body, h), JsonNode.class));
        }
        List<ResponseEntity<JsonNode>> answers = parallel(calls);
        assertThat(answers).allSatisfy(r -> assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(202));
        List<Long> batches = answers.stream().map(r -> r.getBody().get("batchId").asLong()).toList();
        await(Duration.ofMinutes(2), "all 10 batches screened", () -> batches.stream().allMatch(id ->
                "DONE".equals(dinsos.getForObject(url("/api/batches/" + id), JsonNode.class).get("status").asText())));

        String in = String.join(",", niks.stream().map(n -> "'" + n + "'").toList());
        Integer open = jdbc.queryForObject("select count(*) from candidate where status not in ('SCREENING_REJECTED','REJECTED') "
                + "and nik in (" + in + ")", Integer.class);
        Integer distinct = jdbc.queryForObject("select count(distinct nik) from candidate where nik in (" + in + ")", Integer.class);
        assertThat(open).as("open candidacies of the 20 NIKs").isEqualTo(20);
        assertThat(distinct).isEqualTo(20);
        int accepted = batches.stream().mapToInt(id ->
                dinsos.getForObject(url("/api/batches/" + id), JsonNode.class).get("accepted").asInt()).sum();
        assertThat(accepted).as("accepted rows over all batches").isEqualTo(20);
        JsonNode loser = batches.stream().map(id -> dinsos.getForObject(url("/api/batches/" + id), JsonNode.class))
                .filter(b -> b.get("rejected").asInt() > 0).findFirst().orElseThrow();
        assertThat(loser.get("errors").toString()).contains("NIK sudah diusulkan sebagai calon peserta");
        assertThat(jdbc.queryForObject("select count(*) from act_ru_incident", Integer.class)).isZero();

        // The constraint itself, not only the screening check: a second open row for one of these NIKs is refused.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("""
                insert into candidate (batch_id, row_no, nik, name, birth_date, sex, village_code, kecamatan_code, regency_code,
                  category, status, created_at, updated_at, open_nik)
                select batch_id, row_no + 100000, nik, name, birth_date, sex, village_code, kecamatan_code, regency_code,
                  category, 'AWAITING_VILLAGE', created_at, updated_at, nik from candidate where nik = ? and open_nik is not null""",
                niks.get(0))).isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    }

    Member member() {
        return SecurityTestData.member(members);
    }

    static Map<String, Object> claim(String membershipNumber) {
        return SecurityTestData.claim(membershipNumber);
    }

    @Test
    void tenIdenticalClaimsInParallelMakeOneClaimAndNineConflicts() throws Exception {
        Member m = member();
        TestRestTemplate bpjs = as("bpjs.6203");
        List<Callable<ResponseEntity<JsonNode>>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> bpjs.postForEntity(url("/api/claims"), claim(m.membershipNumber()), JsonNode.class));
        }
        List<ResponseEntity<JsonNode>> answers = parallel(calls);
        assertThat(answers.stream().filter(r -> r.getStatusCode().value() == 201)).hasSize(1);
        assertThat(answers.stream().filter(r -> r.getStatusCode().value() != 201)).hasSize(9).allSatisfy(r -> {
            assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(409);
            assertThat(problemJson(r)).isTrue();
            assertThat(r.getBody().toString()).contains("membershipNumber");
        });
        assertThat(jdbc.queryForObject("select count(*) from claim where membership_number = ?", Integer.class,
                m.membershipNumber())).isEqualTo(1);
    }

    @Test
    void threeOfficialsCompletingOneTaskGiveOneSuccessAndTwoConflicts() throws Exception {
        Member m = member();
        ResponseEntity<JsonNode> created = as("bpjs.6203").postForEntity(url("/api/claims"), claim(m.membershipNumber()), JsonNode.class);
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        String number = created.getBody().get("claimNumber").asText();
        await(Duration.ofSeconds(60), "document check task", () -> task(number) != null);
        String taskId = task(number).get("id").asText();
        long outboxBefore = jdbc.queryForObject("select count(*) from outbox_message", Long.class);

        Map<String, Object> body = Map.of("variables", Map.of(
                "approved", Map.of("value", true),
                "presentDocuments", Map.of("type", "Json", "value", "[" + String.join(",",
                        DocumentType.codes().stream().map(c -> "\"" + c + "\"").toList()) + "]")));
        // Three sessions of the BPJS officers' group (the demo has one user per role) plus the administrator.
        List<TestRestTemplate> officials = List.of(as("bpjs.6203"), as("bpjs.6203"), as("admin"));
        List<Callable<ResponseEntity<String>>> calls = new ArrayList<>();
        for (TestRestTemplate o : officials) {
            calls.add(() -> o.postForEntity(url("/engine-rest/task/" + taskId + "/complete"), body, String.class));
        }
        List<ResponseEntity<String>> answers = parallel(calls);
        assertThat(answers.stream().filter(r -> r.getStatusCode().value() == 204)).as(answers.toString()).hasSize(1);
        assertThat(answers.stream().filter(r -> r.getStatusCode().value() != 204)).hasSize(2).allSatisfy(r -> {
            assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(409);
            assertThat(problemJson(r)).isTrue();
        });
        assertThat(jdbc.queryForObject("select count(*) from act_hi_taskinst where id_ = ? and end_time_ is not null",
                Integer.class, taskId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from outbox_message", Long.class)).isGreaterThanOrEqualTo(outboxBefore);
        // A task id that never existed stays 404 (no difference between "never" and "another regency's").
        ResponseEntity<String> unknown = as("bpjs.6203").postForEntity(url("/engine-rest/task/tidak-ada-123/complete"), body, String.class);
        assertThat(unknown.getStatusCode().value()).as(unknown.getBody()).isEqualTo(404);
    }

    JsonNode task(String claimNumber) {
        JsonNode arr = as("bpjs.6203").getForObject(url("/engine-rest/task?processInstanceBusinessKey=" + claimNumber
                + "&taskDefinitionKey=" + ClaimProcessKeys.TASK_CHECK_DOCUMENTS), JsonNode.class);
        return arr.isEmpty() ? null : arr.get(0);
    }
}
