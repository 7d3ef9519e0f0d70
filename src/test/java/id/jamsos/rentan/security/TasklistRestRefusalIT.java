package id.jamsos.rentan.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.support.HostileBodies;
import id.jamsos.rentan.support.IntegrationTest;
import id.jamsos.rentan.support.WebappSession;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webapps' own engine REST, which Tasklist calls ({@code /camunda/api/engine/engine/default/...}), answers like
 * {@code /engine-rest} (issue 12): hostile bodies never get a 5xx, a refused variable gets 400 with the Indonesian
 * message naming it in the {@code message} property Tasklist shows, an unknown task 404, a race 409; nothing changes.
 */
class TasklistRestRefusalIT extends IntegrationTest {
    static final String ENGINE = "/camunda/api/engine/engine/default";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MemberRepository members;

    String claimTask() {
        var m = SecurityTestData.member(members);
        ResponseEntity<JsonNode> created = as("bpjs.6203").postForEntity(url("/api/claims"), SecurityTestData.claim(m.membershipNumber()), JsonNode.class);
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        String number = created.getBody().get("claimNumber").asText();
        String[] id = new String[1];
        await(Duration.ofSeconds(60), "claim task", () -> {
            JsonNode arr = as("bpjs.6203").getForObject(url("/engine-rest/task?processInstanceBusinessKey=" + number), JsonNode.class);
            if (arr.isEmpty()) {
                return false;
            }
            id[0] = arr.get(0).get("id").asText();
            return true;
        });
        return id[0];
    }

    WebappSession tasklist(String user) {
        return WebappSession.login(baseUrl(), user, "demo");
    }

    static JsonNode json(ResponseEntity<String> r) throws Exception {
        return JSON.readTree(r.getBody());
    }

    @TestFactory
    Stream<DynamicTest> noHostileBodyAnswers5xxThroughTasklistsRest() {
        String task = claimTask();
        String pi = as("bpjs.6203").getForObject(url("/engine-rest/task/" + task), JsonNode.class).get("processInstanceId").asText();
        WebappSession session = tasklist("bpjs.6203");
        record Target(HttpMethod method, String path) {
        }
        List<Target> targets = List.of(
                new Target(HttpMethod.POST, ENGINE + "/task/" + task + "/complete"),
                new Target(HttpMethod.POST, ENGINE + "/task/" + task + "/submit-form"),
                new Target(HttpMethod.POST, ENGINE + "/task/" + task + "/claim"),
                new Target(HttpMethod.POST, ENGINE + "/task/" + task + "/variables"),
                new Target(HttpMethod.POST, ENGINE + "/task/" + task + "/localVariables"),
                new Target(HttpMethod.PUT, ENGINE + "/task/" + task + "/variables/approved"),
                new Target(HttpMethod.POST, ENGINE + "/task/tidak-ada/complete"),
                new Target(HttpMethod.POST, ENGINE + "/task/tidak-ada/submit-form"),
                new Target(HttpMethod.POST, ENGINE + "/process-instance/" + pi + "/variables"),
                new Target(HttpMethod.POST, ENGINE + "/process-definition/key/claim-payout/submit-form"),
                new Target(HttpMethod.POST, ENGINE + "/message"));
        List<DynamicTest> tests = new ArrayList<>();
        List<MediaType> types = java.util.Arrays.asList(MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, null);
        for (Target t : targets) {
            tests.addAll(HostileBodies.sweep(t.method(), t.path(), types,
                    (m, path, type, body) -> session.exchange(m, path, type, body, String.class)));
        }
        tests.add(DynamicTest.dynamicTest("the task is untouched", () ->
                assertThat(as("bpjs.6203").getForEntity(url("/engine-rest/task/" + task), String.class).getStatusCode().value())
                        .isEqualTo(200)));
        return tests.stream();
    }

    @Test
    void undeclaredVariableOnTasklistSubmitIsRefusedNamingItAndChangesNothing() throws Exception {
        String task = claimTask();
        String pi = as("bpjs.6203").getForObject(url("/engine-rest/task/" + task), JsonNode.class).get("processInstanceId").asText();
        String before = as("bpjs.6203").getForObject(url("/engine-rest/process-instance/" + pi + "/variables"), String.class);
        WebappSession session = tasklist("bpjs.6203");

        Map<String, Object> body = Map.of("variables", Map.of(
                "approved", Map.of("value", true, "type", "Boolean"),
                "claimNumber", Map.of("value", "KLM-6208-LAIN", "type", "String")));
        ResponseEntity<String> r = session.exchange(HttpMethod.POST, ENGINE + "/task/" + task + "/submit-form",
                MediaType.APPLICATION_JSON, body, String.class);

        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(400);
        assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        JsonNode answer = json(r);
        // Tasklist shows "message" on the form: the Indonesian refusal naming the variable.
        assertThat(answer.path("message").asText()).contains("claimNumber").containsAnyOf("tidak", "ditolak", "bukan");
        assertThat(answer.path("type").asText()).isNotBlank();
        assertThat(answer.path("status").asInt()).isEqualTo(400);
        assertThat(r.getBody()).doesNotContain("at org.", "at java.");
        // Nothing changed: the task is open, the variables are as before.
        assertThat(as("bpjs.6203").getForEntity(url("/engine-rest/task/" + task), String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(as("bpjs.6203").getForObject(url("/engine-rest/process-instance/" + pi + "/variables"), String.class))
                .isEqualTo(before);

        // The same through /complete and a variable write.
        ResponseEntity<String> complete = session.exchange(HttpMethod.POST, ENGINE + "/task/" + task + "/complete",
                MediaType.APPLICATION_JSON, body, String.class);
        assertThat(complete.getStatusCode().value()).as(complete.getBody()).isEqualTo(400);
        assertThat(json(complete).path("message").asText()).contains("claimNumber");
        ResponseEntity<String> put = session.exchange(HttpMethod.PUT, ENGINE + "/task/" + task + "/variables/claimNumber",
                MediaType.APPLICATION_JSON, Map.of("value", "KLM-6208-LAIN", "type", "String"), String.class);
        assertThat(put.getStatusCode().value()).as(put.getBody()).isEqualTo(400);
        assertThat(json(put).path("message").asText()).contains("claimNumber");
        assertThat(as("bpjs.6203").getForObject(url("/engine-rest/process-instance/" + pi + "/variables"), String.class))
                .isEqualTo(before);
    }

    @Test
    void unknownAndForeignTasksAnswerLikeEngineRest() throws Exception {
        String task = claimTask();
        WebappSession own = tasklist("bpjs.6203");
        ResponseEntity<String> unknown = own.exchange(HttpMethod.POST, ENGINE + "/task/tidak-ada-sama-sekali/complete",
                MediaType.APPLICATION_JSON, "{}", String.class);
        assertThat(unknown.getStatusCode().value()).as(unknown.getBody()).isEqualTo(404);
        assertThat(json(unknown).path("message").asText()).contains("tidak ditemukan");

        // Another regency's task: 404 like an unknown id, as engine-rest gives; never a 500; the task stays open.
        WebappSession foreign = tasklist("bpjs.6208");
        ResponseEntity<String> viaWebapp = foreign.exchange(HttpMethod.POST, ENGINE + "/task/" + task + "/complete",
                MediaType.APPLICATION_JSON, "{}", String.class);
        ResponseEntity<String> viaEngineRest = as("bpjs.6208").exchange(url("/engine-rest/task/" + task + "/complete"),
                HttpMethod.POST, new org.springframework.http.HttpEntity<>("{}", jsonHeaders()), String.class);
        assertThat(viaWebapp.getStatusCode().value()).as(viaWebapp.getBody()).isEqualTo(404)
                .isEqualTo(viaEngineRest.getStatusCode().value());
        assertThat(json(viaWebapp).path("message").asText()).isNotBlank().doesNotContain("Exception");
        assertThat(as("bpjs.6203").getForEntity(url("/engine-rest/task/" + task), String.class).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void completingATaskAnotherOfficialJustCompletedIsAConflict() throws Exception {
        String task = claimTask();
        Map<String, Object> vars = Map.of("variables", Map.of(
                "approved", Map.of("value", false, "type", "Boolean"),
                "note", Map.of("value", "Dokumen belum lengkap", "type", "String")));
        WebappSession first = tasklist("bpjs.6203");
        WebappSession second = tasklist("bpjs.6203");
        ResponseEntity<String> won = first.exchange(HttpMethod.POST, ENGINE + "/task/" + task + "/submit-form",
                MediaType.APPLICATION_JSON, vars, String.class);
        assertThat(won.getStatusCode().value()).as(won.getBody()).isIn(200, 204);
        ResponseEntity<String> lost = second.exchange(HttpMethod.POST, ENGINE + "/task/" + task + "/submit-form",
                MediaType.APPLICATION_JSON, vars, String.class);
        assertThat(lost.getStatusCode().value()).as(lost.getBody()).isEqualTo(409);
        assertThat(json(lost).path("message").asText()).contains("sudah diselesaikan");
    }

    static org.springframework.http.HttpHeaders jsonHeaders() {
        org.springframework.http.HttpHeaders h = new org.springframework.http.HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return h;
    }
}
