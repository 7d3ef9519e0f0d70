package id.jamsos.rentan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.support.IntegrationTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mvn -B -q -Pbench verify -Dbench.workers=5000}: the whole pipeline on the test PostgreSQL: import of N
 * generated valid candidates over the demo villages of Kapuas, screening, every village, kecamatan and Dinsos
 * task completed through the engine API, all ENROLLED; then the naive baseline (one instance per worker of
 * three async no-op steps) on the same engine; then the Tasklist query with 1,000 open tasks for one official.
 * Prints BENCH lines (also appended to target/bench-results.txt). A benchmark, not a timed test: the only
 * assertions are that the work was really done.
 */
class PipelineBench extends IntegrationTest {
    static final String[] VILLAGES = {"6203011001", "6203011002", "6203012001", "6203021001", "6203022001"};
    static final String[] CATEGORIES = {"PETANI", "NELAYAN", "PEDAGANG_PASAR", "BURUH_HARIAN_LEPAS", "OJEK"};
    static final int BATCH = 5000;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    FilterService filters;

    private final Map<String, Double> phases = new LinkedHashMap<>();

    @Test
    void pipelineAgainstBaseline() {
        clock.pinMidYear(); // booked on the PKS in force in every month (December: NextPksBookingIT)
        int n = Integer.getInteger("bench.workers", 5000);
        int year = LocalDate.now().getYear();
        // Room in the Kapuas PKS for the generated workers (the demo quota is 5,000 with 24 members already).
        jdbc.update("update pks_agreement set quota = quota + ? where pks_number = ?", n, "PKS-6203-" + year);

        long t0 = System.nanoTime();
        List<Long> batches = new ArrayList<>();
        for (int from = 0; from < n; from += BATCH) {
            batches.add(submit(from, Math.min(n, from + BATCH)));
        }
        phase("submit", t0);
        long t1 = System.nanoTime();
        await(Duration.ofMinutes(30), "screening of all batches", () -> batches.stream().allMatch(this::batchDone));
        phase("screening", t1);

        long t2 = System.nanoTime();
        completeAll("Task_VerifyVillageList");
        phase("village_tasks", t2);
        long t3 = System.nanoTime();
        completeAll("Task_ApproveKecamatan");
        phase("kecamatan_tasks", t3);
        long t4 = System.nanoTime();
        completeAll("Task_FinalizeRegencyList");
        phase("dinsos_tasks", t4);
        long t5 = System.nanoTime();
        await(Duration.ofMinutes(30), "all enrolled", () -> enrolled(batches) == n);
        phase("enrollment", t5);
        double pipeline = (System.nanoTime() - t0) / 1e9;
        assertThat(jdbc.queryForObject("select count(*) from member where nik in (select nik from candidate where batch_id in ("
                + join(batches) + "))", Integer.class)).isEqualTo(n);

        // The baseline grows linearly (one instance per worker); beyond 5,000 it is measured on 5,000 and scaled,
        // so a 100,000-worker run does not spend a quarter of an hour on the naive shape.
        int baselineWorkers = Math.min(n, Integer.getInteger("bench.baseline.max", 5000));
        double baselineMeasured = baseline(baselineWorkers);
        double baseline = baselineMeasured * n / baselineWorkers;
        double taskQuery = taskListWithThousandTasks();
        long heapMb = peakHeapMb();
        emit(String.format("BENCH name=pipeline workers=%d seconds=%.1f baseline_seconds=%.1f ratio=%.2f workers_per_s=%.0f heap_mb=%d",
                n, pipeline, baseline, pipeline / baseline, n / pipeline, heapMb));
        phases.forEach((name, s) -> emit(String.format("BENCH name=%s seconds=%.2f", name, s)));
        emit(String.format("BENCH name=baseline workers=%d seconds=%.1f", baselineWorkers, baselineMeasured));
        emit(String.format("BENCH name=tasklist_query_1000_open seconds=%.3f", taskQuery));
    }

    private long submit(int from, int to) {
        StringBuilder json = new StringBuilder("{\"regencyCode\":\"6203\",\"candidates\":[");
        for (int i = from; i < to; i++) {
            String village = VILLAGES[i % VILLAGES.length];
            boolean female = i % 2 == 1;
            LocalDate birth = LocalDate.of(1966, 1, 1).plusDays(i % 11000);
            int serial = 1001 + (i / 11000) * 10; // last digit 1: the DTSEN simulator registers it as poor
            int day = birth.getDayOfMonth() + (female ? 40 : 0);
            String nik = village.substring(0, 6) + String.format("%02d%02d%02d%04d", day, birth.getMonthValue(),
                    birth.getYear() % 100, serial);
            if (i > from) {
                json.append(',');
            }
            json.append("{\"nik\":\"").append(nik).append("\",\"name\":\"Pekerja Uji ").append(id.jamsos.rentan.support.TestNames.letters(i))
                    .append("\",\"birthDate\":\"").append(birth).append("\",\"sex\":\"").append(female ? "F" : "M")
                    .append("\",\"villageCode\":\"").append(village).append("\",\"category\":\"")
                    .append(CATEGORIES[i % CATEGORIES.length]).append("\",\"address\":\"RT 01\"}");
        }
        json.append("]}");
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> r = as("dinsos.6203").postForEntity(url("/api/candidates"), new HttpEntity<>(json.toString(), h), JsonNode.class);
        assertThat(r.getStatusCode().value()).isEqualTo(202);
        return r.getBody().get("batchId").asLong();
    }

    private boolean batchDone(long batchId) {
        JsonNode b = as("dinsos.6203").getForObject(url("/api/batches/" + batchId), JsonNode.class);
        return "DONE".equals(b.get("status").asText());
    }

    /** Completes, as the officials would, every open task of that kind until none is left and none comes. */
    private void completeAll(String taskKey) {
        await(Duration.ofMinutes(10), "tasks " + taskKey,
                () -> tasks.createTaskQuery().processDefinitionKey("candidate-verification").taskDefinitionKey(taskKey).count() > 0);
        while (true) {
            List<Task> open = tasks.createTaskQuery().processDefinitionKey("candidate-verification").taskDefinitionKey(taskKey).list();
            if (open.isEmpty()) {
                return;
            }
            for (Task t : open) {
                tasks.complete(t.getId(), Map.of("approved", true, "note", ""));
            }
        }
    }

    private long enrolled(List<Long> batches) {
        return jdbc.queryForObject("select count(*) from candidate where status = 'ENROLLED' and batch_id in (" + join(batches) + ")",
                Long.class);
    }

    private double baseline(int n) {
        repository.createDeployment().addClasspathResource("bench/baseline.bpmn").name("bench-baseline").deploy();
        long t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            runtime.startProcessInstanceByKey("bench-baseline", Map.of("regencyCode", "6203"));
        }
        await(Duration.ofMinutes(60), "baseline instances done",
                () -> runtime.createProcessInstanceQuery().processDefinitionKey("bench-baseline").count() == 0);
        return (System.nanoTime() - t) / 1e9;
    }

    /** Tasklist's own call: the "Tugas Kelompok" filter list, first page, as the official with 1,000 open tasks. */
    private double taskListWithThousandTasks() {
        repository.createDeployment().addClasspathResource("fixtures/region-probe.bpmn").name("region-probe").deploy();
        for (int i = 0; i < 1000; i++) {
            runtime.startProcessInstanceByKey("region-probe", Map.of("regencyCode", "6203", "villageCode", "6203011002"));
        }
        String filterId = filters.createFilterQuery().filterName("Tugas Kelompok").singleResult().getId();
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        HttpEntity<String> body = new HttpEntity<>("{}", h);
        String path = url("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15");
        as("lurah.6203011002").postForEntity(path, body, JsonNode.class); // warm-up
        long t = System.nanoTime();
        ResponseEntity<JsonNode> r = as("lurah.6203011002").postForEntity(path, body, JsonNode.class);
        double s = (System.nanoTime() - t) / 1e9;
        assertThat(r.getBody().size()).isEqualTo(15);
        return s;
    }

    private void phase(String name, long start) {
        phases.put(name, (System.nanoTime() - start) / 1e9);
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static void emit(String line) {
        System.out.println(line);
        try {
            Files.writeString(Path.of("target", "bench-results.txt"), line + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
