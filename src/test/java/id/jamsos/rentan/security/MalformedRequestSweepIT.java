package id.jamsos.rentan.security;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.support.HostileBodies;
import id.jamsos.rentan.support.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No 500 for bad input (issue 12): every engine-rest and /api endpoint an official uses, sent malformed bodies
 * (broken JSON, wrong shapes, unknown variable types, no body, wrong media type), answers 4xx. Deleting a task of
 * another regency answers exactly like an unknown id (404), so task ids of other regencies cannot be probed.
 */
class MalformedRequestSweepIT extends IntegrationTest {
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

    ResponseEntity<String> send(String user, HttpMethod method, String path, MediaType type, String body) {
        HttpHeaders h = new HttpHeaders();
        if (type != null) {
            h.setContentType(type);
        }
        return as(user).exchange(url(path), method, new HttpEntity<>(body, h), String.class);
    }

    @TestFactory
    Stream<DynamicTest> noMalformedBodyAnswers5xx() {
        String task = claimTask();
        String pi = as("bpjs.6203").getForObject(url("/engine-rest/task/" + task), JsonNode.class).get("processInstanceId").asText();
        record Target(String user, HttpMethod method, String path) {
        }
        List<Target> targets = List.of(
                new Target("bpjs.6203", HttpMethod.POST, "/engine-rest/task/" + task + "/complete"),
                new Target("bpjs.6203", HttpMethod.POST, "/engine-rest/task/" + task + "/submit-form"),
                new Target("bpjs.6203", HttpMethod.POST, "/engine-rest/task/" + task + "/claim"),
                new Target("bpjs.6203", HttpMethod.POST, "/engine-rest/task/" + task + "/variables"),
                new Target("bpjs.6203", HttpMethod.POST, "/engine-rest/task/" + task + "/localVariables"),
                new Target("bpjs.6203", HttpMethod.PUT, "/engine-rest/task/" + task + "/variables/approved"),
                new Target("bpjs.6203", HttpMethod.POST, "/engine-rest/task/tidak-ada/complete"),
                new Target("bpjs.6203", HttpMethod.POST, "/engine-rest/process-instance/" + pi + "/variables"),
                new Target("bpjs.6203", HttpMethod.POST, "/engine-rest/process-definition/key/claim-payout/start"),
                new Target("bpjs.6203", HttpMethod.POST, "/engine-rest/process-definition/key/claim-payout/submit-form"),
                new Target("dinsos.6203", HttpMethod.POST, "/engine-rest/process-definition/key/candidate-verification/submit-form"),
                new Target("bpjs.6203", HttpMethod.POST, "/engine-rest/message"),
                new Target("bpjs.6203", HttpMethod.POST, "/engine-rest/task"),
                new Target("bpjs.6203", HttpMethod.POST, "/engine-rest/process-instance"),
                new Target("admin", HttpMethod.POST, "/engine-rest/deployment/create"),
                new Target("dinsos.6203", HttpMethod.POST, "/api/candidates"),
                new Target("bpjs.6203", HttpMethod.POST, "/api/claims"),
                new Target("dinsos.6203", HttpMethod.POST, "/api/budget-evaluations"),
                new Target("dinsos.6203", HttpMethod.POST, "/api/agreements"),
                new Target("dinsos.6203", HttpMethod.POST, "/api/candidates/import"),
                new Target("admin", HttpMethod.POST, "/api/admin/regions/import"));
        List<DynamicTest> tests = new ArrayList<>();
        List<MediaType> types = java.util.Arrays.asList(MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN,
                MediaType.MULTIPART_FORM_DATA, null);
        for (Target t : targets) {
            tests.addAll(HostileBodies.sweep(t.method(), t.path(), types, (m, path, type, body) -> send(t.user(), m, path, type, body)));
        }
        // The task is still open after everything above: nothing completed it.
        tests.add(DynamicTest.dynamicTest("the task is untouched", () ->
                assertThat(as("bpjs.6203").getForEntity(url("/engine-rest/task/" + task), String.class).getStatusCode().value())
                        .isEqualTo(200)));
        return tests.stream();
    }

    @Test
    void deletingAnotherRegencysTaskAnswersLikeAnUnknownId() {
        String task = claimTask();
        ResponseEntity<String> foreign = as("bpjs.6208").exchange(url("/engine-rest/task/" + task), HttpMethod.DELETE, null, String.class);
        ResponseEntity<String> unknown = as("bpjs.6208").exchange(url("/engine-rest/task/tidak-ada-sama-sekali"), HttpMethod.DELETE, null, String.class);
        assertThat(foreign.getStatusCode().value()).as(foreign.getBody()).isEqualTo(404);
        assertThat(unknown.getStatusCode().value()).as(unknown.getBody()).isEqualTo(404);
        assertThat(foreign.getBody().replace(task, "ID")).isEqualTo(unknown.getBody().replace("tidak-ada-sama-sekali", "ID"));
        // The rightful official cannot delete a task of a running process either; it stays.
        ResponseEntity<String> own = as("bpjs.6203").exchange(url("/engine-rest/task/" + task), HttpMethod.DELETE, null, String.class);
        assertThat(own.getStatusCode().value()).as(own.getBody()).isIn(403, 409);
        assertThat(as("bpjs.6203").getForEntity(url("/engine-rest/task/" + task), String.class).getStatusCode().value()).isEqualTo(200);
    }
}
