package id.jamsos.rentan.common;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Tasklist start forms of budget-evaluation and pks-agreement, submitted as Tasklist does (engine-rest
 * submit-form): bad input is refused with the API's field messages and leaves nothing behind; good input starts
 * the process under the contract's business key, in the regency's tenant, as the API would.
 */
class StartFormsIntegrationIT extends IntegrationTest {
    /** Sukamara: no other test opens its budget evaluation for next year. */
    static final String REGENCY = "6208";
    final int year = LocalDate.now(Formats.WIB).getYear() + 1;

    @Autowired
    JdbcTemplate jdbc;

    ResponseEntity<JsonNode> submitForm(String user, String processKey, Map<String, Object> values) {
        Map<String, Object> vars = new LinkedHashMap<>();
        values.forEach((k, v) -> vars.put(k, Map.of("value", v, "type", v instanceof Number ? "Long" : "String")));
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return as(user).postForEntity(url("/engine-rest/process-definition/key/" + processKey + "/submit-form"),
                new HttpEntity<>(Map.of("variables", vars), h), JsonNode.class);
    }

    int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    static void assertRefused(ResponseEntity<JsonNode> r, String... messageParts) {
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(r.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(r.getBody().get("detail").asText()).contains(messageParts);
    }

    @Test
    void budgetEvaluationFromTheStartForm() {
        int before = count("budget_evaluation");
        Map<String, Object> bad = new LinkedHashMap<>(Map.of("regencyCode", REGENCY, "fiscalYear", 1999L,
                "vulnerablePopulation", 0L));
        ResponseEntity<JsonNode> refused = submitForm("dinsos.6208", "budget-evaluation", bad);
        // The same fields and words as POST /api/budget-evaluations answers for the same input.
        JsonNode api = as("dinsos.6208").postForEntity(url("/api/budget-evaluations"), bad, JsonNode.class).getBody();
        String yearMessage = api.get("errors").findValuesAsText("message").get(0);
        assertRefused(refused, "fiscalYear: " + yearMessage, "vulnerablePopulation: jumlah pekerja rentan harus lebih dari 0");
        assertRefused(submitForm("dinsos.6208", "budget-evaluation",
                Map.of("regencyCode", REGENCY, "fiscalYear", "dua ribu", "vulnerablePopulation", 100L)),
                "fiscalYear: harus bilangan bulat");
        assertRefused(submitForm("dinsos.6208", "budget-evaluation",
                Map.of("regencyCode", "9999", "fiscalYear", (long) year, "vulnerablePopulation", 100L)),
                "regencyCode: Kode kabupaten '9999' tidak dikenal");
        // Another regency's official cannot open Sukamara's evaluation; a TAPD may not open one at all.
        assertThat(submitForm("dinsos.6203", "budget-evaluation",
                Map.of("regencyCode", REGENCY, "fiscalYear", (long) year, "vulnerablePopulation", 100L)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(submitForm("tapd.6208", "budget-evaluation",
                Map.of("regencyCode", REGENCY, "fiscalYear", (long) year, "vulnerablePopulation", 100L)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(count("budget_evaluation")).isEqualTo(before);

        ResponseEntity<JsonNode> started = submitForm("dinsos.6208", "budget-evaluation",
                Map.of("regencyCode", REGENCY, "fiscalYear", (long) year, "vulnerablePopulation", 12_000L));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String key = REGENCY + "-" + year;
        assertThat(started.getBody().get("businessKey").asText()).isEqualTo(key);
        assertThat(started.getBody().get("tenantId").asText()).isEqualTo(REGENCY);
        JsonNode evaluation = as("dinsos.6208").getForObject(url("/api/budget-evaluations/" + key), JsonNode.class);
        assertThat(evaluation.get("vulnerablePopulation").asInt()).isEqualTo(12_000);
        JsonNode task = as("dinsos.6208").getForObject(url("/engine-rest/task?processInstanceBusinessKey=" + key),
                JsonNode.class).get(0);
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_ProposeBudget");
        // Opened twice: the conflict, as the API words it.
        assertRefused(submitForm("dinsos.6208", "budget-evaluation",
                Map.of("regencyCode", REGENCY, "fiscalYear", (long) year, "vulnerablePopulation", 12_000L)),
                "fiscalYear: evaluasi anggaran " + key + " sudah ada");
    }

    @Test
    void pksDraftFromTheStartForm() {
        // A year far ahead: next year's Sukamara PKS belongs to TaskFormResolutionIT, 2030–2031 to the premium test.
        int year = this.year + 14;
        String gap = "Uji formulir: tahun jauh ke depan";
        int before = count("pks_agreement");
        String jan1 = year + "-01-01";
        String dec31 = year + "-12-31";
        ResponseEntity<JsonNode> short1 = submitForm("dinsos.6208", "pks-agreement", Map.of("regencyCode", REGENCY,
                "fiscalYear", (long) year, "quota", 50L, "budget", "1.000", "startDate", jan1, "endDate", dec31));
        assertRefused(short1, "budget: ", "Rp10.080.000");
        assertRefused(submitForm("dinsos.6208", "pks-agreement", Map.of("regencyCode", REGENCY,
                "fiscalYear", (long) year, "quota", 50L, "budget", "10.080.000", "startDate", dec31, "endDate", jan1)),
                "endDate: ", "sesudah tanggal mulai");
        // dd-mm-yyyy is how officials type dates (issue 14); a day that does not exist is refused naming the field.
        assertRefused(submitForm("dinsos.6208", "pks-agreement", Map.of("regencyCode", REGENCY,
                "fiscalYear", (long) year, "quota", 50L, "budget", "10.080.000", "startDate", "31-02-" + year, "endDate", dec31)),
                "startDate: tanggal tidak valid");
        assertThat(count("pks_agreement")).isEqualTo(before);

        ResponseEntity<JsonNode> started = submitForm("dinsos.6208", "pks-agreement", Map.of("regencyCode", REGENCY,
                "fiscalYear", (long) year, "quota", 50L, "budget", "10.080.000", "startDate", jan1, "endDate", dec31,
                "gapReason", gap));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String pks = "PKS-" + REGENCY + "-" + year;
        assertThat(started.getBody().get("businessKey").asText()).isEqualTo(pks);
        assertThat(started.getBody().get("tenantId").asText()).isEqualTo(REGENCY);
        JsonNode view = as("dinsos.6208").getForObject(url("/api/agreements/" + pks), JsonNode.class);
        assertThat(view.get("status").asText()).isEqualTo("DRAFT");
        assertThat(view.get("quota").asInt()).isEqualTo(50);
        assertThat(view.get("budget").asLong()).isEqualTo(10_080_000L);
        JsonNode task = as("dinsos.6208").getForObject(url("/engine-rest/task?processInstanceBusinessKey=" + pks),
                JsonNode.class).get(0);
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_DraftAgreement");
        JsonNode quota = as("dinsos.6208").getForObject(url("/engine-rest/task/" + task.get("id").asText()
                + "/form-variables?variableNames=quota"), JsonNode.class);
        assertThat(quota.get("quota").get("value").asLong()).isEqualTo(50L);
        assertThat(quota.get("quota").get("type").asText()).isEqualTo("Long");
    }
}
