package id.jamsos.rentan.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.claim.DocumentType;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four cases of issue 12 as the attacker's trial found them, with the demo users: each is refused with a 400
 * naming the variable, and nothing changes. Also the ways around them (the variable endpoints, a process only our
 * services start) and the way that must keep working (a form sending its read-only fields back unchanged).
 */
class ReferenceInjectionIT extends BoundaryAttacks {
    static final List<String> ALL_DOCUMENTS = Arrays.stream(DocumentType.values()).map(Enum::name).toList();

    @Test
    void anotherRegencysClaimCannotBeStartedOnByACaller() {
        String kapuasClaim = claim(member("6203011001"));
        quiet();
        String before = digest();
        Map<String, Object> vars = Map.of("regencyCode", "6208", "claimNumber", kapuasClaim);
        for (String path : List.of("/process-definition/key/claim-payout/start", "/process-definition/key/claim-payout/submit-form")) {
            ResponseEntity<JsonNode> r = send("bpjs.6208", HttpMethod.POST, path, Map.of("variables", typedAll(vars),
                    "businessKey", kapuasClaim));
            assertRefusedNaming(r, "claimNumber");
        }
        assertThat(digest()).isEqualTo(before);
        assertThat(tasks("bpjs.6208", kapuasClaim)).isEmpty();
    }

    @Test
    void lurahCannotDecideAnotherVillagesCandidates() {
        long batch = batch("6203011001", "6203011002");
        long sukamaraBatch = batch("6208011001");
        String key = "VER-6203-" + batch;
        JsonNode ownTask = awaitTask("lurah.6203011002", key, "Task_VerifyVillageList");
        awaitTask("lurah.6203011001", key, "Task_VerifyVillageList");
        quiet();
        String before = digest();
        assertRefusedNaming(complete("lurah.6203011002", ownTask.get("id").asText(),
                Map.of("approved", true, "villageCode", "6203011001")), "villageCode");
        assertRefusedNaming(complete("lurah.6203011002", ownTask.get("id").asText(),
                Map.of("approved", true, "villageCode", "6208011001")), "villageCode");
        assertRefusedNaming(complete("lurah.6203011002", ownTask.get("id").asText(),
                Map.of("approved", true, "batchId", sukamaraBatch)), "batchId");
        // A declared input naming someone else's candidate is checked against this task's own list.
        long neighbour = candidateIds("6203", batch).get(0);
        ResponseEntity<JsonNode> foreign = complete("lurah.6203011002", ownTask.get("id").asText(), Map.of("approved", true,
                "rejectedCandidateIds", List.of(neighbour), "rejectionReasons", Map.of(String.valueOf(neighbour), "pindah")));
        assertRefusedNaming(foreign, "rejectedCandidateIds");
        assertThat(digest()).isEqualTo(before);
    }

    @Test
    void documentCheckCannotPayAnotherRegencysClaim() {
        String kapuasClaim = claim(member("6203011001"));
        String sukamaraClaim = claim(member("6208011001"));
        JsonNode task = awaitTask("bpjs.6203", kapuasClaim, "Task_CheckDocuments");
        quiet();
        String before = digest();
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("approved", true);
        vars.put("presentDocuments", ALL_DOCUMENTS);
        vars.put("claimNumber", sukamaraClaim);
        assertRefusedNaming(complete("bpjs.6203", task.get("id").asText(), vars), "claimNumber");
        assertRefusedNaming(send("bpjs.6203", HttpMethod.POST, "/task/" + task.get("id").asText() + "/submit-form",
                Map.of("variables", typedAll(vars))), "claimNumber");
        // Nor by writing the variable first and completing after.
        String pi = task.get("processInstanceId").asText();
        assertRefusedNaming(send("bpjs.6203", HttpMethod.PUT, "/task/" + task.get("id").asText() + "/variables/claimNumber",
                typed(sukamaraClaim)), "claimNumber");
        assertRefusedNaming(send("bpjs.6203", HttpMethod.PUT, "/task/" + task.get("id").asText() + "/localVariables/claimNumber",
                typed(sukamaraClaim)), "claimNumber");
        assertRefusedNaming(send("bpjs.6203", HttpMethod.PUT, "/process-instance/" + pi + "/variables/claimNumber",
                typed(sukamaraClaim)), "claimNumber");
        assertRefusedNaming(send("bpjs.6203", HttpMethod.POST, "/process-instance/" + pi + "/variables",
                Map.of("modifications", Map.of("claimNumber", typed(sukamaraClaim)))), "claimNumber");
        assertRefusedNaming(send("bpjs.6203", HttpMethod.POST, "/process-instance/" + pi + "/variables",
                Map.of("deletions", List.of("claimNumber"))), "claimNumber");
        assertRefusedNaming(send("bpjs.6203", HttpMethod.PUT, "/execution/" + task.get("executionId").asText()
                + "/localVariables/claimNumber", typed(sukamaraClaim)), "claimNumber");
        assertRefusedNaming(send("bpjs.6203", HttpMethod.POST, "/message", Map.of("messageName", "Msg_DocumentsSubmitted",
                "processInstanceId", pi, "processVariables", Map.of("claimNumber", typed(sukamaraClaim)))), "claimNumber");
        assertThat(digest()).isEqualTo(before);
        assertThat(as("bpjs.6208").getForObject(url("/api/claims/" + sukamaraClaim), JsonNode.class).get("status").asText())
                .isNotEqualTo("PAID");
    }

    @Test
    void dinsosCannotStartAVerificationOnAnotherRegencysBatch() {
        long kapuasBatch = batch("6203011001");
        quiet();
        String before = digest();
        ResponseEntity<JsonNode> r = send("dinsos.6208", HttpMethod.POST, "/process-definition/key/candidate-verification/start",
                Map.of("variables", typedAll(Map.of("regencyCode", "6208", "batchId", kapuasBatch))));
        assertRefusedNaming(r, "batchId");
        assertThat(digest()).isEqualTo(before);
    }

    @Test
    void processesOnlyOurServicesStartAreRefusedToCallers() {
        quiet();
        String before = digest();
        for (String key : List.of("premium-invoice", "enrollment", "enrollment-chunk", "kecamatan-verification")) {
            ResponseEntity<JsonNode> r = send("dinsos.6203", HttpMethod.POST, "/process-definition/key/" + key + "/start",
                    Map.of("variables", typedAll(Map.of("regencyCode", "6203"))));
            assertRefusedNaming(r, key);
        }
        assertThat(digest()).isEqualTo(before);
    }

    /** Camunda Forms send read-only fields back: the same value changes nothing and is accepted with the inputs. */
    @Test
    void formSendingItsReadOnlyFieldsUnchangedStillCompletes() {
        String kapuasClaim = claim(member("6203011001"));
        JsonNode task = awaitTask("bpjs.6203", kapuasClaim, "Task_CheckDocuments");
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("claimNumber", kapuasClaim);
        vars.put("presentDocuments", ALL_DOCUMENTS);
        vars.put("approved", true);
        ResponseEntity<JsonNode> r = send("bpjs.6203", HttpMethod.POST, "/task/" + task.get("id").asText() + "/submit-form",
                Map.of("variables", typedAll(vars)));
        assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isIn(HttpStatus.NO_CONTENT, HttpStatus.OK);
        assertThat(tasks("bpjs.6203", kapuasClaim)).noneMatch(t -> t.get("id").asText().equals(task.get("id").asText()));
    }
}
