package id.jamsos.rentan.verification;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.support.IntegrationTest;
import id.jamsos.rentan.support.RealVillages;
import id.jamsos.rentan.support.TestNames;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: every Lurah of a kecamatan submits at the same moment. Each village task keeps its decision on its own
 * execution and the multi-instance bookkeeping follows in a job (asyncAfter), so no submission fails or is
 * repeated, every decision is recorded on its own task, none reaches the process scope that the siblings share,
 * and the Camat gets exactly one list.
 */
class ParallelVillageCompletionIT extends IntegrationTest {
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;

    @Test
    void allLurahOfAKecamatanSubmitAtOnce() throws Exception {
        clock.pinMidYear();
        List<String> villages = RealVillages.codes().stream().filter(c -> c.startsWith("620302")).toList();
        assertThat(villages).hasSizeGreaterThanOrEqualTo(5);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < villages.size(); i++) {
            LocalDate birth = LocalDate.of(1975, 2, 1).plusDays(i * 37L);
            String nik = villages.get(i).substring(0, 6) + String.format("%02d%02d%02d%04d", birth.getDayOfMonth(),
                    birth.getMonthValue(), birth.getYear() % 100, 7001); // …1: registered in DTSEN
            rows.add(Map.of("nik", nik, "name", "Pekerja Serentak " + TestNames.letters(i), "birthDate", birth.toString(),
                    "sex", "M", "villageCode", villages.get(i), "category", "PETANI", "address", "RT 02"));
        }
        ResponseEntity<JsonNode> submitted = as("dinsos.6203").postForEntity(url("/api/candidates"),
                Map.of("regencyCode", "6203", "candidates", rows), JsonNode.class);
        assertThat(submitted.getStatusCode().value()).as(String.valueOf(submitted.getBody())).isEqualTo(202);
        String key = "VER-6203-" + submitted.getBody().get("batchId").asLong();
        await(Duration.ofSeconds(60), "one task per village", () -> tasks.createTaskQuery().processInstanceBusinessKey(key)
                .taskDefinitionKey("Task_VerifyVillageList").count() == villages.size());
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey("Task_VerifyVillageList").list();
        String pi = open.get(0).getProcessInstanceId();

        // All at once: a start gate releases every submission together.
        ExecutorService lurah = Executors.newFixedThreadPool(open.size());
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (Task t : open) {
            done.add(lurah.submit(() -> {
                gate.await();
                tasks.complete(t.getId(), Map.of("approved", true, "note", "dicek " + t.getId()));
                return null;
            }));
        }
        gate.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS); // a failed submission throws here
        }
        lurah.shutdown();

        await(Duration.ofSeconds(30), "the Camat's list", () -> tasks.createTaskQuery().processInstanceBusinessKey(key)
                .taskDefinitionKey("Task_ApproveKecamatan").count() == 1);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey("Task_ApproveKecamatan")
                .singleResult().getTaskDefinitionKey()).isEqualTo("Task_ApproveKecamatan");
        assertThat(jdbc.queryForObject("select count(*) from candidate c join candidate_batch b on b.id = c.batch_id "
                + "where b.id = ? and c.status = 'AWAITING_KECAMATAN'", Integer.class,
                submitted.getBody().get("batchId").asLong())).isEqualTo(villages.size());
        // Each decision on its own task's execution, none in the scope the siblings share.
        assertThat(runtime.getVariablesLocal(pi)).doesNotContainKeys("approved", "note");
        var notes = history.createHistoricVariableInstanceQuery().processInstanceId(pi).variableName("note").list().stream()
                .filter(n -> n.getActivityInstanceId().startsWith("Task_VerifyVillageList:")).toList();
        assertThat(notes).hasSize(villages.size())
                .allSatisfy(n -> assertThat(n.getExecutionId()).isNotEqualTo(pi));
        assertThat(notes.stream().map(n -> String.valueOf(n.getValue())).distinct()).hasSize(villages.size());
    }
}
