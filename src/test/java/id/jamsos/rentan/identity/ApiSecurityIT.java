package id.jamsos.rentan.identity;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class ApiSecurityIT extends IntegrationTest {
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;


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

    /** Every demo role of Kapuas against Sukamara's records, and the other way round. */
    @ParameterizedTest
    @ValueSource(strings = {"lurah.6203011001", "camat.620301", "dinsos.6203", "kadinsos.6203", "hukum.6203", "tapd.6203",
            "sekda.6203", "bpjs.6203", "kacab.6203", "supervisor.6203",
            "lurah.6208011001", "camat.620801", "dinsos.6208", "kadinsos.6208", "hukum.6208", "tapd.6208",
            "sekda.6208", "bpjs.6208", "kacab.6208", "supervisor.6208"})
    void everyRoleIsConfinedToItsRegency(String user) {
        String own = user.substring(user.indexOf('.') + 1, user.indexOf('.') + 5);
        String other = own.equals("6203") ? "6208" : "6203";
        int year = LocalDate.now().getYear();
        // A Lurah sees the members of their own village only (the rule of the member list): a demo member of the
        // Lurah's village, and one of another village of the same regency.
        String village = user.startsWith("lurah.") ? user.substring(user.indexOf('.') + 1) : null;
        String ownMember = village == null ? own + "0000002" : jdbc.queryForObject(
                "select min(membership_number) from member where village_code = ?", String.class, village);
        assertThat(ownMember).as("a demo member in " + (village == null ? own : village)).isNotNull();
        assertThat(as(user).getForEntity(url("/api/members/" + ownMember), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        if (village != null) {
            String neighbour = jdbc.queryForObject("select min(membership_number) from member where regency_code = ? "
                    + "and village_code <> ?", String.class, own, village);
            assertThat(as(user).getForEntity(url("/api/members/" + neighbour), JsonNode.class).getStatusCode())
                    .as("a neighbouring village's member").isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(as(user).getForEntity(url("/api/agreements/PKS-" + own + "-" + year), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> member = as(user).getForEntity(url("/api/members/" + other + "0000002"), JsonNode.class);
        assertThat(member.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(member.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(as(user).getForEntity(url("/api/agreements/PKS-" + other + "-" + year), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(user).getForEntity(url("/api/members?regencyCode=" + other), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(user).getForEntity(url("/api/reports/coverage-backlog?regencyCode=" + other), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // Mails carry heirs' bank accounts and NIKs: administrators only.
        assertThat(as(user).getForEntity(url("/api/outbox"), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void engineRestShowsNoOtherTenantsData() {
        // Filters are shared; process instances and tasks of another regency are hidden by the tenant check.
        ResponseEntity<JsonNode> filters = as("lurah.6203011001").getForEntity(url("/engine-rest/filter"), JsonNode.class);
        assertThat(filters.getBody().findValuesAsText("name")).contains("Tugas Saya", "Tugas Kelompok", "Lewat Tenggat");
        ResponseEntity<JsonNode> admin = as("lurah.6203011001").getForEntity(url("/engine-rest/user"), JsonNode.class);
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
        // A lurah may not create users: engine authorization answers 403 as problem+json.
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> create = as("lurah.6203011001").postForEntity(url("/engine-rest/user/create"),
                new org.springframework.http.HttpEntity<>("{\"profile\":{\"id\":\"penyusup\"},\"credentials\":{\"password\":\"x\"}}", headers),
                JsonNode.class);
        assertThat(create.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(create.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(create.getBody().get("title").asText()).isEqualTo("Akses ditolak");
    }
}
