package id.jamsos.rentan.security;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data only for whom it concerns (issue 12): the outbox (heirs' bank accounts, NIKs) for administrators;
 * a single member or batch under the same region rule as the lists (a Lurah: their own village); a file uploaded
 * through the Tasklist start form does not stay in history.
 */
class PersonalDataIT extends IntegrationTest {
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MemberRepository members;

    @Test
    void outboxIsForAdministratorsOnly() {
        for (String official : List.of("lurah.6203011001", "camat.620301", "dinsos.6203", "bpjs.6203", "supervisor.6203")) {
            ResponseEntity<String> r = as(official).getForEntity(url("/api/outbox"), String.class);
            assertThat(r.getStatusCode().value()).as(official + ": " + r.getBody()).isEqualTo(403);
            assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        }
        assertThat(as("admin").getForEntity(url("/api/outbox"), JsonNode.class).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aSingleMemberFollowsTheRuleOfTheList() {
        String own = SecurityTestData.member(members, "6203011001").membershipNumber();
        String neighbour = SecurityTestData.member(members, "6203011002").membershipNumber();
        // The list: a Lurah may list their village, not the regency.
        assertThat(as("lurah.6203011001").getForEntity(url("/api/members?regencyCode=6203011001"), String.class)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(as("lurah.6203011001").getForEntity(url("/api/members?regencyCode=6203"), String.class)
                .getStatusCode().value()).isEqualTo(403);
        // The single record: the same.
        assertThat(as("lurah.6203011001").getForEntity(url("/api/members/" + own), String.class).getStatusCode().value())
                .isEqualTo(200);
        ResponseEntity<String> other = as("lurah.6203011001").getForEntity(url("/api/members/" + neighbour), String.class);
        assertThat(other.getStatusCode().value()).as(other.getBody()).isEqualTo(403);
        assertThat(other.getBody()).doesNotContain("Peserta Uji Keamanan");
        // The regency's officials and the Camat of the kecamatan still see both.
        for (String official : List.of("dinsos.6203", "bpjs.6203", "camat.620301")) {
            assertThat(as(official).getForEntity(url("/api/members/" + neighbour), String.class).getStatusCode().value())
                    .as(official).isEqualTo(200);
        }
    }

    @Test
    void aBatchShowsALurahOnlyTheirVillagesCandidates() {
        int seq = SecurityTestData.serial();
        String body = """
                {"regencyCode":"6203","candidates":[
                 {"nik":"620301110372%1$04d","name":"Warga Hilir","birthDate":"1972-03-11","sex":"M","villageCode":"6203011001","category":"PETANI"},
                 {"nik":"620301120373%1$04d","name":"Warga Tengah","birthDate":"1973-03-12","sex":"M","villageCode":"6203011002","category":"NELAYAN"},
                 {"nik":"12345","name":"Baris Salah","birthDate":"1973-03-12","sex":"M","villageCode":"6203011002","category":"NELAYAN"}]}"""
                .formatted(seq);
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> r = as("dinsos.6203").postForEntity(url("/api/candidates"), new HttpEntity<>(body, h), JsonNode.class);
        assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(202);
        long batchId = r.getBody().get("batchId").asLong();
        await(Duration.ofSeconds(90), "batch screened", () ->
                "DONE".equals(as("dinsos.6203").getForObject(url("/api/batches/" + batchId), JsonNode.class).get("status").asText()));
        JsonNode dinsos = as("dinsos.6203").getForObject(url("/api/batches/" + batchId), JsonNode.class);
        assertThat(dinsos.get("candidateIds")).hasSize(2);
        assertThat(dinsos.get("errors")).isNotEmpty();
        JsonNode lurah = as("lurah.6203011001").getForObject(url("/api/batches/" + batchId), JsonNode.class);
        assertThat(lurah.get("candidateIds")).hasSize(1);
        long ownId = lurah.get("candidateIds").get(0).asLong();
        assertThat(jdbc.queryForObject("select village_code from candidate where id = ?", String.class, ownId)).isEqualTo("6203011001");
        assertThat(lurah.has("errors") ? lurah.get("errors").size() : 0).as("refused rows are for Dinsos").isZero();
        assertThat(as("lurah.6208011001").getForEntity(url("/api/batches/" + batchId), String.class).getStatusCode().value())
                .isEqualTo(403);
    }

    @Test
    void aStartFormUploadLeavesNoFileInHistory() throws IOException {
        int seq = SecurityTestData.serial();
        byte[] file;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Calon");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{"nik", "name", "birthDate", "sex", "villageCode", "category"});
            rows.add(new String[]{"620301140374" + String.format("%04d", seq), "Warga Unggah", "1974-03-14", "M", "6203011001", "PETANI"});
            for (int i = 0; i < rows.size(); i++) {
                var row = sheet.createRow(i);
                for (int c = 0; c < rows.get(i).length; c++) {
                    row.createCell(c).setCellValue(rows.get(i)[c]);
                }
            }
            wb.write(out);
            file = out.toByteArray();
        }
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("regencyCode", Map.of("value", "6203", "type", "String"));
        vars.put("file", Map.of("value", Base64.getEncoder().encodeToString(file), "type", "File",
                "valueInfo", Map.of("filename", "calon.xlsx", "mimeType", "application/octet-stream")));
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> started = as("dinsos.6203").postForEntity(
                url("/engine-rest/process-definition/key/candidate-verification/submit-form"),
                new HttpEntity<>(Map.of("variables", vars), h), JsonNode.class);
        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        String pi = started.getBody().get("id").asText();

        assertThat(jdbc.queryForObject("select count(*) from act_hi_detail where proc_inst_id_ = ? and name_ = 'file'",
                Integer.class, pi)).as("history details of the file").isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst where proc_inst_id_ = ? and name_ = 'file'",
                Integer.class, pi)).as("historic variable of the file").isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_variable where proc_inst_id_ = ? and name_ = 'file'",
                Integer.class, pi)).as("runtime variable of the file").isZero();
        JsonNode details = as("admin").getForObject(url("/engine-rest/history/detail?processInstanceId=" + pi), JsonNode.class);
        details.forEach(d -> assertThat(d.path("variableName").asText()).isNotEqualTo("file"));
        // The rest of the history is still written: the batch reference is there.
        assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst where proc_inst_id_ = ? and name_ = 'batchId'",
                Integer.class, pi)).isEqualTo(1);
    }
}
