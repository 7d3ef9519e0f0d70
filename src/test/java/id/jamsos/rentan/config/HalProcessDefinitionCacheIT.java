package id.jamsos.rentan.config;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.identity.IdentitySetup;
import id.jamsos.rentan.support.IntegrationTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist's HAL list through engine-rest as a Lurah: the task's process definition is embedded, and from the first
 * list on it comes from the HAL relation cache ({@link HalProcessDefinitionCache}) instead of a query per list.
 */
class HalProcessDefinitionCacheIT extends IntegrationTest {
    @Autowired
    TaskService tasks;
    @Autowired
    FilterService filters;

    JsonNode halList(String user, String filterId) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        h.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
        ResponseEntity<JsonNode> r = as(user).exchange(url("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=50"),
                HttpMethod.POST, new HttpEntity<>("{}", h), JsonNode.class);
        assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(200);
        return r.getBody();
    }

    @Test
    void theListEmbedsTheProcessDefinitionFromTheCache() {
        clock.pinMidYear();
        ResponseEntity<JsonNode> submitted = as("dinsos.6203").postForEntity(url("/api/candidates"), Map.of("regencyCode", "6203",
                "candidates", List.of(Map.of("nik", "6203011403777301", "name", "Pekerja Daftar Hal", "birthDate", "1977-03-14",
                        "sex", "M", "villageCode", "6203011001", "category", "PETANI", "address", "RT 03"))), JsonNode.class);
        assertThat(submitted.getStatusCode().value()).as(String.valueOf(submitted.getBody())).isEqualTo(202);
        String key = "VER-6203-" + submitted.getBody().get("batchId").asLong();
        await(Duration.ofSeconds(60), "the village task", () -> tasks.createTaskQuery().processInstanceBusinessKey(key)
                .taskDefinitionKey("Task_VerifyVillageList").count() == 1);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey("Task_VerifyVillageList").singleResult();
        String filterId = filters.createFilterQuery().filterName(IdentitySetup.FILTER_GROUP_TASKS).singleResult().getId();

        for (int call = 1; call <= 2; call++) {
            JsonNode list = halList("lurah.6203011001", filterId);
            List<String> taskIds = new ArrayList<>();
            list.path("_embedded").path("task").forEach(t -> taskIds.add(t.get("id").asText()));
            assertThat(taskIds).as("call " + call).contains(task.getId());
            List<String> definitions = new ArrayList<>();
            list.path("_embedded").path("processDefinition").forEach(d -> definitions.add(d.get("id").asText()
                    + " " + d.get("key").asText()));
            assertThat(definitions).as("call " + call).contains(task.getProcessDefinitionId() + " kecamatan-verification");
            // After the first list the definition is in the cache the next list reads.
            assertThat(Hal.getInstance().getHalRelationCache(HalProcessDefinition.class).get(task.getProcessDefinitionId()))
                    .as("call " + call).isNotNull();
        }
    }
}
