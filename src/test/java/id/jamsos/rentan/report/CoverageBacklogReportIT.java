package id.jamsos.rentan.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jamsos.rentan.budget.BudgetEvaluationRepository;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.identity.Role;
import id.jamsos.rentan.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report over HTTP on the demo data: a real backlog is created in kecamatan Bataguh (620317), which has no demo
 * villages and is used by no other test, so its row starts empty and every figure is known exactly; regency-level
 * figures, which other tests' batches share, are checked as differences.
 */
class CoverageBacklogReportIT extends IntegrationTest {
    static final String REGENCY = "6203";
    static final String BATAGUH = "620317";
    static final String VILLAGE_A = "6203172001";
    static final String VILLAGE_B = "6203172002";
    static final String REPORT = "/api/reports/coverage-backlog?regencyCode=";
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TaskService taskService;

    @Autowired
    BudgetEvaluationRepository evaluations;

    JsonNode report(String user) {
        ResponseEntity<JsonNode> r = as(user).getForEntity(url(REPORT + REGENCY), JsonNode.class);
        assertThat(r.getStatusCode()).as(user + ": " + r.getBody()).isEqualTo(HttpStatus.OK);
        return r.getBody();
    }

    static JsonNode row(JsonNode report, String kecamatan) {
        for (JsonNode row : report.get("rows")) {
            if (row.get("kecamatanCode").asText().equals(kecamatan)) {
                return row;
            }
        }
        throw new AssertionError("no row for kecamatan " + kecamatan + " in " + report);
    }

    /** The backlog figures of a line: awaiting village, kecamatan, final; open, overdue, completed, late. */
    static List<Long> backlog(JsonNode line) {
        return List.of(line.path("awaitingVillage").asLong(-1), line.path("awaitingKecamatan").asLong(-1),
                line.path("awaitingFinal").asLong(-1), line.get("openTasks").asLong(), line.get("overdueTasks").asLong(),
                line.get("completedTasks").asLong(), line.get("completedLate").asLong());
    }

    /** Totals are the kecamatan rows plus the regency-level tasks, in every report. */
    static void assertTotalsAddUp(JsonNode report) {
        JsonNode totals = report.get("totals");
        for (String f : List.of("awaitingVillage", "awaitingKecamatan", "awaitingFinal")) {
            long sum = 0;
            for (JsonNode row : report.get("rows")) {
                sum += row.get(f).asLong();
            }
            assertThat(totals.get(f).asLong()).as(f).isEqualTo(sum);
            assertThat(report.get("regencyTasks").has(f)).as("regency tasks hold no " + f).isFalse();
        }
        for (String f : List.of("openTasks", "overdueTasks", "completedTasks", "completedLate")) {
            long sum = report.get("regencyTasks").get(f).asLong();
            for (JsonNode row : report.get("rows")) {
                sum += row.get(f).asLong();
            }
            assertThat(totals.get(f).asLong()).as(f).isEqualTo(sum);
        }
    }

    void importVillages() {
        String csv = "code,name\n" + VILLAGE_A + ",Desa Uji Laporan Satu\n" + VILLAGE_B + ",Desa Uji Laporan Dua\n";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "wilayah.csv";
            }
        });
        ResponseEntity<JsonNode> r = as("admin").postForEntity(url("/api/admin/regions/import"),
                new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(r.getStatusCode().is2xxSuccessful()).as(String.valueOf(r.getBody())).isTrue();
    }

    static Map<String, Object> candidate(String nik, String name, String birthDate, String sex, String village) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("nik", nik);
        c.put("name", name);
        c.put("birthDate", birthDate);
        c.put("sex", sex);
        c.put("villageCode", village);
        c.put("category", "NELAYAN");
        c.put("address", "RT 01, " + village);
        return c;
    }

    long submit(List<Map<String, Object>> candidates) {
        ResponseEntity<JsonNode> r = as("dinsos." + REGENCY).postForEntity(url("/api/candidates"),
                Map.of("regencyCode", REGENCY, "candidates", candidates), JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        long batchId = r.getBody().get("batchId").asLong();
        await(Duration.ofSeconds(60), "batch screened", () -> "DONE".equals(as("dinsos." + REGENCY)
                .getForObject(url("/api/batches/" + batchId), JsonNode.class).get("status").asText()));
        return batchId;
    }

    Task task(String businessKey, String group) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskCandidateGroup(group).singleResult();
    }

    /** Completes a task through engine-rest as the administrator (the new villages have no Lurah users). */
    void complete(String taskId, Map<String, Object> variables) {
        Map<String, Object> vars = new LinkedHashMap<>();
        variables.forEach((k, v) -> {
            try {
                vars.put(k, v instanceof List || v instanceof Map
                        ? Map.of("value", JSON.writeValueAsString(v), "type", "Json") : Map.of("value", v));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> r = as("admin").postForEntity(url("/engine-rest/task/" + taskId + "/complete"),
                new HttpEntity<>(Map.of("variables", vars), h), String.class);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void backlogOfAKecamatanFollowsItsCandidatesAndTasks() throws IOException {
        importVillages();
        int year = LocalDate.now(Formats.WIB).getYear();
        evaluations.savePopulation(BATAGUH, year, 400);

        JsonNode before = report("supervisor." + REGENCY);
        assertThat(before.get("regencyCode").asText()).isEqualTo(REGENCY);
        assertThat(before.get("regencyName").asText()).isEqualTo("Kabupaten Kapuas");
        assertThat(before.get("historyDays").asInt()).isEqualTo(90);
        assertThat(before.get("generatedAt").asText()).endsWith("+07:00");
        OffsetDateTime generated = OffsetDateTime.parse(before.get("generatedAt").asText());
        assertThat(Duration.between(generated.toInstant(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(Duration.between(OffsetDateTime.parse(before.get("historyFrom").asText()), generated))
                .isEqualTo(Duration.ofDays(90));
        assertThat(before.get("rows")).hasSize(17);
        JsonNode empty = row(before, BATAGUH);
        assertThat(empty.get("kecamatanName").asText()).isEqualTo("Bataguh");
        assertThat(empty.get("vulnerablePopulation").asInt()).isEqualTo(400);
        assertThat(empty.get("activeMembers").asLong()).isZero();
        assertThat(empty.get("coveragePercent").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(backlog(empty)).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(empty.has("averageDaysToComplete")).isFalse();
        // The coverage columns are /api/coverage's, kecamatan by kecamatan.
        JsonNode coverage = as("supervisor." + REGENCY).getForObject(url("/api/coverage/" + REGENCY), JsonNode.class);
        for (JsonNode k : coverage.get("byKecamatan")) {
            JsonNode r = row(before, k.get("kecamatanCode").asText());
            assertThat(r.get("kecamatanName").asText()).isEqualTo(k.get("name").asText());
            // /api/coverage always carries the contract fields (null when unknown); the report leaves them out then.
            assertThat(r.path("vulnerablePopulation").asText()).isEqualTo(k.path("population").isNull() ? ""
                    : k.path("population").asText());
            assertThat(r.path("coveragePercent").asText()).isEqualTo(k.path("coveragePercent").isNull() ? ""
                    : k.path("coveragePercent").asText());
        }
        assertTotalsAddUp(before);
        JsonNode regencyBefore = before.get("regencyTasks");

        // Three candidates pass screening (two in village A, one in B); one is turned away by DTSEN (desil 7).
        long batchId = submit(List.of(
                candidate("6203171203850301", "Bayu Prasetyo", "1985-03-12", "M", VILLAGE_A),
                candidate("6203175107900302", "Dewi Lestari", "1990-07-11", "F", VILLAGE_A),
                candidate("6203170909780303", "Hasan Basri", "1978-09-09", "M", VILLAGE_B),
                candidate("6203171502880308", "Rudi Hartono", "1988-02-15", "M", VILLAGE_B)));
        String bk = "VER-" + REGENCY + "-" + batchId;
        await(Duration.ofSeconds(60), "village tasks", () -> taskService.createTaskQuery().processInstanceBusinessKey(bk).count() == 2);
        JsonNode screened = report("supervisor." + REGENCY);
        assertThat(backlog(row(screened, BATAGUH))).containsExactly(3L, 0L, 0L, 2L, 0L, 0L, 0L);
        assertTotalsAddUp(screened);

        // Village A's task is past its due date, and claimed: a claimed task is still open for the report.
        Task a = task(bk, Role.LURAH.groupId(VILLAGE_A));
        a.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(1))));
        a.setAssignee("admin");
        taskService.saveTask(a);
        assertThat(backlog(row(report("supervisor." + REGENCY), BATAGUH))).containsExactly(3L, 0L, 0L, 2L, 1L, 0L, 0L);

        // Village B verifies its one candidate in time.
        complete(task(bk, Role.LURAH.groupId(VILLAGE_B)).getId(), Map.of("approved", true));
        JsonNode afterB = row(report("supervisor." + REGENCY), BATAGUH);
        assertThat(backlog(afterB)).containsExactly(2L, 1L, 0L, 1L, 1L, 1L, 0L);
        assertThat(afterB.get("averageDaysToComplete").decimalValue()).isEqualByComparingTo("0.0");

        // Village A, late: one approved, one rejected; the Camat's task opens.
        List<Long> ids = new ArrayList<>();
        as("dinsos." + REGENCY).getForObject(url("/api/batches/" + batchId), JsonNode.class).get("candidateIds")
                .forEach(n -> ids.add(n.asLong()));
        assertThat(ids).hasSize(4);
        long dewi = ids.get(1);
        assertThat(as("dinsos." + REGENCY).getForObject(url("/api/candidates/" + ids.get(3)), JsonNode.class)
                .get("status").asText()).isEqualTo("SCREENING_REJECTED");
        complete(a.getId(), Map.of("approved", true, "rejectedCandidateIds", List.of(dewi),
                "rejectionReasons", Map.of(String.valueOf(dewi), "Bekerja sebagai pegawai tetap")));
        // The Camat's task opens once the job after the last village task has run (asyncAfter).
        await(Duration.ofSeconds(30), "the Camat's task", () -> task(bk, Role.CAMAT.groupId(BATAGUH)) != null);
        JsonNode afterA = report("supervisor." + REGENCY);
        assertThat(backlog(row(afterA, BATAGUH))).containsExactly(0L, 2L, 0L, 1L, 0L, 2L, 1L);
        assertThat(row(afterA, BATAGUH).get("averageDaysToComplete").decimalValue()).isEqualByComparingTo("0.0");
        assertTotalsAddUp(afterA);

        // The Camat approves: the list waits for Dinsos, whose task is regency-level.
        complete(task(bk, Role.CAMAT.groupId(BATAGUH)).getId(), Map.of("approved", true));
        JsonNode afterCamat = report("supervisor." + REGENCY);
        assertThat(backlog(row(afterCamat, BATAGUH))).containsExactly(0L, 0L, 2L, 0L, 0L, 3L, 1L);
        assertThat(afterCamat.get("regencyTasks").get("openTasks").asLong())
                .isEqualTo(regencyBefore.get("openTasks").asLong() + 1);
        assertTotalsAddUp(afterCamat);

        // Dinsos turns the list down: nothing waits any more; its task counts as completed at regency level.
        complete(task(bk, Role.DINSOS.groupId(REGENCY)).getId(), Map.of("approved", false, "note", "Uji laporan: anggaran belum tersedia"));
        JsonNode done = report("supervisor." + REGENCY);
        assertThat(backlog(row(done, BATAGUH))).containsExactly(0L, 0L, 0L, 0L, 0L, 3L, 1L);
        JsonNode regencyAfter = done.get("regencyTasks");
        assertThat(regencyAfter.get("openTasks").asLong()).isEqualTo(regencyBefore.get("openTasks").asLong());
        assertThat(regencyAfter.get("completedTasks").asLong()).isEqualTo(regencyBefore.get("completedTasks").asLong() + 1);
        assertThat(regencyAfter.get("completedLate").asLong()).isEqualTo(regencyBefore.get("completedLate").asLong());
        assertTotalsAddUp(done);

        // The other regency roles read the same figures.
        for (String user : List.of("dinsos." + REGENCY, "kadinsos." + REGENCY)) {
            assertThat(backlog(row(report(user), BATAGUH))).as(user).containsExactly(0L, 0L, 0L, 0L, 0L, 3L, 1L);
        }
    }

    @Test
    void excelHoldsTheSameRowsAsTheJson() throws IOException {
        JsonNode json = null;
        ResponseEntity<byte[]> xlsx = null;
        // Background work of other tests (enrollment) may move members between the two calls: retry until stable.
        for (int attempt = 0; attempt < 5; attempt++) {
            JsonNode first = report("supervisor." + REGENCY);
            xlsx = as("supervisor." + REGENCY).getForEntity(url("/api/reports/coverage-backlog.xlsx?regencyCode=" + REGENCY),
                    byte[].class);
            JsonNode second = report("supervisor." + REGENCY);
            if (withoutTimes(first).equals(withoutTimes(second))) {
                json = first;
                break;
            }
        }
        assertThat(json).as("two equal reports around the download").isNotNull();
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(xlsx.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("laporan-cakupan-6203-" + LocalDate.now(Formats.WIB).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx");

        List<JsonNode> lines = new ArrayList<>();
        json.get("rows").forEach(lines::add);
        lines.add(json.get("regencyTasks"));
        lines.add(json.get("totals"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Cakupan 6203");
            assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("Tugas Selesai (90 hari)");
            assertThat(sheet.getLastRowNum()).isEqualTo(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                JsonNode line = lines.get(i);
                Row row = sheet.getRow(i + 1);
                String label = i < lines.size() - 2 ? line.get("kecamatanName").asText()
                        : i == lines.size() - 2 ? "Penetapan Dinas Sosial (tingkat kabupaten)" : "Jumlah Kabupaten Kapuas";
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(line.path("kecamatanCode").asText(REGENCY));
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(label);
                assertNumber(row.getCell(2), line.get("vulnerablePopulation"), label);
                assertNumber(row.getCell(3), line.get("activeMembers"), label);
                Cell coverage = row.getCell(4);
                if (line.has("coveragePercent")) {
                    assertThat(coverage.getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(BigDecimal.valueOf(coverage.getNumericCellValue()).movePointRight(2).setScale(2, RoundingMode.HALF_UP))
                            .as(label).isEqualByComparingTo(line.get("coveragePercent").decimalValue());
                } else {
                    assertThat(coverage.getCellType()).as(label).isEqualTo(CellType.BLANK);
                }
                List<String> fields = List.of("awaitingVillage", "awaitingKecamatan", "awaitingFinal", "openTasks",
                        "overdueTasks", "completedTasks", "averageDaysToComplete", "completedLate");
                for (int f = 0; f < fields.size(); f++) {
                    assertNumber(row.getCell(5 + f), line.get(fields.get(f)), label + " " + fields.get(f));
                }
            }
        }
    }

    static void assertNumber(Cell cell, JsonNode value, String what) {
        if (value == null) {
            assertThat(cell.getCellType()).as(what).isEqualTo(CellType.BLANK);
        } else {
            assertThat(cell.getCellType()).as(what).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).as(what).isEqualByComparingTo(value.decimalValue());
        }
    }

    static JsonNode withoutTimes(JsonNode report) {
        var copy = report.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove(List.of("generatedAt", "historyFrom"));
        return copy;
    }

    @Test
    void otherRegenciesAreRefusedAndBadParametersNamed() {
        for (String path : List.of("/api/reports/coverage-backlog", "/api/reports/coverage-backlog.xlsx")) {
            for (String stranger : List.of("supervisor.6208", "dinsos.6112")) {
                ResponseEntity<JsonNode> r = as(stranger).getForEntity(url(path + "?regencyCode=" + REGENCY), JsonNode.class);
                assertThat(r.getStatusCode()).as(stranger + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
                assertThat(r.getBody().get("detail").asText()).contains(REGENCY);
            }
            for (String q : List.of("", "?regencyCode=", "?regencyCode=62", "?regencyCode=abcd", "?regencyCode=9999",
                    "?regencyCode=620301")) {
                ResponseEntity<JsonNode> r = as("supervisor." + REGENCY).getForEntity(url(path + q), JsonNode.class);
                assertThat(r.getStatusCode()).as(path + q).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
                assertThat(r.getBody().toString()).as(path + q).contains("regencyCode");
            }
            for (String days : List.of("0", "366", "-5", "sembilan")) {
                ResponseEntity<JsonNode> r = as("supervisor." + REGENCY)
                        .getForEntity(url(path + "?regencyCode=" + REGENCY + "&days=" + days), JsonNode.class);
                assertThat(r.getStatusCode()).as(path + " days=" + days).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(r.getBody().toString()).as(days).contains("days");
            }
            assertThat(anonymous().getForEntity(url(path + "?regencyCode=" + REGENCY), String.class).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        JsonNode week = as("supervisor." + REGENCY).getForObject(url(REPORT + REGENCY + "&days=7"), JsonNode.class);
        assertThat(week.get("historyDays").asInt()).isEqualTo(7);
    }
}
