package id.jamsos.rentan.security;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile upload content (issue 12): XXE, billion laughs, a zip bomb, random bytes and a broken zip named
 * {@code .xlsx} are refused with 400 problem+json naming {@code file}, both on {@code POST /api/candidates/import}
 * and on the Tasklist start form (engine-rest submit-form); nothing is stored, no stack trace is logged, and no
 * content of /etc/passwd comes back.
 */
class HostileUploadIT extends IntegrationTest {
    static ListAppender<ILoggingEvent> logs;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void captureLogs() {
        logs = new ListAppender<>();
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    }

    @AfterAll
    static void releaseLogs() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
    }

    static Stream<Arguments> files() throws IOException {
        return Stream.of(
                Arguments.of("xxe", SecurityTestData.xxe()),
                Arguments.of("billion-laughs", SecurityTestData.billionLaughs()),
                Arguments.of("zip-bomb", SecurityTestData.zipBomb()),
                Arguments.of("random-bytes", SecurityTestData.randomBytes()),
                Arguments.of("broken-zip", SecurityTestData.brokenZip()));
    }

    int batches() {
        return jdbc.queryForObject("select count(*) from candidate_batch", Integer.class);
    }

    List<ILoggingEvent> traces() {
        return logs.list.stream().filter(e -> e.getThrowableProxy() != null || e.getLevel().isGreaterOrEqual(Level.ERROR)).toList();
    }

    void assertRefused(String what, ResponseEntity<String> r) {
        assertThat(r.getStatusCode().value()).as(what + ": " + r.getBody()).isEqualTo(400);
        assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(what).isTrue();
        assertThat(r.getBody()).as(what + " names the field").contains("file");
        assertThat(r.getBody()).as(what + " leaks no file content").doesNotContain("root:");
    }

    @ParameterizedTest(name = "{0} through /api/candidates/import")
    @MethodSource("files")
    void refusedOnTheApi(String name, byte[] content) {
        int before = batches();
        logs.list.clear();
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("regencyCode", "6203");
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name + ".xlsx";
            }
        });
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> r = as("dinsos.6203").postForEntity(url("/api/candidates/import"), new HttpEntity<>(parts, h), String.class);
        assertRefused(name, r);
        assertThat(batches()).as(name + " stored nothing").isEqualTo(before);
        assertThat(traces()).as(name + " logged a stack trace").isEmpty();
    }

    @ParameterizedTest(name = "{0} through the Tasklist start form")
    @MethodSource("files")
    void refusedOnTheStartForm(String name, byte[] content) {
        int before = batches();
        long instances = jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = 'candidate-verification'", Long.class);
        logs.list.clear();
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("regencyCode", Map.of("value", "6203", "type", "String"));
        vars.put("file", Map.of("value", Base64.getEncoder().encodeToString(content), "type", "File",
                "valueInfo", Map.of("filename", name + ".xlsx", "mimeType", "application/octet-stream")));
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> r = as("dinsos.6203").postForEntity(
                url("/engine-rest/process-definition/key/candidate-verification/submit-form"),
                new HttpEntity<>(Map.of("variables", vars), h), String.class);
        assertRefused(name, r);
        assertThat(batches()).as(name + " stored nothing").isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = 'candidate-verification'",
                Long.class)).as(name + " started no instance").isEqualTo(instances);
        assertThat(traces()).as(name + " logged a stack trace").isEmpty();
    }

    /** The refusal is the parser's, not a side effect: a good file through the same path is accepted. */
    @org.junit.jupiter.api.Test
    void aGoodFileThroughTheSamePathIsAccepted() throws IOException {
        byte[] good;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Calon");
            String[] head = {"nik", "name", "birthDate", "sex", "villageCode", "category"};
            String[] row = {"6203011203714321", "Pekerja Berkas Baik", "1971-03-12", "M", "6203011001", "PETANI"};
            var r0 = sheet.createRow(0);
            var r1 = sheet.createRow(1);
            for (int c = 0; c < head.length; c++) {
                r0.createCell(c).setCellValue(head[c]);
                r1.createCell(c).setCellValue(row[c]);
            }
            wb.write(out);
            good = out.toByteArray();
        }
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("regencyCode", "6203");
        parts.add("file", new ByteArrayResource(good) {
            @Override
            public String getFilename() {
                return "baik.xlsx";
            }
        });
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<JsonNode> r = as("dinsos.6203").postForEntity(url("/api/candidates/import"), new HttpEntity<>(parts, h), JsonNode.class);
        assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(202);
    }
}
