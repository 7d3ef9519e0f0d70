package id.jamsos.rentan.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jamsos.rentan.support.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Boot does not auto-deploy *.form: ours are deployed with the processes, so every camunda:formRef
 * resolves, and a real task's form is served by engine-rest exactly as Tasklist asks for it.
 */
class TaskFormResolutionIT extends IntegrationTest {
    @Autowired
    RepositoryService repository;
    @Autowired
    TaskService tasks;

    @Test
    void everyFormRefAndEmbeddedFormIsDeployed() throws IOException {
        Set<String> deployedFormIds = new HashSet<>();
        Set<String> deployedResources = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (var d : repository.createDeploymentQuery().list()) {
            for (String name : repository.getDeploymentResourceNames(d.getId())) {
                deployedResources.add(name);
                if (name.endsWith(".form")) {
                    deployedFormIds.add(json.readTree(repository.getResourceAsStream(d.getId(), name)).get("id").asText());
                }
            }
        }
        Pattern formRef = Pattern.compile("camunda:formRef=\"([^\"]+)\"");
        Pattern embedded = Pattern.compile("embedded:deployment:([^\"]+)\"");
        int refs = 0;
        for (var bpmn : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
            String xml = new String(bpmn.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = formRef.matcher(xml);
            while (m.find()) {
                assertThat(deployedFormIds).as(bpmn.getFilename() + " formRef").contains(m.group(1));
                refs++;
            }
            Matcher e = embedded.matcher(xml);
            while (e.find()) {
                // Tasklist asks for exactly this resource name within the deployment.
                assertThat(deployedResources).as(bpmn.getFilename() + " embedded form").contains(e.group(1));
                refs++;
            }
        }
        assertThat(refs).isPositive();
    }

    @Test
    void pksDraftTaskServesItsCamundaForm() {
        int year = LocalDate.now().getYear() + 1;
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        String body = "{\"regencyCode\":\"6208\",\"fiscalYear\":" + year + ",\"quota\":100,\"budget\":20160000,"
                + "\"startDate\":\"" + year + "-01-01\",\"endDate\":\"" + year + "-12-31\"}";
        ResponseEntity<JsonNode> created = as("dinsos.6208").postForEntity(url("/api/agreements"), new HttpEntity<>(body, h), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String pks = created.getBody().get("pksNumber").asText();

        await(Duration.ofSeconds(30), "draft task", () -> tasks.createTaskQuery().processInstanceBusinessKey(pks).count() > 0);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(pks).singleResult();
        ResponseEntity<JsonNode> form = as("dinsos.6208").getForEntity(url("/engine-rest/task/" + task.getId() + "/deployed-form"), JsonNode.class);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody().get("id").asText()).isEqualTo("pks-draft");
        assertThat(form.getBody().get("components").size()).isPositive();
        // Another regency's official cannot load it.
        assertThat(as("dinsos.6203").getForEntity(url("/engine-rest/task/" + task.getId() + "/deployed-form"), JsonNode.class)
                .getStatusCode().value()).isIn(403, 404);
    }
}
