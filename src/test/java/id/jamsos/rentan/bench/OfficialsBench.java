package id.jamsos.rentan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jamsos.rentan.identity.Role;
import id.jamsos.rentan.region.Region;
import id.jamsos.rentan.region.RegionLevel;
import id.jamsos.rentan.region.RegionRepository;
import id.jamsos.rentan.support.IntegrationTest;
import id.jamsos.rentan.support.TestNames;
import id.jamsos.rentan.support.WebappSession;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18, "many officials at once": one Lurah/Kepala Desa per real village of the three regencies (386) and one
 * Camat per kecamatan (31), each a real Camunda user in their {@code <role>-<code>} group, work their verification
 * lists over HTTP as Tasklist does (login, the "Tugas Kelompok" filter list, the task's form variables,
 * submit-form) from {@code bench.officials.sessions} (50) concurrent sessions, while the regencies' supervisors run
 * Cockpit's queries (process statistics with incidents, instance and incident counts, history counts) in their
 * Cockpit sessions. Between two calls an official (and a supervisor between two dashboard views) reads for
 * {@code bench.officials.think-ms} (1,000 ms, drawn 0.5–1.5×; 0 for back-to-back calls, the server's capacity).
 * The login (app page, login, first call) is outside the headline figure and has its own line. Before the clock
 * starts, as on a server in use: the setup's task mails are delivered (officials open Tasklist after their mail), the
 * runtime tables are analysed (as autovacuum would), and {@code bench.officials.warm-up} (100) read-only visits
 * (login, list, form variables) run, so that the hot paths are compiled ({@code 0}: a cold JVM). Prints the p95 and maximum per call kind; asserts only that
 * the work was really done: no call
 * failed, every village task and every kecamatan task was completed exactly once.
 */
class OfficialsBench extends IntegrationTest {
    static final String ENGINE = "/camunda/api/engine/engine/default";
    static final List<String> REGENCIES = List.of("6203", "6208", "6112");
    static final String PASSWORD = "demo";
    static final String REGIONS = "regions/wilayah-6203-6208-6112-2025.csv";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType HAL_JSON = MediaType.parseMediaType("application/hal+json");
    /** As Tasklist asks for a filter's list: HAL, with the filter's variables (region, candidate count) embedded. */
    private static final String LIST_BODY = "{\"processDefinitionKeyIn\":[\"candidate-verification\",\"kecamatan-verification\"],"
            + "\"processVariables\":[],\"taskVariables\":[],"
            + "\"caseInstanceVariables\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegionRepository regions;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    RuntimeService runtime;
    @Autowired
    FilterService filters;

    /** Latencies (ns) per call kind: login, filter_list, form_variables, complete; supervisor: cockpit. */
    private final Map<String, Queue<Long>> calls = new ConcurrentHashMap<>();
    /** Each work call's start (System.nanoTime) and duration (ns): when in the run the slow calls fall. */
    private final Queue<long[]> workTimeline = new ConcurrentLinkedQueue<>();
    private final Queue<String> errors = new ConcurrentLinkedQueue<>();

    @Test
    void officialsWorkTheirListsConcurrently() throws Exception {
        Vacuum.beforeMeasuring(jdbc);
        clock.pinMidYear();
        int perVillage = Integer.getInteger("bench.officials.candidates", 3);
        int sessions = Integer.getInteger("bench.officials.sessions", 50);
        // An official reads before the next click: the list before opening a task, the candidates before submitting.
        // Each pause is drawn from 0.5–1.5 × this (default 1 s, far quicker than a person checking even three rows);
        // 0 sends the calls back to back, which measures the server's capacity rather than an official's wait.
        int thinkMs = Integer.getInteger("bench.officials.think-ms", 1000);
        long setup = System.nanoTime();
        // The official Kemendagri list of the three regencies, imported as the administrator does (the demo seed
        // holds only example villages); its villages and kecamatan are the officials of this benchmark.
        byte[] csv = new ClassPathResource(REGIONS).getContentAsByteArray();
        HttpHeaders csvType = new HttpHeaders();
        csvType.setContentType(MediaType.parseMediaType("text/csv"));
        ResponseEntity<String> imported = as("admin").postForEntity(url("/api/admin/regions/import"), new HttpEntity<>(csv, csvType), String.class);
        assertThat(imported.getStatusCode().value()).as(imported.getBody()).isEqualTo(200);
        Set<String> listed = new String(csv, StandardCharsets.UTF_8).lines().skip(1)
                .map(l -> l.substring(0, l.indexOf(',')).replace(".", "")).collect(Collectors.toSet());
        List<Region> villages = new ArrayList<>();
        List<Region> kecamatans = new ArrayList<>();
        for (String regency : REGENCIES) {
            for (Region r : regions.within(regency)) {
                if (r.retired() || !listed.contains(r.code())) {
                    continue;
                }
                if (r.level() == RegionLevel.VILLAGE) {
                    villages.add(r);
                } else if (r.level() == RegionLevel.KECAMATAN) {
                    kecamatans.add(r);
                }
            }
        }
        assertThat(villages).hasSize(Integer.getInteger("bench.officials.villages", 386));
        assertThat(kecamatans).hasSize(31);

        createOfficials(villages, kecamatans);
        List<String> businessKeys = new ArrayList<>();
        int serialBase = 0;
        for (String regency : REGENCIES) {
            List<Region> own = villages.stream().filter(v -> v.regencyCode().equals(regency)).toList();
            businessKeys.add(submit(regency, own, perVillage, serialBase));
            serialBase += own.size() * perVillage;
        }
        await(Duration.ofMinutes(10), "one village task per village", () -> openTasks(businessKeys, "Task_VerifyVillageList") == villages.size());
        // Each official gets a mail about the new task (TaskMailListener, through the outbox) and opens Tasklist
        // after it: the setup's mails are delivered before the clock starts. The SMTP server here is GreenMail in
        // this JVM, on the server's own two cores; in production it is another machine.
        await(Duration.ofMinutes(5), "the task mails delivered", () -> jdbc.queryForObject(
                "select count(*) from outbox_message where state = 'PENDING'", Integer.class) == 0);
        double setupSeconds = (System.nanoTime() - setup) / 1e9;
        // As autovacuum would have within a minute of the setup's tasks (off on this machine); -Dbench.officials.analyse
        // =false measures the first minute after a bulk step instead.
        if (Boolean.parseBoolean(System.getProperty("bench.officials.analyse", "true"))) {
            Vacuum.analyseRuntimeTables(jdbc);
        }

        // Sessions: the Lurah first, then the Camat; a Camat whose list is still empty comes back later.
        String filterId = filters.createFilterQuery().filterName("Tugas Kelompok").singleResult().getId();
        LinkedBlockingQueue<Official> work = new LinkedBlockingQueue<>();
        villages.forEach(v -> work.add(new Official(Role.LURAH.demoUserId(v.code()), false)));
        kecamatans.forEach(k -> work.add(new Official(Role.CAMAT.demoUserId(k.code()), true)));
        AtomicInteger camatLeft = new AtomicInteger(kecamatans.size());
        AtomicInteger lurahLeft = new AtomicInteger(villages.size());
        AtomicInteger completed = new AtomicInteger();

        AtomicBoolean working = new AtomicBoolean(true);
        ExecutorService supervisors = Executors.newFixedThreadPool(REGENCIES.size());
        for (String regency : REGENCIES) {
            supervisors.submit(() -> supervise(Role.SUPERVISOR.demoUserId(regency), working, thinkMs));
        }

        // Warm-up outside the clock, as a server that has been up for a while: the first webapp request of this
        // test JVM builds the process-test engine of src/test/resources/camunda.cfg.xml (ProcessEngines.init, some
        // 3 s on one thread; production has no such file), and the first form and list calls load their classes.
        // Then the read-only calls (login, list, form variables) of bench.officials.warm-up (100) official visits, as
        // the officials looking at their lists earlier in the day: a server that has been up runs its hot paths
        // compiled (the JIT compilers took a fifth of the CPU of the first calls). Their sessions are not kept: the
        // clocked run logs every official in again.
        WebappSession warm = WebappSession.login(baseUrl(), Role.SUPERVISOR.demoUserId(REGENCIES.get(0)), PASSWORD);
        ok(warm.exchange(HttpMethod.POST, ENGINE + "/filter/" + filterId + "/list?firstResult=0&maxResults=15",
                MediaType.APPLICATION_JSON, "{}", String.class, HAL_JSON));
        int warmUp = Integer.getInteger("bench.officials.warm-up", 100);
        for (int i = 0; i < warmUp; i++) {
            WebappSession look = WebappSession.login(baseUrl(), Role.LURAH.demoUserId(villages.get(i % villages.size()).code()),
                    PASSWORD);
            for (JsonNode t : tasks(ok(filterList(look, filterId)))) {
                ok(formVariables(look, t.get("id").asText()));
            }
        }

        long start = System.nanoTime();
        Optional<HostCpu.Reading> cpuBefore = HostCpu.now();
        long deadline = start + Duration.ofMinutes(Integer.getInteger("bench.officials.minutes", 15)).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        for (int i = 0; i < sessions; i++) {
            pool.submit(() -> {
                while (lurahLeft.get() + camatLeft.get() > 0 && System.nanoTime() < deadline) {
                    Official o;
                    try {
                        o = work.poll(200, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (o == null) {
                        continue;
                    }
                    try {
                        int done = workList(o, filterId, thinkMs);
                        completed.addAndGet(done);
                        if (done > 0 || !o.camat || !errors.isEmpty()) {
                            (o.camat ? camatLeft : lurahLeft).decrementAndGet();
                            if (done == 0) {
                                errors.add(o.user + ": empty list");
                            }
                        } else {
                            // The kecamatan's villages are not all done yet: the Camat looks again a little later.
                            think(Math.max(thinkMs, 100));
                            work.add(o);
                        }
                    } catch (Exception e) {
                        errors.add(o.user + ": " + e);
                        (o.camat ? camatLeft : lurahLeft).decrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.MINUTES)).isTrue();
        double seconds = (System.nanoTime() - start) / 1e9;
        Optional<HostCpu.Reading> cpuAfter = HostCpu.now();
        working.set(false);
        supervisors.shutdown();
        assertThat(supervisors.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        // The work was really done: no failed call, each village and each kecamatan task completed exactly once.
        assertThat(errors).as("failed calls").isEmpty();
        assertThat(completed.get()).isEqualTo(villages.size() + kecamatans.size());
        for (var kind : Map.of("Task_VerifyVillageList", villages.size(), "Task_ApproveKecamatan", kecamatans.size()).entrySet()) {
            List<HistoricTaskInstance> done = new ArrayList<>();
            // A batch's instance and the kecamatan instances it calls (where these tasks are) share its business key.
            for (String businessKey : businessKeys) {
                done.addAll(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey)
                        .taskDefinitionKey(kind.getKey()).finished().list());
            }
            assertThat(done).as(kind.getKey() + " completed").hasSize(kind.getValue())
                    .allSatisfy(t -> assertThat(t.getDeleteReason()).isEqualTo("completed"));
            assertThat(openTasks(businessKeys, kind.getKey())).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from candidate "
                + "where status = 'AWAITING_FINAL' and batch_id in (" + batchIds(businessKeys) + ")", Integer.class))
                .isEqualTo(villages.size() * perVillage);
        await(Duration.ofMinutes(1), "three Dinsos tasks", () -> openTasks(businessKeys, "Task_FinalizeRegencyList") == REGENCIES.size());

        // The figure: Tasklist's calls on the work (list, form variables, submit); the login (three
        // requests: app page, login, first engine call) is reported on its own line.
        Set<String> workCalls = Set.of("filter_list", "form_variables", "complete");
        int total = calls.entrySet().stream().filter(e -> workCalls.contains(e.getKey())).mapToInt(e -> e.getValue().size()).sum();
        List<Long> all = calls.entrySet().stream().filter(e -> workCalls.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream()).toList();
        BenchOutput.emitf("BENCH name=officials_http_p95_ms value=%.0f max_ms=%.0f calls=%d sessions=%d think_ms=%d lurah=%d camat=%d candidates=%d seconds=%.1f calls_per_s=%.0f setup_seconds=%.1f",
                BenchOutput.percentileMs(all, 95), BenchOutput.maxMs(all), total, sessions, thinkMs, villages.size(),
                kecamatans.size(), villages.size() * perVillage, seconds, total / seconds, setupSeconds);
        for (String kind : List.of("login", "filter_list", "form_variables", "complete")) {
            Queue<Long> q = calls.get(kind);
            BenchOutput.emitf("BENCH name=officials_%s_p95_ms value=%.0f p50_ms=%.0f max_ms=%.0f calls=%d", kind,
                    BenchOutput.percentileMs(q, 95), BenchOutput.percentileMs(q, 50), BenchOutput.maxMs(q), q.size());
        }
        BenchOutput.emitf("BENCH name=officials_p95_by_window window_s=5 values=%s", p95ByWindow(start, 5));
        Queue<Long> cockpit = calls.get("cockpit");
        BenchOutput.emitf("BENCH name=supervisor_cockpit_p95_ms value=%.0f max_ms=%.0f calls=%d",
                BenchOutput.percentileMs(cockpit, 95), BenchOutput.maxMs(cockpit), cockpit.size());
        // What the clocked run cost, per official (login, list, form variables, submit and its job; this JVM's share
        // includes the benchmark's HTTP clients and the supervisors' calls): steadier than latencies across runs.
        int officials = villages.size() + kecamatans.size();
        cpuBefore.ifPresent(b -> cpuAfter.ifPresent(a -> {
            HostCpu.Spent cpu = HostCpu.between(b, a);
            BenchOutput.emitf("BENCH name=officials_cpu jvm_ms_per_official=%.1f postgres_ms_per_official=%.1f jvm_s=%.1f postgres_s=%.1f host_busy_pct=%.0f officials=%d",
                    cpu.jvmSeconds() * 1000 / officials, cpu.postgresSeconds() * 1000 / officials, cpu.jvmSeconds(),
                    cpu.postgresSeconds(), cpu.busyPercent(), officials);
        }));

        // Leave nothing open for the other benchmarks of this JVM (they complete every open verification task).
        // Deleting a batch's instance deletes the kecamatan instances it called.
        businessKeys.forEach(k -> runtime.createProcessInstanceQuery().processDefinitionKey("candidate-verification")
                .processInstanceBusinessKey(k).list()
                .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "benchmark finished", true, true)));
    }

    record Official(String user, boolean camat) {
    }

    /** One official's turn: list, then for each verification task its form variables and the submit. */
    private int workList(Official o, String filterId, int thinkMs) throws Exception {
        WebappSession s = sessions.computeIfAbsent(o.user, u -> timed("login",
                () -> WebappSession.login(baseUrl(), u, PASSWORD)));
        JsonNode list = tasks(ok(timed("filter_list", () -> filterList(s, filterId))));
        int done = 0;
        for (JsonNode t : list) {
            if (t.path("_embedded").path("variable").size() != 2) {
                throw new IllegalStateException("filter variables not embedded: " + t);
            }
            String id = t.get("id").asText();
            String key = t.get("taskDefinitionKey").asText();
            if (!key.equals(o.camat ? "Task_ApproveKecamatan" : "Task_VerifyVillageList")) {
                continue;
            }
            think(thinkMs);
            ok(timed("form_variables", () -> formVariables(s, id)));
            think(thinkMs);
            Map<String, Object> vars = Map.of("variables", Map.of(
                    "approved", Map.of("value", true, "type", "Boolean"),
                    "note", Map.of("value", "", "type", "String")));
            ok(timed("complete", () -> s.exchange(HttpMethod.POST, ENGINE + "/task/" + id + "/submit-form",
                    MediaType.APPLICATION_JSON, vars, String.class)));
            done++;
        }
        return done;
    }

    private final Map<String, WebappSession> sessions = new ConcurrentHashMap<>();

    /** Tasklist's call for a filter's first page, as HAL with the filter's variables embedded ({@link #LIST_BODY}). */
    private static ResponseEntity<String> filterList(WebappSession s, String filterId) {
        return s.exchange(HttpMethod.POST, ENGINE + "/filter/" + filterId + "/list?firstResult=0&maxResults=15",
                MediaType.APPLICATION_JSON, LIST_BODY, String.class, HAL_JSON);
    }

    /** Tasklist's call when a task is opened: the variables its form shows. */
    private static ResponseEntity<String> formVariables(WebappSession s, String taskId) {
        return s.exchange(HttpMethod.GET, ENGINE + "/task/" + taskId + "/form-variables", null, null, String.class);
    }

    /** The tasks of a HAL list answer. */
    private static JsonNode tasks(String halList) throws java.io.IOException {
        return JSON.readTree(halList).path("_embedded").path("task");
    }

    private static void think(int thinkMs) throws InterruptedException {
        if (thinkMs > 0) {
            Thread.sleep(thinkMs / 2 + java.util.concurrent.ThreadLocalRandom.current().nextInt(thinkMs + 1));
        }
    }

    /**
     * A supervisor's Cockpit dashboard and process views, over and over until the officials are done, with the
     * same reading pause as the officials between two views.
     */
    private void supervise(String user, AtomicBoolean working, int thinkMs) {
        try {
            WebappSession s = WebappSession.login(baseUrl(), user, PASSWORD, "cockpit");
            List<String> queries = List.of(
                    ENGINE + "/process-definition/statistics?rootIncidents=true",
                    ENGINE + "/process-instance/count",
                    ENGINE + "/incident/count",
                    ENGINE + "/task/count?processDefinitionKeyIn=candidate-verification,kecamatan-verification",
                    ENGINE + "/history/process-instance/count?finished=true",
                    ENGINE + "/history/task/count?taskDefinitionKey=Task_VerifyVillageList&finished=true",
                    ENGINE + "/history/activity-instance/count?activityType=userTask");
            while (working.get()) {
                for (String q : queries) {
                    ok(timed("cockpit", () -> s.exchange(HttpMethod.GET, q, null, null, String.class)));
                }
                // One dashboard view is these queries; the supervisor reads it before the next (as the officials).
                think(Math.max(thinkMs, 50));
            }
        } catch (Exception e) {
            errors.add(user + " (Cockpit): " + e);
        }
    }

    private <T> T timed(String kind, Supplier<T> call) {
        long t = System.nanoTime();
        T result = call.get();
        long took = System.nanoTime() - t;
        calls.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(took);
        if (!kind.equals("login") && !kind.equals("cockpit")) {
            workTimeline.add(new long[] {t, took});
        }
        return result;
    }

    /**
     * The work calls' p95 per window of {@code windowSeconds} from {@code start}, as {@code <from_s>:<p95_ms>/<calls>}:
     * whether the slow calls gather at the start (all sessions log in and list at once) or spread over the run.
     */
    private String p95ByWindow(long start, int windowSeconds) {
        Map<Long, List<Long>> byWindow = new java.util.TreeMap<>();
        for (long[] c : workTimeline) {
            byWindow.computeIfAbsent(Math.max(0, c[0] - start) / (windowSeconds * 1_000_000_000L), w -> new ArrayList<>())
                    .add(c[1]);
        }
        List<String> out = new ArrayList<>();
        byWindow.forEach((w, took) -> out.add(String.format("%d:%.0f/%d", w * windowSeconds,
                BenchOutput.percentileMs(took, 95), took.size())));
        return String.join(",", out);
    }

    private String ok(ResponseEntity<String> r) {
        if (!r.getStatusCode().is2xxSuccessful()) {
            throw new IllegalStateException(r.getStatusCode() + " " + r.getBody());
        }
        return r.getBody() == null ? "null" : r.getBody();
    }

    /**
     * Lurah for every village and Camat for every kecamatan, created as the administrator does in Camunda Admin
     * (engine REST: user create, group membership); users that exist already (demo seed) are kept.
     */
    private void createOfficials(List<Region> villages, List<Region> kecamatans) {
        TestRestTemplate admin = as("admin");
        List<Region> all = new ArrayList<>(villages);
        all.addAll(kecamatans);
        for (Region r : all) {
            Role role = r.level() == RegionLevel.VILLAGE ? Role.LURAH : Role.CAMAT;
            String id = role.demoUserId(r.code());
            if (admin.getForEntity(url("/engine-rest/user/" + id + "/profile"), String.class).getStatusCode().value() == 200) {
                continue;
            }
            Map<String, Object> user = Map.of(
                    "profile", Map.of("id", id, "firstName", role.title(), "lastName", r.label(), "email", id + "@jamsos-rentan.test"),
                    "credentials", Map.of("password", PASSWORD));
            ResponseEntity<String> created = admin.postForEntity(url("/engine-rest/user/create"), json(user), String.class);
            assertThat(created.getStatusCode().value()).as(id + " " + created.getBody()).isEqualTo(204);
            ResponseEntity<String> member = admin.exchange(url("/engine-rest/group/" + role.groupId(r.code()) + "/members/" + id),
                    HttpMethod.PUT, json(null), String.class);
            assertThat(member.getStatusCode().value()).as(id + " " + member.getBody()).isEqualTo(204);
        }
    }

    /** One batch per regency, {@code perVillage} candidates in each of its villages, as Dinsos posts them. */
    private String submit(String regency, List<Region> villages, int perVillage, int serialBase) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int i = serialBase;
        for (Region v : villages) {
            for (int j = 0; j < perVillage; j++, i++) {
                LocalDate birth = LocalDate.of(1968, 1, 1).plusDays(i);
                boolean female = i % 2 == 1;
                String nik = v.code().substring(0, 6) + String.format("%02d%02d%02d%04d", birth.getDayOfMonth() + (female ? 40 : 0),
                        birth.getMonthValue(), birth.getYear() % 100, 3001); // …1: registered in DTSEN
                rows.add(Map.of("nik", nik, "name", "Pekerja Desa " + TestNames.letters(i), "birthDate", birth.toString(),
                        "sex", female ? "F" : "M", "villageCode", v.code(), "category", "PETANI", "address", "RT 03"));
            }
        }
        ResponseEntity<JsonNode> r = as(Role.DINSOS.demoUserId(regency)).postForEntity(url("/api/candidates"),
                json(Map.of("regencyCode", regency, "candidates", rows)), JsonNode.class);
        assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(202);
        return "VER-" + regency + "-" + r.getBody().get("batchId").asLong();
    }

    private long openTasks(Collection<String> businessKeys, String taskKey) {
        return businessKeys.stream().mapToLong(k -> tasks.createTaskQuery().processInstanceBusinessKey(k)
                .taskDefinitionKey(taskKey).count()).sum();
    }

    private static String batchIds(Collection<String> businessKeys) {
        return businessKeys.stream().map(k -> k.substring(k.lastIndexOf('-') + 1)).collect(Collectors.joining(","));
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, h);
    }
}
