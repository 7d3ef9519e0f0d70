package id.jamsos.rentan.identity;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.support.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasks, instances and history through engine-rest: an official sees and completes only their region's,
 * a supervisor sees only their regency's instances (the Cockpit view), never another's.
 */
class EngineRegionIsolationIT extends IntegrationTest {
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    ProcessInstance kapuas;
    ProcessInstance sukamara;
    String kapuasTask;
    String sukamaraTask;

    @BeforeEach
    void twoRegencies() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey("region-probe").count() == 0) {
            repository.createDeployment().addClasspathResource("fixtures/region-probe.bpmn").name("region-probe").deploy();
        }
        kapuas = runtime.startProcessInstanceByKey("region-probe",
                Map.of("regencyCode", "6203", "villageCode", "6203011001"));
        sukamara = runtime.startProcessInstanceByKey("region-probe",
                Map.of("regencyCode", "6208", "villageCode", "6208011001"));
        kapuasTask = tasks.createTaskQuery().processInstanceId(kapuas.getId()).singleResult().getId();
        sukamaraTask = tasks.createTaskQuery().processInstanceId(sukamara.getId()).singleResult().getId();
    }

    private ResponseEntity<JsonNode> complete(String user, String taskId) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return as(user).postForEntity(url("/engine-rest/task/" + taskId + "/complete"),
                new HttpEntity<>("{\"variables\":{\"approved\":{\"value\":true}}}", h), JsonNode.class);
    }

    @Test
    void instancesBelongToTheirRegencyTenant() {
        assertThat(kapuas.getTenantId()).isEqualTo("6203");
        assertThat(sukamara.getTenantId()).isEqualTo("6208");
    }

    @Test
    void lurahSeesAndCompletesOnlyTheVillageTask() {
        ResponseEntity<JsonNode> list = as("lurah.6203011001").getForEntity(url("/engine-rest/task?processDefinitionKey=region-probe"), JsonNode.class);
        assertThat(list.getBody().findValuesAsText("id")).contains(kapuasTask).doesNotContain(sukamaraTask);
        // Another village of the same kecamatan does not see it either.
        ResponseEntity<JsonNode> neighbour = as("lurah.6203011002").getForEntity(url("/engine-rest/task?processDefinitionKey=region-probe"), JsonNode.class);
        assertThat(neighbour.getBody().findValuesAsText("id")).doesNotContain(kapuasTask);

        ResponseEntity<JsonNode> refused = complete("lurah.6203011001", sukamaraTask);
        assertThat(refused.getStatusCode().value()).isIn(403, 404);
        assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                || refused.getStatusCode() == HttpStatus.NOT_FOUND).isTrue();
        assertThat(tasks.createTaskQuery().taskId(sukamaraTask).count()).isEqualTo(1);

        assertThat(complete("lurah.6203011001", kapuasTask).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(kapuas.getId()).count()).isZero();
    }

    /**
     * Writing to another regency's task answers exactly like a task id that never existed: 404 with the same body
     * (but for the id), so the answer is no oracle for other regencies' work.
     */
    @ParameterizedTest
    @ValueSource(strings = {"complete", "submit-form", "claim", "unclaim", "assignee", "variables", "localVariables"})
    void writingToAnotherRegencysTaskAnswersLikeAnUnknownId(String action) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        String body = switch (action) {
            case "assignee", "claim" -> "{\"userId\":\"dinsos.6208\"}";
            case "variables", "localVariables" -> "{\"modifications\":{\"approved\":{\"value\":true}}}";
            default -> "{\"variables\":{\"approved\":{\"value\":true}}}";
        };
        ResponseEntity<String> foreign = as("dinsos.6208").postForEntity(url("/engine-rest/task/" + kapuasTask + "/" + action),
                new HttpEntity<>(body, h), String.class);
        ResponseEntity<String> unknown = as("dinsos.6208").postForEntity(url("/engine-rest/task/tidak-ada-sama-sekali/" + action),
                new HttpEntity<>(body, h), String.class);
        assertThat(foreign.getStatusCode().value()).as(foreign.getBody()).isEqualTo(404);
        assertThat(unknown.getStatusCode().value()).as(unknown.getBody()).isEqualTo(404);
        assertThat(foreign.getBody().replace(kapuasTask, "ID")).isEqualTo(unknown.getBody().replace("tidak-ada-sama-sekali", "ID"));
        assertThat(tasks.createTaskQuery().taskId(kapuasTask).singleResult().getAssignee()).isNull();
        assertThat(runtime.getVariable(kapuas.getId(), "approved")).isNull();
    }

    /** Every demo role of Sukamara against Kapuas' task and instance. */
    @ParameterizedTest
    @ValueSource(strings = {"lurah.6208011001", "camat.620801", "dinsos.6208", "kadinsos.6208", "hukum.6208", "tapd.6208",
            "sekda.6208", "bpjs.6208", "kacab.6208", "supervisor.6208", "camat.620301", "lurah.6203012001"})
    void othersCanNeitherSeeNorCompleteTheTask(String user) {
        assertThat(as(user).getForEntity(url("/engine-rest/task/" + kapuasTask), JsonNode.class).getStatusCode().value())
                .as(user + " reads task").isIn(403, 404);
        ResponseEntity<JsonNode> refused = complete(user, kapuasTask);
        assertThat(refused.getStatusCode().value()).as(user + " completes task").isIn(403, 404);
        if (refused.getStatusCode() == HttpStatus.FORBIDDEN) {
            assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        }
        assertThat(tasks.createTaskQuery().taskId(kapuasTask).count()).isEqualTo(1);
        ResponseEntity<JsonNode> instances = as(user).getForEntity(url("/engine-rest/process-instance?processDefinitionKey=region-probe"), JsonNode.class);
        assertThat(instances.getBody().findValuesAsText("id")).as(user).doesNotContain(kapuas.getId());
    }

    @Test
    void supervisorWatchesButDoesNotWork() {
        assertThat(as("supervisor.6203").getForEntity(url("/engine-rest/task/" + kapuasTask), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> refused = complete("supervisor.6203", kapuasTask);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tasks.createTaskQuery().taskId(kapuasTask).count()).isEqualTo(1);
    }

    @Test
    void supervisorSeesOnlyOwnRegencyInstancesAndHistory() {
        ResponseEntity<JsonNode> running = as("supervisor.6203").getForEntity(
                url("/engine-rest/process-instance?processDefinitionKey=region-probe"), JsonNode.class);
        assertThat(running.getBody().findValuesAsText("id")).contains(kapuas.getId()).doesNotContain(sukamara.getId());
        ResponseEntity<JsonNode> history = as("supervisor.6203").getForEntity(
                url("/engine-rest/history/process-instance?processDefinitionKey=region-probe"), JsonNode.class);
        assertThat(history.getBody().findValuesAsText("tenantId")).isNotEmpty().containsOnly("6203");
        ResponseEntity<JsonNode> sukamaraView = as("supervisor.6208").getForEntity(
                url("/engine-rest/process-instance?processDefinitionKey=region-probe"), JsonNode.class);
        assertThat(sukamaraView.getBody().findValuesAsText("id")).contains(sukamara.getId()).doesNotContain(kapuas.getId());
    }

    @Test
    void officialCannotStartAnInstanceForAnotherRegency() {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        long before = runtime.createProcessInstanceQuery().processDefinitionKey("region-probe").count();
        ResponseEntity<JsonNode> r = as("admin").postForEntity(url("/engine-rest/process-definition/key/region-probe/start"),
                new HttpEntity<>("{\"variables\":{\"regencyCode\":{\"value\":\"6112\"},\"villageCode\":{\"value\":\"6112012001\"}}}", h),
                JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> refused = as("dinsos.6203").postForEntity(url("/engine-rest/process-definition/key/region-probe/start"),
                new HttpEntity<>("{\"variables\":{\"regencyCode\":{\"value\":\"6208\"},\"villageCode\":{\"value\":\"6208011001\"}}}", h),
                JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("region-probe").count()).isEqualTo(before + 1);
    }
}
