package id.jamsos.rentan.verification;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.support.Downloads;
import id.jamsos.rentan.support.IntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From POST /api/candidates through the officials' engine-rest task completions (demo users) to ENROLLED
 * members, on PostgreSQL with the job executor running; and other regions' officials kept out.
 */
class VerificationFlowIntegrationIT extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    static Map<String, Object> candidate(String nik, String name, String birthDate, String sex, String village, String email) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("nik", nik);
        c.put("name", name);
        c.put("birthDate", birthDate);
        c.put("sex", sex);
        c.put("villageCode", village);
        c.put("category", "PETANI");
        c.put("address", "RT 02, " + village);
        if (email != null) {
            c.put("email", email);
        }
        return c;
    }

    long submit(List<Map<String, Object>> candidates) {
        ResponseEntity<JsonNode> r = as("dinsos.6203").postForEntity(url("/api/candidates"),
                Map.of("regencyCode", "6203", "candidates", candidates), JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        long batchId = r.getBody().get("batchId").asLong();
        await(Duration.ofSeconds(60), "batch screened", () -> "DONE".equals(batch(batchId).get("status").asText()));
        return batchId;
    }

    JsonNode batch(long id) {
        return as("dinsos.6203").getForObject(url("/api/batches/" + id), JsonNode.class);
    }

    JsonNode tasks(String user, long batchId) {
        return as(user).getForObject(url("/engine-rest/task?processInstanceBusinessKey=VER-6203-" + batchId), JsonNode.class);
    }

    ResponseEntity<JsonNode> complete(String user, String taskId, Map<String, Object> variables) {
        Map<String, Object> vars = new LinkedHashMap<>();
        variables.forEach((k, v) -> {
            if (v instanceof List || v instanceof Map) {
                try {
                    vars.put(k, Map.of("value", new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(v), "type", "Json"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            } else {
                vars.put(k, Map.of("value", v));
            }
        });
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return as(user).postForEntity(url("/engine-rest/task/" + taskId + "/complete"),
                new HttpEntity<>(Map.of("variables", vars), h), JsonNode.class);
    }

    String status(long candidateId) {
        return as("dinsos.6203").getForObject(url("/api/candidates/" + candidateId), JsonNode.class).get("status").asText();
    }

    @Test
    void fromSubmissionThroughLurahCamatDinsosToEnrolled() throws IOException {
        // Enrolled on this year's PKS in every month (a December finalisation waits for the next PKS: NextPksBookingIT).
        LocalDate today = clock.pinMidYear();
        long batchId = submit(List.of(
                candidate("6203011205800101", "Ahmad Subekti", "1980-05-12", "M", "6203011001", "ahmad.subekti@example.org"),
                candidate("6203015308850102", "Siti Aminah", "1985-08-13", "F", "6203011001", null),
                candidate("6203011205800103", "Salah Kelamin", "1980-05-12", "F", "6203011001", null),
                candidate("6203012003790104", "Yusuf Hamdan", "1979-03-20", "M", "6203011002", null),
                candidate("6203011101900108", "Desil Tujuh", "1990-01-11", "M", "6203011002", null)));
        JsonNode b = batch(batchId);
        assertThat(b.get("total").asInt()).isEqualTo(5);
        assertThat(b.get("processed").asInt()).isEqualTo(5);
        // Issue 13: the DTSEN refusal (desil 7) is a rejected row with its reason, not "diterima dan diteruskan".
        assertThat(b.get("accepted").asInt()).isEqualTo(3);
        assertThat(b.get("rejected").asInt()).isEqualTo(2);
        assertThat(b.get("errors")).hasSize(2);
        assertThat(b.get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(b.get("errors").get(0).get("field").asText()).isEqualTo("sex");
        assertThat(b.get("errors").get(1).get("row").asInt()).isEqualTo(5);
        assertThat(b.get("errors").get(1).get("field").asText()).isEqualTo("dtsen");
        assertThat(b.get("errors").get(1).get("message").asText()).contains("desil 7").contains("batas desil 5");
        ResponseEntity<byte[]> rejectedFile = as("dinsos.6203").getForEntity(url("/api/batches/" + batchId + "/rejected.xlsx"),
                byte[].class);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(rejectedFile.getBody()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Desil Tujuh");
            assertThat(sheet.getRow(2).getCell(11).getStringCellValue()).startsWith("dtsen: DTSEN desil 7");
        }
        List<Long> ids = new ArrayList<>();
        b.get("candidateIds").forEach(n -> ids.add(n.asLong()));
        long ahmad = ids.get(0), siti = ids.get(1), yusuf = ids.get(2), desil7 = ids.get(3);
        assertThat(status(desil7)).isEqualTo("SCREENING_REJECTED");
        assertThat(status(ahmad)).isEqualTo("AWAITING_VILLAGE");

        // Lurah of Selat Hilir sees only his village's list, named with context.
        JsonNode lurahTasks = tasks("lurah.6203011001", batchId);
        assertThat(lurahTasks).hasSize(1);
        JsonNode t = lurahTasks.get(0);
        assertThat(t.get("taskDefinitionKey").asText()).isEqualTo("Task_VerifyVillageList");
        assertThat(t.get("name").asText()).isEqualTo("Verifikasi 2 calon peserta — Kel. Selat Hilir, Kec. Selat");
        assertThat(t.get("due").isNull()).isFalse();
        assertThat(t.get("formKey").asText()).startsWith("embedded:deployment:").endsWith("verification-list.html");
        String lurahTask = t.get("id").asText();
        // The embedded form resolves from the deployment, as Tasklist loads it.
        ResponseEntity<String> form = as("lurah.6203011001").getForEntity(url("/engine-rest/task/" + lurahTask + "/deployed-form"),
                String.class);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains("rejectedCandidateIds").contains("camForm");

        // A rejection without a reason is refused with a clear message, and nothing changes.
        ResponseEntity<JsonNode> refused = complete("lurah.6203011001", lurahTask,
                Map.of("approved", true, "rejectedCandidateIds", List.of(siti)));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(refused.getBody().get("detail").asText()).contains("rejectionReasons").contains("Alasan penolakan wajib diisi");
        assertThat(status(siti)).isEqualTo("AWAITING_VILLAGE");
        assertThat(tasks("lurah.6203011001", batchId)).hasSize(1);

        assertThat(complete("lurah.6203011001", lurahTask, Map.of("approved", true,
                "rejectedCandidateIds", List.of(siti), "rejectionReasons", Map.of(String.valueOf(siti), "Sudah pindah ke Palangka Raya")))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(status(siti)).isEqualTo("REJECTED");
        assertThat(as("dinsos.6203").getForObject(url("/api/candidates/" + siti), JsonNode.class).get("reasons").toString())
                .contains("Lurah/Kepala Desa (lurah.6203011001) menolak: Sudah pindah ke Palangka Raya");
        assertThat(status(ahmad)).isEqualTo("AWAITING_KECAMATAN");

        String otherVillageTask = tasks("lurah.6203011002", batchId).get(0).get("id").asText();
        assertThat(complete("lurah.6203011002", otherVillageTask, Map.of("approved", true)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        // The Camat's list appears when the job after the last village task has run (asyncAfter).
        await(Duration.ofSeconds(30), "the Camat's task", () -> tasks("camat.620301", batchId).size() > 0);
        JsonNode camat = tasks("camat.620301", batchId);
        assertThat(camat).hasSize(1);
        assertThat(camat.get(0).get("taskDefinitionKey").asText()).isEqualTo("Task_ApproveKecamatan");
        assertThat(complete("camat.620301", camat.get(0).get("id").asText(), Map.of("approved", true)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        await(Duration.ofSeconds(30), "the Dinsos task", () -> tasks("dinsos.6203", batchId).size() > 0);
        JsonNode dinsos = tasks("dinsos.6203", batchId);
        assertThat(dinsos).hasSize(1);
        assertThat(dinsos.get(0).get("taskDefinitionKey").asText()).isEqualTo("Task_FinalizeRegencyList");
        assertThat(dinsos.get(0).get("description").asText()).contains("PKS-6203-");
        // The task offers the draft SK annex: exactly the two candidates Dinsos is deciding on.
        String draftLink = "/api/candidates/final-list.xlsx?regencyCode=6203&batchId=" + batchId + "&draft=true";
        assertThat(dinsos.get(0).get("description").asText()).endsWith(draftLink);
        try (XSSFWorkbook draft = Downloads.xlsx(as("dinsos.6203").getForEntity(url(draftLink), byte[].class),
                "lampiran-sk-peserta-6203-kiriman-" + batchId + "-draf-\\d{8}\\.xlsx")) {
            XSSFSheet sheet = draft.getSheetAt(0);
            for (int row = 7; row <= 8; row++) {
                assertThat(Downloads.shown(sheet.getRow(row), 12)).isEqualTo("Menunggu penetapan Dinsos");
            }
            assertThat((Object) sheet.getRow(9)).isNull();
        }
        // The Dinsos form builds the same address as its download button (shown only at the FINAL stage).
        String finalForm = as("dinsos.6203").getForObject(url("/engine-rest/task/" + dinsos.get(0).get("id").asText()
                + "/deployed-form"), String.class);
        assertThat(finalForm).contains("Unduh draf lampiran SK Bupati (Excel)")
                .contains("'/api/candidates/final-list.xlsx?regencyCode='").contains("'&draft=true'");
        assertThat(complete("dinsos.6203", dinsos.get(0).get("id").asText(), Map.of("approved", true)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        await(Duration.ofSeconds(60), "candidates enrolled", () -> "ENROLLED".equals(status(ahmad)) && "ENROLLED".equals(status(yusuf)));
        String number = jdbc.queryForObject("select membership_number from candidate where id = ?", String.class, ahmad);
        assertThat(number).matches("\\d{11}");
        JsonNode member = as("dinsos.6203").getForObject(url("/api/members/" + number), JsonNode.class);
        assertThat(member.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(member.get("nikMasked").asText()).isEqualTo("620301********01");
        assertThat(member.get("segment").asText()).isEqualTo("PEMERINTAH_APBD");
        assertThat(member.get("pksNumber").asText()).startsWith("PKS-6203-");
        assertThat(member.get("coverageStart").asText()).isEqualTo(today.plusMonths(1).withDayOfMonth(1).toString());
        assertThat(jdbc.queryForObject("select count(*) from bpjs_registration where nik = ? and state = 'DONE'", Integer.class,
                "6203011205800101")).isEqualTo(1);
        await(Duration.ofSeconds(30), "enrollment mail", () -> jdbc.queryForObject(
                "select count(*) from outbox_message where recipient = 'ahmad.subekti@example.org' and template = 'peserta-terdaftar'",
                Integer.class) == 1);
        String body = jdbc.queryForObject("select body from outbox_message where recipient = 'ahmad.subekti@example.org'", String.class);
        assertThat(body).contains(number).contains("620301********01").doesNotContain("6203011205800101");
        await(Duration.ofSeconds(30), "verification instance ended", () -> as("admin")
                .getForObject(url("/engine-rest/process-instance/count?businessKey=VER-6203-" + batchId), JsonNode.class)
                .get("count").asInt() == 0);
        // The lists the forms showed (names, NIK hashes) stay in our tables, not in Camunda's history
        // (HistoryVariableFilter); the tasks' other variables and decisions are kept there.
        // The batch's instance is the root of the kecamatan instances it called (same business key).
        String pi = jdbc.queryForObject("select id_ from act_hi_procinst where business_key_ = ? and proc_def_key_ = ?",
                String.class, "VER-6203-" + batchId, "candidate-verification");
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where root_proc_inst_id_ = ?"
                + " and proc_def_key_ = 'kecamatan-verification' and business_key_ = ?", Integer.class, pi,
                "VER-6203-" + batchId)).isEqualTo(1);
        for (String table : List.of("act_hi_varinst", "act_hi_detail")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where root_proc_inst_id_ = ? and name_ = 'candidateList'",
                    Integer.class, pi)).as(table + " candidateList").isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst where root_proc_inst_id_ = ? and name_ = 'regionName'",
                Integer.class, pi)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from act_hi_detail where root_proc_inst_id_ = ? and name_ = 'rejectionReasons'",
                Integer.class, pi)).isPositive();

        // The same NIK again is reported, not doubled.
        long again = submit(List.of(candidate("6203011205800101", "Ahmad Subekti", "1980-05-12", "M", "6203011001", null)));
        assertThat(batch(again).get("errors")).singleElement()
                .satisfies(e -> assertThat(e.get("message").asText()).contains("peserta aktif"));
    }

    @Test
    void otherRegionsOfficialsNeitherSeeNorCompleteTheTasks() {
        long batchId = submit(List.of(
                candidate("6203011506820201", "Rahmat Hidayat", "1982-06-15", "M", "6203011001", null)));
        JsonNode own = tasks("lurah.6203011001", batchId);
        assertThat(own).hasSize(1);
        String taskId = own.get(0).get("id").asText();

        for (String stranger : List.of("lurah.6208011001", "dinsos.6208", "lurah.6203011002")) {
            assertThat(tasks(stranger, batchId)).as(stranger).isEmpty();
            ResponseEntity<JsonNode> r = complete(stranger, taskId, Map.of("approved", true));
            // A task the caller cannot see (other village, other regency) answers like an unknown id (issue 12).
            assertThat(r.getStatusCode()).as(stranger).isEqualTo(HttpStatus.NOT_FOUND);
        }
        TestRestTemplate sukamara = as("dinsos.6208");
        assertThat(sukamara.getForEntity(url("/api/batches/" + batchId), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        long candidateId = batch(batchId).get("candidateIds").get(0).asLong();
        assertThat(sukamara.getForEntity(url("/api/candidates/" + candidateId), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(sukamara.postForEntity(url("/api/candidates"), Map.of("regencyCode", "6203", "candidates",
                List.of(candidate("6203011506820202", "X", "1982-06-15", "M", "6203011001", null))), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(candidateId)).isEqualTo("AWAITING_VILLAGE");
        assertThat(tasks("lurah.6203011001", batchId)).hasSize(1);
    }

    @Test
    void nikFirstIssuedInAnotherProvinceIsAcceptedWithAWarning() {
        // Issue 13 / DOMAIN "NIK": the NIK's kecamatan must exist somewhere in Indonesia (here Denpasar Selatan,
        // Bali, from the Kemendagri list), not in the batch's regency; it differs from the address: a warning.
        HttpHeaders csv = new HttpHeaders();
        csv.setContentType(MediaType.parseMediaType("text/csv"));
        ResponseEntity<JsonNode> regions = as("admin").postForEntity(url("/api/admin/regions/import"), new HttpEntity<>(
                "code,name\n51,Bali\n51.71,Kota Denpasar\n51.71.01,Denpasar Selatan\n", csv), JsonNode.class);
        assertThat(regions.getStatusCode()).isEqualTo(HttpStatus.OK);
        long batchId = submit(List.of(
                candidate("5171011205800411", "Made Wirawan", "1980-05-12", "M", "6203011001", null),
                candidate("5199011205800412", "Kode Tak Ada", "1980-05-12", "M", "6203011001", null)));
        JsonNode b = batch(batchId);
        assertThat(b.get("accepted").asInt()).isEqualTo(1);
        assertThat(b.get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("row").asInt()).isEqualTo(2);
            assertThat(e.get("message").asText()).contains("519901");
        });
        JsonNode made = as("dinsos.6203").getForObject(url("/api/candidates/" + b.get("candidateIds").get(0).asLong()),
                JsonNode.class);
        assertThat(made.get("status").asText()).isEqualTo("AWAITING_VILLAGE");
        assertThat(made.toString()).contains("517101").contains("620301");
    }

    @Test
    void importsCsvWithOneErrorPerBadRow() {
        String csv = "nik,name,birthDate,sex,villageCode,category,address\n"
                + "6203011207810301,Budi Csv,1981-07-12,M,6203011001,NELAYAN,RT 1\n"
                + "620301,Tanpa NIK,1981-07-12,M,6203011001,NELAYAN,RT 1\n"
                + "6203011207810303,,1981-07-12,M,6208011001,ASTRONOT,RT 1\n";
        org.springframework.util.LinkedMultiValueMap<String, Object> form = new org.springframework.util.LinkedMultiValueMap<>();
        form.add("regencyCode", "6203");
        form.add("file", new org.springframework.core.io.ByteArrayResource(csv.getBytes()) {
            @Override
            public String getFilename() {
                return "calon.csv";
            }
        });
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<JsonNode> r = as("dinsos.6203").postForEntity(url("/api/candidates/import"), new HttpEntity<>(form, h), JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        long batchId = r.getBody().get("batchId").asLong();
        await(Duration.ofSeconds(60), "csv batch screened", () -> "DONE".equals(batch(batchId).get("status").asText()));
        JsonNode b = batch(batchId);
        assertThat(b.get("accepted").asInt()).isEqualTo(1);
        assertThat(b.get("rejected").asInt()).isEqualTo(2);
        List<String> errors = new ArrayList<>();
        b.get("errors").forEach(e -> errors.add(e.get("row").asInt() + ":" + e.get("field").asText()));
        // Row numbers as Excel shows the CSV: header = row 1.
        assertThat(errors).containsExactlyInAnyOrder("3:nik", "4:category", "4:name", "4:villageCode");

        ResponseEntity<JsonNode> unknown = as("dinsos.6203").postForEntity(url("/api/candidates"),
                Map.of("regencyCode", "9999", "candidates", List.of()), JsonNode.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().toString()).contains("regencyCode");
    }

    @Test
    void overdueVillageTaskRemindsTheLurahThenEscalatesToTheCamatAndShowsInLewatTenggat() {
        long batchId = submit(List.of(candidate("6203012107830401", "Hendra Lambat", "1983-07-21", "M", "6203012001", null)));
        JsonNode task = tasks("lurah.6203012001", batchId).get(0);
        String taskId = task.get("id").asText();
        String pi = task.get("processInstanceId").asText();
        TestRestTemplate admin = as("admin");
        JsonNode timers = admin.getForObject(url("/engine-rest/job?timers=true&processInstanceId=" + pi), JsonNode.class);
        assertThat(timers).hasSize(2);
        Map<String, String> jobByActivity = new LinkedHashMap<>();
        timers.forEach(j -> {
            JsonNode def = admin.getForObject(url("/engine-rest/job-definition/" + j.get("jobDefinitionId").asText()), JsonNode.class);
            jobByActivity.put(def.get("activityId").asText(), j.get("id").asText());
        });
        assertThat(jobByActivity).containsOnlyKeys("BoundaryEvent_VerifyVillageListReminder", "BoundaryEvent_VerifyVillageListEscalation");

        // The due date passes: the timer fires (executed now instead of waiting 7 working days).
        assertThat(admin.postForEntity(url("/engine-rest/job/" + jobByActivity.get("BoundaryEvent_VerifyVillageListReminder") + "/execute"),
                null, String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where template = 'sla-pengingat' and recipient = ? and business_key = ?",
                Integer.class, "lurah.6203012001@jamsos-rentan.test", "VER-6203-" + batchId)).isEqualTo(1);
        assertThat(admin.postForEntity(url("/engine-rest/job/" + jobByActivity.get("BoundaryEvent_VerifyVillageListEscalation") + "/execute"),
                null, String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String escalation = jdbc.queryForObject("select body from outbox_message where template = 'sla-eskalasi' and recipient = ? and business_key = ?",
                String.class, "camat.620301@jamsos-rentan.test", "VER-6203-" + batchId);
        assertThat(escalation).contains("Verifikasi 1 calon peserta — Desa Pulau Telo Baru, Kec. Selat");

        // Still open for the Lurah, raised in priority, and listed by the "Lewat Tenggat" filter once overdue.
        JsonNode still = as("lurah.6203012001").getForObject(url("/engine-rest/task/" + taskId), JsonNode.class);
        assertThat(still.get("priority").asInt()).isEqualTo(80);
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("name", still.get("name").asText());
        update.put("description", still.get("description").asText());
        update.put("priority", 80);
        update.put("tenantId", "6203");
        update.put("due", "2020-01-02T16:00:00.000+0700");
        assertThat(admin.exchange(url("/engine-rest/task/" + taskId), org.springframework.http.HttpMethod.PUT,
                new HttpEntity<>(update, h), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String filterId = as("lurah.6203012001").getForObject(url("/engine-rest/filter?name=Lewat Tenggat"), JsonNode.class)
                .get(0).get("id").asText();
        JsonNode overdue = as("lurah.6203012001").getForObject(url("/engine-rest/filter/" + filterId + "/list"), JsonNode.class);
        List<String> ids = new ArrayList<>();
        overdue.forEach(t -> ids.add(t.get("id").asText()));
        assertThat(ids).contains(taskId);
    }
}
