package id.jamsos.rentan.verification;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Tasklist upload as Tasklist sends it (engine-rest submit-form with a File variable): the batch and its
 * "Periksa Hasil Impor" task, the rejected rows as Excel, refusals that create nothing, and the Tasklist login
 * being enough for reads on /api (and only for reads).
 */
class CandidateImportFormIntegrationIT extends IntegrationTest {
    static final List<String> HEADER = List.of("nik", "name", "birthDate", "sex", "villageCode", "category", "address",
            "phone", "email", "dtksId");
    /** Serials unique to this class (the simulator reads the last digit: 8 and 9 are turned away). */
    static final AtomicInteger SERIAL = new AtomicInteger(7100);

    @Autowired
    JdbcTemplate jdbc;

    static String nik(String birthDdMmYy) {
        int serial = SERIAL.getAndIncrement();
        while (serial % 10 >= 8) {
            serial = SERIAL.getAndIncrement();
        }
        return "620301" + birthDdMmYy + String.format("%04d", serial);
    }

    static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Calon");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Three good rows and two bad ones (row 2: bad NIK; row 4: unknown village and bad sex). */
    static byte[] mixedFile() throws IOException {
        return xlsx(List.of(HEADER,
                List.of(nik("120580"), "Ahmad Rifai", "1980-05-12", "M", "6203011001", "PETANI", "RT 01 Selat Hilir", "", "", ""),
                List.of("12345", "Nomor Pendek", "1980-05-12", "M", "6203011001", "PETANI", "RT 02 Selat Hilir", "", "", ""),
                List.of(nik("530885"), "Siti Rahmah", "1985-08-13", "F", "6203011002", "NELAYAN", "RT 03 Selat Tengah", "", "", ""),
                List.of(nik("200379"), "Desa Salah", "1979-03-20", "X", "6203999999", "PETANI", "RT 04", "", "", ""),
                List.of(nik("110190"), "Yusuf Hamdan", "1990-01-11", "M", "6203011002", "PEDAGANG_PASAR", "RT 05 Selat Tengah", "", "", "")));
    }

    ResponseEntity<JsonNode> submitForm(String user, Object regencyCode, byte[] file, String filename) {
        Map<String, Object> vars = new LinkedHashMap<>();
        if (regencyCode != null) {
            vars.put("regencyCode", Map.of("value", regencyCode, "type", "String"));
        }
        if (file != null) {
            vars.put("file", Map.of("value", Base64.getEncoder().encodeToString(file), "type", "File",
                    "valueInfo", Map.of("filename", filename, "mimeType", "application/octet-stream")));
        }
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return as(user).postForEntity(url("/engine-rest/process-definition/key/candidate-verification/submit-form"),
                new HttpEntity<>(Map.of("variables", vars), h), JsonNode.class);
    }

    int batches() {
        return jdbc.queryForObject("select count(*) from candidate_batch", Integer.class);
    }

    long instances() {
        return jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = 'candidate-verification'",
                Long.class);
    }

    JsonNode batch(long id) {
        return as("dinsos.6203").getForObject(url("/api/batches/" + id), JsonNode.class);
    }

    @Test
    void dinsosUploadsAFileAndReviewsTheResultWithTheRejectedRowsAsExcel() throws IOException {
        ResponseEntity<JsonNode> started = submitForm("dinsos.6203", "6203", mixedFile(), "calon-selat.xlsx");
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String businessKey = started.getBody().get("businessKey").asText();
        assertThat(businessKey).matches("VER-6203-\\d+");
        long batchId = Long.parseLong(businessKey.substring("VER-6203-".length()));
        assertThat(started.getBody().get("tenantId").asText()).isEqualTo("6203");

        // The uploader's task is there at once, named with the file and the count.
        JsonNode tasks = as("dinsos.6203").getForObject(url("/engine-rest/task?processInstanceBusinessKey=" + businessKey
                + "&taskDefinitionKey=Task_ReviewImport"), JsonNode.class);
        assertThat(tasks).hasSize(1);
        JsonNode review = tasks.get(0);
        assertThat(review.get("assignee").asText()).isEqualTo("dinsos.6203");
        assertThat(review.get("name").asText()).isEqualTo("Periksa Hasil Impor — 5 baris dari calon-selat.xlsx, Kabupaten Kapuas");
        assertThat(review.get("due").isNull()).isFalse();
        assertThat(review.get("formKey").asText()).isEqualTo("embedded:deployment:forms/candidate-import-result.html");
        // The file is not kept as a process variable: its rows are in our tables.
        JsonNode vars = as("admin").getForObject(url("/engine-rest/process-instance/"
                + started.getBody().get("id").asText() + "/variables"), JsonNode.class);
        assertThat(vars.has("file")).isFalse();
        assertThat(vars.get("batchId").get("value").asLong()).isEqualTo(batchId);

        await(Duration.ofSeconds(60), "batch screened", () -> "DONE".equals(batch(batchId).get("status").asText()));
        JsonNode b = batch(batchId);
        assertThat(b.get("total").asInt()).isEqualTo(5);
        assertThat(b.get("accepted").asInt()).isEqualTo(3);
        assertThat(b.get("rejected").asInt()).isEqualTo(2);
        // Row numbers as the official sees them in Excel: header = row 1.
        assertThat(b.get("errors").findValuesAsText("row")).containsOnly("3", "5");
        assertThat(b.get("errors").findValuesAsText("field")).contains("nik", "villageCode", "sex");

        // The rejected rows, as the upload's columns plus row number and problems.
        ResponseEntity<byte[]> file = as("dinsos.6203").getForEntity(url("/api/batches/" + batchId + "/rejected.xlsx"), byte[].class);
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(file.getHeaders().getContentDisposition().getFilename()).matches("ditolak-kiriman-" + batchId + "-\\d{8}\\.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.getBody()))) {
            Sheet sheet = wb.getSheetAt(0);
            for (int c = 0; c < HEADER.size(); c++) {
                assertThat(sheet.getRow(0).getCell(c).getStringCellValue()).isEqualTo(HEADER.get(c));
            }
            assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("Baris asal");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("12345");
            assertThat(sheet.getRow(1).getCell(10).getNumericCellValue()).isEqualTo(3d);
            assertThat(sheet.getRow(1).getCell(11).getStringCellValue()).startsWith("nik: ");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Desa Salah");
            assertThat(sheet.getRow(2).getCell(11).getStringCellValue()).contains("sex: ").contains("villageCode: ");
        }
        // ... and it goes back in as it is: same columns, the extra ones ignored.
        assertThat(CandidateFileParser.parse("ditolak.xlsx", new ByteArrayInputStream(file.getBody())))
                .extracting(CandidateRow::name).containsExactly("Nomor Pendek", "Desa Salah");
        // Full NIKs: not for the Lurah, not for another regency.
        assertThat(as("lurah.6203011001").getForEntity(url("/api/batches/" + batchId + "/rejected.xlsx"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("dinsos.6208").getForEntity(url("/api/batches/" + batchId + "/rejected.xlsx"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // Completing needs the answer; with it the review ends and the verification goes on without it.
        String taskId = review.get("id").asText();
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> refused = as("dinsos.6203").postForEntity(url("/engine-rest/task/" + taskId + "/complete"),
                new HttpEntity<>(Map.of("variables", Map.of()), h), JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().toString()).contains("approved");
        ResponseEntity<JsonNode> done = as("dinsos.6203").postForEntity(url("/engine-rest/task/" + taskId + "/complete"),
                new HttpEntity<>(Map.of("variables", Map.of("approved", Map.of("value", true))), h), JsonNode.class);
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode villageTasks = as("lurah.6203011001").getForObject(url("/engine-rest/task?processInstanceBusinessKey="
                + businessKey), JsonNode.class);
        assertThat(villageTasks).hasSize(1);
        assertThat(villageTasks.get(0).get("name").asText()).startsWith("Verifikasi 1 calon peserta");
        // The review's answer stayed with its task: the Lurah's task does not inherit an "approved".
        JsonNode after = as("admin").getForObject(url("/engine-rest/process-instance/"
                + started.getBody().get("id").asText() + "/variables"), JsonNode.class);
        assertThat(after.has("approved")).isFalse();
    }

    @Test
    void aBadUploadIsRefusedWithTheApiMessageAndCreatesNothing() throws IOException {
        byte[] noNikColumn = xlsx(List.of(List.of("name", "birthDate", "sex", "villageCode", "category", "address"),
                List.of("Ahmad Rifai", "1980-05-12", "M", "6203011001", "PETANI", "RT 01")));
        int batchesBefore = batches();
        long instancesBefore = instances();

        ResponseEntity<JsonNode> missingColumn = submitForm("dinsos.6203", "6203", noNikColumn, "calon.xlsx");
        assertThat(missingColumn.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missingColumn.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(missingColumn.getBody().toString()).contains("file: Kolom 'nik' tidak ada di baris judul");
        // The API answers the same file with the same message.
        MultiValueMap<String, Object> multipart = new LinkedMultiValueMap<>();
        multipart.add("regencyCode", "6203");
        multipart.add("file", new org.springframework.core.io.ByteArrayResource(noNikColumn) {
            @Override
            public String getFilename() {
                return "calon.xlsx";
            }
        });
        ResponseEntity<JsonNode> api = as("dinsos.6203").postForEntity(url("/api/candidates/import"), multipart, JsonNode.class);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.getBody().toString()).contains("Kolom 'nik' tidak ada di baris judul");

        assertThat(submitForm("dinsos.6203", "6203", "nik;name\n".getBytes(), "calon.pdf").getBody().toString())
                .contains("file: Berkas harus CSV (.csv) atau Excel (.xlsx)");
        assertThat(submitForm("dinsos.6203", "6203", new byte[0], "kosong.csv").getBody().toString())
                .contains("file: Berkas kosong");
        assertThat(submitForm("dinsos.6203", "6203", null, null).getBody().toString()).contains("file: Berkas kosong");
        assertThat(submitForm("dinsos.6203", "9999", mixedFile(), "calon.xlsx").getBody().toString())
                .contains("regencyCode: Kode kabupaten '9999' tidak dikenal");
        ResponseEntity<JsonNode> otherRegency = submitForm("dinsos.6208", "6203", mixedFile(), "calon.xlsx");
        assertThat(otherRegency.getStatusCode().is4xxClientError()).isTrue();

        assertThat(batches()).isEqualTo(batchesBefore);
        assertThat(instances()).isEqualTo(instancesBefore);
    }

    @Test
    void theTasklistLoginReadsApiButNeverWrites() {
        // Log in as Tasklist does (CSRF token from a first page, then the login form); the session cookie then
        // reads /api, as the forms' fetch calls and download links do.
        ResponseEntity<String> page = anonymous().getForEntity(url("/camunda/app/tasklist/default/"), String.class);
        Map<String, String> cookies = new LinkedHashMap<>();
        page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).forEach(c -> {
            String pair = c.substring(0, c.indexOf(';'));
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        });
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", "dinsos.6203");
        form.add("password", "demo");
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        h.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        h.add(HttpHeaders.COOKIE, cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining("; ")));
        ResponseEntity<String> login = anonymous().postForEntity(url("/camunda/api/admin/auth/user/default/login/tasklist"),
                new HttpEntity<>(form, h), String.class);
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        String cookie = login.getHeaders().get(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();

        HttpHeaders withSession = new HttpHeaders();
        withSession.add(HttpHeaders.COOKIE, cookie);
        ResponseEntity<JsonNode> me = anonymous().exchange(url("/api/me"), HttpMethod.GET, new HttpEntity<>(withSession), JsonNode.class);
        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(me.getBody().get("userId").asText()).isEqualTo("dinsos.6203");
        assertThat(me.getBody().get("grants").findValuesAsText("role")).contains("dinsos");
        assertThat(me.getBody().get("grants").findValuesAsText("regencyName")).contains("Kabupaten Kapuas");

        withSession.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> write = anonymous().exchange(url("/api/candidates"), HttpMethod.POST,
                new HttpEntity<>(Map.of("regencyCode", "6203", "candidates", List.of()), withSession), JsonNode.class);
        assertThat(write.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous().getForEntity(url("/api/me"), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
