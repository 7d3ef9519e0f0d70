package id.jamsos.rentan.identity;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class ApiSecurityTest extends IntegrationTest {

    @Test
    void anonymousCallsAreRefusedWithProblemJson() {
        for (String path : new String[]{"/api/members/62030000001", "/engine-rest/task", "/engine-rest/process-instance",
                "/api/agreements/PKS-6203-2026"}) {
            ResponseEntity<JsonNode> r = anonymous().getForEntity(url(path), JsonNode.class);
            assertThat(r.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(path).isTrue();
            assertThat(r.getBody().get("status").asInt()).isEqualTo(401);
            assertThat(r.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        }
    }

    @Test
    void wrongPasswordIsRefused() {
        ResponseEntity<JsonNode> r = as("supervisor.6112", "salah").getForEntity(url("/api/members/62030000001"), JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(r.getBody().get("detail").asText()).contains("kata sandi salah");
    }

    @Test
    void officialReadsOwnRegencyRecordButNotAnother() {
        ResponseEntity<JsonNode> own = as("dinsos.6203").getForEntity(url("/api/members/62030000001"), JsonNode.class);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody().get("nikMasked").asText()).contains("*");

        ResponseEntity<JsonNode> other = as("dinsos.6208").getForEntity(url("/api/members/62030000001"), JsonNode.class);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(other.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(other.getBody().get("detail").asText()).contains("6203");
    }
}
