package id.jamsos.rentan.pks;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.support.IntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/agreements on Kubu Raya (6112): each refusal as problem+json naming the field, then a draft. */
class AgreementApiIT extends IntegrationTest {

    @Autowired
    RuntimeService runtime;

    private final int year = LocalDate.now(Formats.WIB).getYear() + 1;

    private Map<String, Object> body(int quota, long budget, String start, String end) {
        Map<String, Object> b = new HashMap<>();
        b.put("regencyCode", "6112");
        b.put("fiscalYear", year);
        b.put("quota", quota);
        b.put("budget", budget);
        b.put("startDate", start);
        b.put("endDate", end);
        return b;
    }

    private ResponseEntity<JsonNode> post(String user, Map<String, Object> body) {
        return as(user).postForEntity(url("/api/agreements"), body, JsonNode.class);
    }

    private void assertRefused(ResponseEntity<JsonNode> r, HttpStatus status, String field, String messagePart) {
        assertThat(r.getStatusCode()).isEqualTo(status);
        assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        JsonNode error = r.getBody().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("message").asText()).contains(messagePart);
    }

    @Test
    void refusalsNameTheFieldAndTheRuleThenAValidDraftStartsTheProcess() {
        String jan1 = year + "-01-01";
        String dec31 = year + "-12-31";
        long full = 100L * 16_800 * 12;
        assertRefused(post("dinsos.6112", body(0, full, jan1, dec31)), HttpStatus.BAD_REQUEST, "quota", "lebih dari 0");
        assertRefused(post("dinsos.6112", body(100, full, dec31, jan1)), HttpStatus.BAD_REQUEST, "endDate", "sesudah tanggal mulai");
        assertRefused(post("dinsos.6112", body(100, full, jan1, (year + 1) + "-03-31")), HttpStatus.BAD_REQUEST, "endDate",
                "tahun anggaran " + year);
        assertRefused(post("dinsos.6112", body(100, full - 1, jan1, dec31)), HttpStatus.BAD_REQUEST, "budget", "Rp20.160.000");
        Map<String, Object> overlapping = body(100, full, (year - 1) + "-07-01", (year - 1) + "-12-31");
        overlapping.put("fiscalYear", year - 1);
        assertRefused(post("dinsos.6112", overlapping), HttpStatus.CONFLICT, "startDate", "tumpang tindih");
        assertRefused(post("dinsos.6112", body(100, full, year + "-02-01", dec31)), HttpStatus.BAD_REQUEST, "gapReason",
                "sehari setelah PKS-6112-" + (year - 1));
        assertThat(post("dinsos.6203", body(100, full, jan1, dec31)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("bpjs.6112", body(100, full, jan1, dec31)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        String pks = "PKS-6112-" + year;
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(pks).count()).isZero();

        ResponseEntity<JsonNode> created = post("dinsos.6112", body(100, full, jan1, dec31));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("pksNumber").asText()).isEqualTo(pks);
        JsonNode view = as("hukum.6112").getForObject(url("/api/agreements/" + pks), JsonNode.class);
        assertThat(view.get("status").asText()).isEqualTo("DRAFT");
        assertThat(view.get("quota").asInt()).isEqualTo(100);
        assertThat(view.get("enrolled").asInt()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(pks).processDefinitionKey("pks-agreement")
                .singleResult().getTenantId()).isEqualTo("6112");
        assertThat(post("dinsos.6112", body(100, full, jan1, dec31)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<byte[]> pdf = as("kacab.6112").getForEntity(url("/api/agreements/" + pks + "/summary.pdf"), byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(new String(pdf.getBody(), java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4")
                .contains("(Nomor PKS          : " + pks + ") Tj");
        assertThat(as("kacab.6208").getForEntity(url("/api/agreements/" + pks + "/summary.pdf"), byte[].class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
