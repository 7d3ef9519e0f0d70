package id.jamsos.rentan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.JamsosApplication;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.pks.AgreementRepository;
import id.jamsos.rentan.support.IntegrationTest;
import id.jamsos.rentan.support.NextYearPks;
import id.jamsos.rentan.support.TestDatabase;
import id.jamsos.rentan.support.TestMail;
import id.jamsos.rentan.support.TestNames;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18, "several nodes": the pipeline's work (candidates submitted over {@code /api}, screening, every village,
 * kecamatan and Dinsos task completed, BPJS registration in chunks, every arrival mail) on one node, then the same
 * amount again with two nodes on the same PostgreSQL, the cluster mode of the README (both job executors and both
 * outbox senders on, requests and completions spread over the nodes). Prints workers per second for one and two
 * nodes side by side (after an unmeasured warm-up on the first node) and how the jobs split between the nodes. Asserts only that the work was done exactly once:
 * every worker enrolled once, every job succeeded once, every mail of the outbox delivered once.
 */
class ClusterBench {
    static final String[] VILLAGES = {"6203011001", "6203011002", "6203012001", "6203021001", "6203022001"};
    static final List<ConfigurableApplicationContext> NODES = new ArrayList<>();
    static JdbcTemplate jdbc;
    static int serial;

    static ConfigurableApplicationContext node(String name, String url) {
        SpringApplication app = new SpringApplication(JamsosApplication.class);
        app.setAdditionalProfiles("demo", "test");
        ConfigurableApplicationContext ctx = app.run("--server.port=0", "--spring.datasource.url=" + url,
                "--camunda.bpm.process-engine-name=" + name,
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--spring.mail.port=" + TestMail.server().getSmtp().getPort(),
                // no webapps: they would replace the JVM-wide webapp delegates of another context
                "--camunda.bpm.webapp.enabled=false");
        NODES.add(ctx);
        return ctx;
    }

    @AfterAll
    static void stop() {
        for (int i = NODES.size() - 1; i >= 0; i--) {
            NODES.get(i).close();
        }
        NODES.clear();
    }

    @Test
    void oneNodeThenTwo() {
        int n = Integer.getInteger("bench.cluster.workers", 5000);
        int mailsBefore = TestMail.server().getReceivedMessages().length;
        String url = TestDatabase.sibling("benchcluster");
        TestDatabase.resetOnce(url);
        ConfigurableApplicationContext a = node("benchNodeA", url);
        jdbc = a.getBean(JdbcTemplate.class);
        Vacuum.beforeMeasuring(jdbc);
        LocalDate today = LocalDate.now(Formats.WIB);
        // Finalised in December, the workers are booked on next year's PKS (issue 13): have it signed; room for both runs.
        NextYearPks.ensure(a.getBean(AgreementRepository.class), "6203", today);
        jdbc.update("update pks_agreement set quota = quota + ? where regency_code = '6203'", 3 * n);

        run(List.of(a), Math.max(2, n / 5)); // warm-up (JIT, caches), not measured
        Run one = run(List.of(a), n);
        ConfigurableApplicationContext b = node("benchNodeB", url);
        Run two = run(List.of(a, b), n);

        // Exactly once: every job succeeded once, nothing failed, every mail delivered once.
        assertThat(jdbc.queryForList("select job_id_ from act_hi_job_log where job_state_ = 2 and process_instance_id_ is not null "
                + "group by job_id_ having count(*) > 1")).as("jobs that succeeded twice").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_incident", Integer.class)).isZero();
        await("outbox drained", () -> jdbc.queryForObject("select count(*) from outbox_message where state <> 'SENT'", Integer.class) == 0);
        List<Map<String, Object>> sent = jdbc.queryForList("select id, recipient from outbox_message");
        Map<String, Integer> delivered = new HashMap<>();
        MimeMessage[] received = TestMail.server().getReceivedMessages();
        for (MimeMessage m : java.util.Arrays.copyOfRange(received, mailsBefore, received.length)) {
            try {
                String id = m.getMessageID();
                for (Address to : m.getAllRecipients()) {
                    delivered.merge(id + " " + to, 1, Integer::sum);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        for (Map<String, Object> row : sent) {
            assertThat(delivered.getOrDefault("<outbox-" + row.get("id") + "@jamsos-rentan> " + row.get("recipient"), 0))
                    .as("mail " + row.get("id") + " to " + row.get("recipient")).isEqualTo(1);
        }
        Map<String, Long> jobsPerNode = new HashMap<>();
        jdbc.query("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 and timestamp_ >= ? group by hostname_",
                rs -> {
                    jobsPerNode.put(rs.getString(1), rs.getLong(2));
                }, two.start);

        BenchOutput.emitf("BENCH name=cluster_throughput workers=%d nodes1_workers_per_s=%.0f nodes2_workers_per_s=%.0f "
                + "nodes1_seconds=%.1f nodes2_seconds=%.1f ratio=%.2f", n, n / one.seconds, n / two.seconds, one.seconds,
                two.seconds, one.seconds / two.seconds);
        BenchOutput.emitf("BENCH name=cluster_jobs_per_node %s mails=%d", jobsPerNode.toString().replace(" ", ""), sent.size());
    }

    record Run(java.sql.Timestamp start, double seconds) {
    }

    /** {@code n} workers in two batches, each posted to one node, tasks completed on the nodes in turn, all enrolled. */
    private Run run(List<ConfigurableApplicationContext> nodes, int n) {
        java.sql.Timestamp start = new java.sql.Timestamp(System.currentTimeMillis());
        long t = System.nanoTime();
        List<Long> batches = new ArrayList<>();
        for (int part = 0; part < 2; part++) {
            batches.add(submit(nodes.get(part % nodes.size()), n / 2 + (part == 0 ? n % 2 : 0)));
        }
        String keys = String.join(",", batches.stream().map(id -> "'VER-6203-" + id + "'").toList());
        int turn = 0;
        for (String key : List.of("Task_VerifyVillageList", "Task_ApproveKecamatan", "Task_FinalizeRegencyList")) {
            await(key, () -> open(nodes.get(0), batches, key).size() == expected(key) * batches.size());
            for (Task task : open(nodes.get(0), batches, key)) {
                nodes.get(turn++ % nodes.size()).getBean(TaskService.class).complete(task.getId(), Map.of("approved", true, "note", ""));
            }
        }
        String ids = String.join(",", batches.stream().map(String::valueOf).toList());
        await("all enrolled", () -> jdbc.queryForObject("select count(*) from candidate where status = 'ENROLLED' and batch_id in ("
                + ids + ")", Integer.class) == n);
        double seconds = (System.nanoTime() - t) / 1e9;
        assertThat(jdbc.queryForObject("select count(*) from member m join candidate c on c.nik = m.nik where c.batch_id in ("
                + ids + ")", Integer.class)).isEqualTo(n);
        assertThat(jdbc.queryForObject("select count(*) from bpjs_registration r join candidate c on c.id = r.candidate_id "
                + "where c.batch_id in (" + ids + ")", Integer.class)).isEqualTo(n);
        // Each batch's instance and the kecamatan instances it called (same business key) ended. The candidates are
        // ENROLLED when the last chunk commits; the enrollment's bookkeeping after its chunks (asyncAfter) and the
        // batch's end follow in jobs of their own, so the end is awaited, outside the clock.
        await("batch instances ended", () -> jdbc.queryForObject("select count(*) from act_hi_procinst where business_key_ in ("
                + keys + ") and end_time_ is not null and proc_def_key_ = 'candidate-verification'", Integer.class) == 2);
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where business_key_ in (" + keys + ") and end_time_ is null",
                Integer.class)).isZero();
        return new Run(start, seconds);
    }

    /** Tasks of a kind per batch: one per village, one per kecamatan, one for Dinsos. */
    private static int expected(String key) {
        return switch (key) {
            case "Task_VerifyVillageList" -> VILLAGES.length;
            case "Task_ApproveKecamatan" -> (int) java.util.Arrays.stream(VILLAGES).map(v -> v.substring(0, 6)).distinct().count();
            default -> 1;
        };
    }

    private static List<Task> open(ConfigurableApplicationContext node, List<Long> batches, String key) {
        List<Task> all = new ArrayList<>();
        for (long b : batches) {
            all.addAll(node.getBean(TaskService.class).createTaskQuery().processInstanceBusinessKey("VER-6203-" + b)
                    .taskDefinitionKey(key).list());
        }
        return all;
    }

    private static long submit(ConfigurableApplicationContext node, int count) {
        StringBuilder json = new StringBuilder("{\"regencyCode\":\"6203\",\"candidates\":[");
        for (int k = 0; k < count; k++, serial++) {
            int i = serial;
            String village = VILLAGES[i % VILLAGES.length];
            LocalDate birth = LocalDate.of(1975, 1, 1).plusDays(i % 9000);
            String nik = village.substring(0, 6) + String.format("%02d%02d%02d%04d", birth.getDayOfMonth(), birth.getMonthValue(),
                    birth.getYear() % 100, 5001 + (i / 9000) * 10); // …1: registered in DTSEN
            json.append(k == 0 ? "" : ",").append("{\"nik\":\"").append(nik).append("\",\"name\":\"Pekerja Simpul ")
                    .append(TestNames.letters(i)).append("\",\"birthDate\":\"").append(birth).append("\",\"sex\":\"M\",\"villageCode\":\"")
                    .append(village).append("\",\"category\":\"OJEK\",\"address\":\"RT 05\"}");
        }
        json.append("]}");
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        String base = "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
        ResponseEntity<JsonNode> r = new TestRestTemplate().withBasicAuth("dinsos.6203", "demo")
                .postForEntity(base + "/api/candidates", new HttpEntity<>(json.toString(), h), JsonNode.class);
        assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(202);
        return r.getBody().get("batchId").asLong();
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) {
        IntegrationTest.await(Duration.ofMinutes(20), what, condition);
    }
}
