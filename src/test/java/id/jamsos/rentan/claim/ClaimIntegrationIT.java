package id.jamsos.rentan.claim;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.enrollment.MemberStatus;
import id.jamsos.rentan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From {@code POST /api/claims} to PAID on PostgreSQL as the demo officials, tasks completed through engine-rest,
 * with region isolation. Members are the test's own (not the demo seed), so other tests keep their data.
 */
class ClaimIntegrationIT extends IntegrationTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    MemberRepository members;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SimulatedBankTransfers bank;

    Member member(int contributionMonths) {
        return ClaimTestData.member(members, contributionMonths);
    }

    static Map<String, Object> heir(String name, String nik, String relation, LocalDate birth, String email) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("name", name);
        h.put("nik", nik);
        h.put("relation", relation);
        h.put("birthDate", birth.toString());
        h.put("bankName", "BRI");
        h.put("bankAccount", "0012010003" + String.format("%05d", Math.abs(name.hashCode()) % 100000));
        if (email != null) {
            h.put("email", email);
        }
        return h;
    }

    static Map<String, Object> claim(String membershipNumber, String type, LocalDate event, Long income,
                                     List<Map<String, Object>> heirs) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("membershipNumber", membershipNumber);
        body.put("type", type);
        body.put("eventDate", event.toString());
        body.put("deathCertificateNumber", "474.3/123/KPS/" + TODAY.getYear());
        if (income != null) {
            body.put("declaredMonthlyIncome", income);
        }
        body.put("heirs", heirs);
        return body;
    }

    JsonNode getClaim(String user, String number) {
        return as(user).getForObject(url("/api/claims/" + number), JsonNode.class);
    }

    String status(String number) {
        return getClaim("bpjs.6203", number).get("status").asText();
    }

    List<JsonNode> tasks(String user, String number) {
        JsonNode arr = as(user).getForObject(url("/engine-rest/task?processInstanceBusinessKey=" + number), JsonNode.class);
        List<JsonNode> out = new ArrayList<>();
        arr.forEach(out::add);
        return out;
    }

    JsonNode awaitTask(String user, String number, String key) {
        await(WAIT, key + " for " + user, () -> tasks(user, number).stream()
                .anyMatch(t -> key.equals(t.get("taskDefinitionKey").asText())));
        return tasks(user, number).stream().filter(t -> key.equals(t.get("taskDefinitionKey").asText())).findFirst().orElseThrow();
    }

    ResponseEntity<String> completeTask(TestRestTemplate client, String taskId, Map<String, Object> variables) {
        Map<String, Object> vars = new HashMap<>();
        variables.forEach((k, v) -> {
            if (v instanceof List<?> list) {
                vars.put(k, Map.of("type", "Json", "value", toJson(list)));
            } else {
                vars.put(k, Map.of("value", v));
            }
        });
        return client.postForEntity(url("/engine-rest/task/" + taskId + "/complete"), Map.of("variables", vars), String.class);
    }

    static String toJson(List<?> list) {
        return "[" + String.join(",", list.stream().map(o -> "\"" + o + "\"").toList()) + "]";
    }

    @Test
    void jkkClaimFromApiToPaidAsDemoOfficialsThroughEngineRest() {
        Member m = member(40);
        String heirMail = "ahliwaris." + m.membershipNumber() + "@contoh.id";
        LocalDate youngChild = TODAY.minusYears(10);
        List<Map<String, Object>> heirs = List.of(
                heir("Siti Aminah", "6203015505850001", "SPOUSE", LocalDate.of(1985, 5, 15), heirMail),
                heir("Rudi", "6203011001160002", "CHILD", youngChild, null),
                heir("Ani", "6203015001020003", "CHILD", TODAY.minusYears(24), null),
                heir("Pak Darto", "6203010101550004", "PARENT", LocalDate.of(1955, 1, 1), null));
        ResponseEntity<JsonNode> created = as("bpjs.6203").postForEntity(url("/api/claims"),
                claim(m.membershipNumber(), "JKK", TODAY.minusDays(2), 1_000_000L, heirs), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = created.getBody().get("claimNumber").asText();
        assertThat(number).matches("KLM-6203-" + TODAY.getYear() + "-\\d{4}");

        // Other regency: neither the claim nor its tasks.
        ResponseEntity<JsonNode> foreign = as("bpjs.6208").getForEntity(url("/api/claims/" + number), JsonNode.class);
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(foreign.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();

        JsonNode docTask = awaitTask("bpjs.6203", number, ClaimProcessKeys.TASK_CHECK_DOCUMENTS);
        assertThat(getClaim("bpjs.6203", number).get("eligibilityReason").asText()).contains("aktif");
        assertThat(tasks("bpjs.6208", number)).isEmpty();
        ResponseEntity<String> foreignComplete = completeTask(as("bpjs.6208"), docTask.get("id").asText(),
                Map.of("approved", true, "presentDocuments", DocumentType.codes()));
        // Another regency's task answers like an unknown id (TaskVisibilityGuard); the task stays open.
        assertThat(foreignComplete.getStatusCode().value()).as(foreignComplete.getBody()).isEqualTo(404);
        assertThat(foreignComplete.getBody()).contains("tidak ditemukan");
        assertThat(tasks("bpjs.6203", number)).hasSize(1);

        // Death ends the membership.
        JsonNode memberView = as("bpjs.6203").getForObject(url("/api/members/" + m.membershipNumber()), JsonNode.class);
        assertThat(memberView.get("status").asText()).isEqualTo("ENDED");
        assertThat(memberView.get("coverageEnd").asText()).isEqualTo(TODAY.minusDays(2).toString());

        // Documents missing: the heir is mailed, the claim waits for Msg_DocumentsSubmitted.
        ResponseEntity<String> refused = completeTask(as("bpjs.6203"), docTask.get("id").asText(),
                Map.of("approved", true, "presentDocuments", List.of("MEMBERSHIP_CARD")));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("berkas belum lengkap");
        ResponseEntity<String> missing = completeTask(as("bpjs.6203"), docTask.get("id").asText(),
                Map.of("approved", false, "presentDocuments", List.of("MEMBERSHIP_CARD", "DEATH_CERTIFICATE"),
                        "note", "Kartu Keluarga belum diserahkan"));
        assertThat(missing.getStatusCode()).as(missing.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(status(number)).isEqualTo("AWAITING_DOCUMENTS");
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where recipient = ? and template = 'klaim-dokumen-kurang' and body like '%Kartu Keluarga%'",
                Long.class, heirMail)).isEqualTo(1);

        ResponseEntity<String> correlated = as("bpjs.6203").postForEntity(url("/engine-rest/message"),
                Map.of("messageName", ClaimProcessKeys.MSG_DOCUMENTS_SUBMITTED, "businessKey", number), String.class);
        assertThat(correlated.getStatusCode().is2xxSuccessful()).as(correlated.getBody()).isTrue();
        // Not waiting any more: the /api route answers 409.
        assertThat(as("bpjs.6203").postForEntity(url("/api/claims/" + number + "/documents"), null, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        docTask = awaitTask("bpjs.6203", number, ClaimProcessKeys.TASK_CHECK_DOCUMENTS);
        assertThat(completeTask(as("bpjs.6203"), docTask.get("id").asText(),
                Map.of("approved", true, "presentDocuments", DocumentType.codes())).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // 48 x 1.000.000 + 12.000.000 + 10.000.000 = 70.000.000 > threshold: the branch head approves.
        JsonNode approval = awaitTask("kacab.6203", number, ClaimProcessKeys.TASK_APPROVE_CLAIM);
        assertThat(tasks("bpjs.6203", number)).isEmpty();
        JsonNode view = getClaim("kacab.6203", number);
        assertThat(view.get("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(view.get("totalPayable").asLong()).isEqualTo(70_000_000L);
        assertThat(view.get("heirGroup").asInt()).isEqualTo(1);
        assertThat(view.get("completeAt").isNull()).isFalse();
        assertThat(view.get("payoutDue").asText()).isNotBlank();
        long parentShares = 0;
        long total = 0;
        for (JsonNode b : view.get("benefits")) {
            total += b.get("amount").asLong();
            if ("Pak Darto".equals(b.path("payee").asText())) {
                parentShares += b.get("amount").asLong();
            }
        }
        assertThat(total).isEqualTo(70_000_000L);
        assertThat(parentShares).isZero();
        assertThat(view.get("benefits")).hasSize(9); // 3 kinds x spouse and two children

        int transfersBefore = bank.transferCount();
        assertThat(completeTask(as("kacab.6203"), approval.get("id").asText(), Map.of("approved", true)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        await(WAIT, "claim paid", () -> "PAID".equals(status(number)));
        JsonNode paid = getClaim("bpjs.6203", number);
        assertThat(paid.get("paidAt").isNull()).isFalse();
        assertThat(paid.get("payments")).hasSize(9);
        paid.get("payments").forEach(p -> {
            assertThat(p.get("status").asText()).isEqualTo("PAID");
            assertThat(p.get("transferRef").asText()).startsWith("SIM-");
        });
        assertThat(bank.transferCount() - transfersBefore).isEqualTo(9);
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where business_key = ? and template = 'klaim-dibayar'",
                Long.class, number)).isGreaterThanOrEqualTo(2); // the heir and Dinsos

        // Beasiswa (JKK: no minimum): only the child under 23; the first school-year check comes at once.
        JsonNode school = awaitTask("bpjs.6203", number, ClaimProcessKeys.TASK_CHECK_SCHOOL);
        assertThat(completeTask(as("bpjs.6203"), school.get("id").asText(), Map.of("approved", true, "child1Level", "SD"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await(WAIT, "beasiswa paid", () -> getClaim("bpjs.6203", number).get("payments").size() == 10);
        JsonNode beasiswa = getClaim("bpjs.6203", number).get("payments").get(9);
        assertThat(beasiswa.get("kind").asText()).isEqualTo("BEASISWA");
        assertThat(beasiswa.get("amount").asLong()).isEqualTo(1_500_000L);
        assertThat(beasiswa.get("payee").asText()).isEqualTo("Rudi");

        // The same death again: 409.
        ResponseEntity<JsonNode> again = as("bpjs.6203").postForEntity(url("/api/claims"),
                claim(m.membershipNumber(), "JKM", TODAY.minusDays(2), null, heirs), JsonNode.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().toString()).contains(number);
    }

    @Test
    void refusedWithPerFieldProblemsAndNothingCreated() {
        Member m = member(12);
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("membershipNumber", m.membershipNumber());
        bad.put("type", "JHT");
        bad.put("eventDate", TODAY.plusDays(3).toString());
        Map<String, Object> h = heir("X", "6203013505850001", "COUSIN", LocalDate.of(1990, 1, 1), null);
        h.put("bankAccount", "12-34");
        bad.put("heirs", List.of(h));
        ResponseEntity<JsonNode> r = as("bpjs.6203").postForEntity(url("/api/claims"), bad, JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        List<String> fields = new ArrayList<>();
        r.getBody().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("type", "eventDate", "heirs[0].nik", "heirs[0].relation", "heirs[0].bankAccount");

        ResponseEntity<JsonNode> unknown = as("bpjs.6203").postForEntity(url("/api/claims"),
                claim("62039999999", "JKM", TODAY, null, List.of()), JsonNode.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().toString()).contains("membershipNumber").contains("tidak terdaftar");

        ResponseEntity<JsonNode> noHeirs = as("dinsos.6203").postForEntity(url("/api/claims"),
                claim(m.membershipNumber(), "JKM", TODAY.minusDays(1), null, List.of()), JsonNode.class);
        assertThat(noHeirs.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noHeirs.getBody().get("errors").get(0).get("field").asText()).isEqualTo("heirs");

        ResponseEntity<JsonNode> otherRegion = as("bpjs.6208").postForEntity(url("/api/claims"),
                claim(m.membershipNumber(), "JKM", TODAY.minusDays(1), null,
                        List.of(heir("Istri", "6203015505850001", "SPOUSE", LocalDate.of(1985, 5, 15), null))), JsonNode.class);
        assertThat(otherRegion.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(jdbc.queryForObject("select count(*) from claim where membership_number = ?", Long.class,
                m.membershipNumber())).isZero();
        assertThat(members.find(m.membershipNumber()).orElseThrow().status()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void deathBeforeCoverageStartIsRejectedWithItsReason() {
        Member m = member(3);
        ResponseEntity<JsonNode> created = as("bpjs.6203").postForEntity(url("/api/claims"),
                claim(m.membershipNumber(), "JKM", m.coverageStart().minusDays(1), null,
                        List.of(heir("Istri", "6203015505850001", "SPOUSE", LocalDate.of(1985, 5, 15), null))), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = created.getBody().get("claimNumber").asText();
        await(WAIT, "claim rejected", () -> "REJECTED".equals(status(number)));
        JsonNode view = getClaim("dinsos.6203", number);
        assertThat(view.get("eligible").asBoolean()).isFalse();
        assertThat(view.get("eligibilityReason").asText()).contains("sebelum awal masa perlindungan");
        assertThat(view.get("benefits")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where business_key = ? and template = 'klaim-ditolak'",
                Long.class, number)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void tasklistStartFormPathRegistersTheClaimThroughEngineRest() {
        Member m = member(37);
        JsonNode startForm = as("bpjs.6203").getForObject(url("/engine-rest/process-definition/key/claim-payout/startForm"),
                JsonNode.class);
        assertThat(startForm.get("key").asText()).isEqualTo("embedded:/forms/claim-start.html");
        ResponseEntity<String> html = anonymous().getForEntity(url("/forms/claim-start.html"), String.class);
        assertThat(html.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(html.getBody()).contains("cam-variable-name=\"membershipNumber\"").contains("camForm.on('submit'");

        String heirsJson = "[{\"name\":\"Wati\",\"nik\":\"6203014101900005\",\"relation\":\"SPOUSE\","
                + "\"birthDate\":\"1990-01-01\",\"bankName\":\"BRI\",\"bankAccount\":\"001201000355555\",\"email\":\"\"}]";
        Map<String, Object> vars = new HashMap<>();
        vars.put("regencyCode", Map.of("value", "6203"));
        vars.put("membershipNumber", Map.of("value", m.membershipNumber()));
        vars.put("type", Map.of("value", "JKM"));
        vars.put("eventDate", Map.of("value", TODAY.minusDays(1).toString()));
        vars.put("declaredMonthlyIncome", Map.of("value", ""));
        vars.put("heirs", Map.of("type", "Json", "value", heirsJson.replace("6203014101900005", "6203019901900005")));
        ResponseEntity<String> bad = as("bpjs.6203").postForEntity(
                url("/engine-rest/process-definition/key/claim-payout/start"), Map.of("variables", vars), String.class);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody()).contains("heirs[0].nik");
        assertThat(jdbc.queryForObject("select count(*) from claim where membership_number = ?", Long.class,
                m.membershipNumber())).isZero();

        vars.put("heirs", Map.of("type", "Json", "value", heirsJson));
        ResponseEntity<JsonNode> started = as("bpjs.6203").postForEntity(
                url("/engine-rest/process-definition/key/claim-payout/start"), Map.of("variables", vars), JsonNode.class);
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        String number = started.getBody().get("businessKey").asText();
        assertThat(number).matches("KLM-6203-" + TODAY.getYear() + "-\\d{4}");
        assertThat(started.getBody().get("tenantId").asText()).isEqualTo("6203");
        awaitTask("bpjs.6203", number, ClaimProcessKeys.TASK_CHECK_DOCUMENTS);
        JsonNode view = getClaim("bpjs.6203", number);
        assertThat(view.get("membershipNumber").asText()).isEqualTo(m.membershipNumber());
        assertThat(view.get("heirs").get(0).get("name").asText()).isEqualTo("Wati");
    }
}
