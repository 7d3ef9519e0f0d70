package id.jamsos.rentan.pks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.enrollment.MemberStatus;
import id.jamsos.rentan.premium.PremiumService;
import id.jamsos.rentan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 end to end on PostgreSQL: several programs (payers) in one regency through {@code /api/agreements}, the
 * candidates of each program finalised within that program's quota, the same NIK refused in a second program, the
 * invoices per program, a period of duty ending its members' coverage, and the candidates deferred for want of
 * quota finalised by Dinsos once the program's next PKS is ACTIVE. Kubu Raya (6112) hosts the programs; the years
 * are far from the demo's and from NextPksBookingIT's (2040-2041) so no other test sees them.
 */
class SeveralPayersIT extends IntegrationTest {
    static final String REGENCY = "6112";
    static final long PREMIUM = 16_800;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AgreementRepository agreements;
    @Autowired
    PksService pks;
    @Autowired
    PremiumService premiums;
    @Autowired
    MemberRepository members;

    static Map<String, Object> agreement(int year, String payer, String payerName, String village, LocalDate start,
                                         LocalDate end, int quota) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("regencyCode", REGENCY);
        body.put("fiscalYear", year);
        body.put("quota", quota);
        body.put("budget", quota * PREMIUM * PksRules.months(start, end));
        body.put("startDate", start.toString());
        body.put("endDate", end.toString());
        if (payer != null) {
            body.put("payer", payer);
        } else {
            body.put("gapReason", "uji: tahun jauh dari PKS demo");
        }
        if (payerName != null) {
            body.put("payerName", payerName);
        }
        if (village != null) {
            body.put("villageCode", village);
        }
        return body;
    }

    @Test
    void programsPerPayerHaveTheirOwnKeysAndAreListedTogether() {
        int year = 2046;
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        LocalDate dec31 = LocalDate.of(year, 12, 31);
        ResponseEntity<JsonNode> dinsos = as("dinsos.6112").postForEntity(url("/api/agreements"),
                agreement(year, null, null, null, jan1, dec31, 10), JsonNode.class);
        assertThat(dinsos.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(dinsos.getBody().get("pksNumber").asText()).isEqualTo("PKS-6112-" + year);
        ResponseEntity<JsonNode> desa = as("dinsos.6112").postForEntity(url("/api/agreements"),
                agreement(year, "DESA_APBDES", null, "6112012001", jan1, dec31, 5), JsonNode.class);
        assertThat(desa.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(desa.getBody().get("pksNumber").asText()).isEqualTo("PKS-6112-" + year + "-DESA_APBDES-6112012001");
        // A period of duty (Pilkada officers, 01-09 to 31-12) next to the whole-year programs: no overlap conflict.
        ResponseEntity<JsonNode> opd = as("dinsos.6112").postForEntity(url("/api/agreements"),
                agreement(year, "OPD_APBD", "Kesbangpol", null, LocalDate.of(year, 9, 1), dec31, 50), JsonNode.class);
        assertThat(opd.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(opd.getBody().get("pksNumber").asText()).isEqualTo("PKS-6112-" + year + "-OPD_APBD");

        // The same program twice is a conflict; a bad payer or a missing office name is a 400 naming the field.
        assertThat(as("dinsos.6112").postForEntity(url("/api/agreements"),
                agreement(year, "OPD_APBD", "Kesbangpol", null, LocalDate.of(year, 9, 1), dec31, 50), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> bad = as("dinsos.6112").postForEntity(url("/api/agreements"),
                agreement(year, "BUPATI", null, null, jan1, dec31, 5), JsonNode.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().toString()).contains("payer").contains("DESA_APBDES");
        ResponseEntity<JsonNode> noName = as("dinsos.6112").postForEntity(url("/api/agreements"),
                agreement(year, "OPD_APBD", null, null, jan1, dec31, 5), JsonNode.class);
        assertThat(noName.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noName.getBody().toString()).contains("payerName");

        JsonNode list = as("supervisor.6112").getForObject(url("/api/agreements?regencyCode=6112&fiscalYear=" + year),
                JsonNode.class);
        List<String> numbers = new ArrayList<>();
        list.forEach(a -> numbers.add(a.get("pksNumber").asText()));
        assertThat(numbers).containsExactlyInAnyOrder("PKS-6112-" + year, "PKS-6112-" + year + "-DESA_APBDES-6112012001",
                "PKS-6112-" + year + "-OPD_APBD");
        JsonNode kesbangpol = as("dinsos.6112").getForObject(url("/api/agreements/PKS-6112-" + year + "-OPD_APBD"),
                JsonNode.class);
        assertThat(kesbangpol.get("payer").asText()).isEqualTo("OPD_APBD");
        assertThat(kesbangpol.get("payerName").asText()).isEqualTo("Kesbangpol");
        assertThat(kesbangpol.get("segment").asText()).isEqualTo("PEMERINTAH_APBD");
        assertThat(kesbangpol.get("renews").asBoolean()).isFalse();
        JsonNode village = as("dinsos.6112").getForObject(url("/api/agreements/PKS-6112-" + year + "-DESA_APBDES-6112012001"),
                JsonNode.class);
        assertThat(village.get("segment").asText()).isEqualTo("DESA_APBDES");
        assertThat(village.get("renews").asBoolean()).isTrue();
        assertThat(as("supervisor.6203").getForEntity(url("/api/agreements?regencyCode=6112"), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("dinsos.6112").getForEntity(url("/api/agreements?regencyCode=6112&fiscalYear=20x1"), JsonNode.class)
                .getBody().toString()).contains("fiscalYear");

        // The village's Kepala Desa signs for the payer: the instance carries the payer and its village.
        String pi = jdbc.queryForObject("select proc_inst_id_ from act_ru_execution where business_key_ = ? "
                + "and parent_id_ is null", String.class, "PKS-6112-" + year + "-DESA_APBDES-6112012001");
        assertThat(jdbc.queryForObject("select text_ from act_ru_variable where proc_inst_id_ = ? and name_ = 'payerVillageCode'",
                String.class, pi)).isEqualTo("6112012001");
    }

    @Test
    void eachProgramEnrollsWithinItsQuotaOneWorkerOnePayerAndDeferredCandidatesMoveOn() throws Exception {
        LocalDate today = clock.pinMidYear();
        int year = today.getYear();
        // The province co-funds two workers of Kubu Raya this year (ACTIVE), next to the regency's Dinsos program.
        String prov = "PKS-6112-" + year + "-PROVINSI_APBD";
        if (agreements.find(prov).isEmpty()) {
            agreements.insert(new Agreement(prov, REGENCY, year, 2, 2 * PREMIUM * 12, PREMIUM, LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31), PksStatus.ACTIVE, "PROVINSI_APBD", "PEMERINTAH_PROVINSI_APBD", null, null, null));
        }
        long batch = submit(prov, List.of(
                candidate("6112011205800211", "Rahmat Provinsi", "1980-05-12", "M"),
                candidate("6112015308850212", "Dewi Provinsi", "1985-08-13", "F"),
                candidate("6112012003790213", "Hendra Provinsi", "1979-03-20", "M")));
        List<Long> ids = new ArrayList<>();
        batch(batch).get("candidateIds").forEach(n -> ids.add(n.asLong()));
        assertThat(ids).hasSize(3);
        completeOnly("lurah.6112012001", batch, Map.of("approved", true));
        completeOnly("camat.611201", batch, Map.of("approved", true));

        // Dinsos: the province's quota (2) is the one checked, not the Dinsos program's 5,000.
        JsonNode fin = awaitTask("dinsos.6112", batch);
        assertThat(fin.get("description").asText()).contains(prov).contains("kuota 2");
        ResponseEntity<JsonNode> tooMany = complete("dinsos.6112", fin.get("id").asText(), Map.of("approved", true));
        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooMany.getBody().toString()).contains("deferredCandidateIds").contains("Kuota " + prov + " tersisa 2");
        long hendra = ids.get(2);
        assertThat(complete("dinsos.6112", fin.get("id").asText(), Map.of("approved", true,
                "deferredCandidateIds", List.of(hendra), "rejectionReasons", Map.of(String.valueOf(hendra), "kuota provinsi penuh")))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await(Duration.ofSeconds(60), "two enrolled on the province's PKS", () -> "ENROLLED".equals(status(ids.get(0)))
                && "ENROLLED".equals(status(ids.get(1))));
        assertThat(jdbc.queryForList("select pks_number from member where nik in ('6112011205800211','6112015308850212')",
                String.class)).containsOnly(prov);
        assertThat(jdbc.queryForObject("select segment from member where nik = '6112011205800211'", String.class))
                .isEqualTo("PEMERINTAH_PROVINSI_APBD");
        assertThat(status(hendra)).isEqualTo("AWAITING_FINAL");

        // The same worker proposed for the Dinsos program: refused, naming the program that already pays.
        long dinsosBatch = submit(null, List.of(candidate("6112011205800211", "Rahmat Provinsi", "1980-05-12", "M"),
                candidate("6112011506810214", "Budi Dinsos", "1981-06-15", "M")));
        JsonNode b = batch(dinsosBatch);
        assertThat(b.get("accepted").asInt()).isEqualTo(1);
        assertThat(b.get("errors")).hasSize(1);
        assertThat(b.get("errors").get(0).get("field").asText()).isEqualTo("nik");
        assertThat(b.get("errors").get(0).get("message").asText()).startsWith("NIK sudah dijamin oleh " + prov)
                .contains("Pemerintah provinsi");

        // Invoices per program and month: the province's invoice bills its own two members, addressed to it.
        LocalDate month = LocalDate.of(year, 8, 1);
        var invoice = premiums.issue(prov, month).orElseThrow();
        assertThat(invoice.invoiceNumber()).isEqualTo("IUR-6112-" + year + "-08-PROVINSI_APBD");
        assertThat(invoice.memberCount()).isEqualTo(2);
        assertThat(invoice.amount()).isEqualTo(2 * PREMIUM);
        JsonNode invoices = as("dinsos.6112").getForObject(url("/api/premium-invoices?regencyCode=6112&year=" + year),
                JsonNode.class);
        JsonNode ours = null;
        for (JsonNode i : invoices) {
            if (i.get("invoiceNumber").asText().equals(invoice.invoiceNumber())) {
                ours = i;
            }
        }
        assertThat(ours).isNotNull();
        assertThat(ours.get("payer").asText()).isEqualTo("PROVINSI_APBD");
        assertThat(ours.get("billedTo").asText()).isEqualTo("Pemerintah provinsi");
        // The coverage report splits the members by payer.
        JsonNode coverage = as("supervisor.6112").getForObject(url("/api/coverage/6112"), JsonNode.class);
        List<String> payers = new ArrayList<>();
        coverage.get("byPayer").forEach(p -> payers.add(p.get("pksNumber").asText() + "=" + p.get("members").asInt()));
        assertThat(payers).contains(prov + "=2");

        // Nobody left waiting: the province's next PKS becomes ACTIVE, Dinsos gets the deferred candidate to finalise.
        String next = "PKS-6112-" + (year + 1) + "-PROVINSI_APBD";
        agreements.insert(new Agreement(next, REGENCY, year + 1, 5, 5 * PREMIUM * 12, PREMIUM, LocalDate.of(year + 1, 1, 1),
                LocalDate.of(year + 1, 12, 31), PksStatus.SIGNED, "PROVINSI_APBD", "PEMERINTAH_PROVINSI_APBD", null, null, null));
        pks.activate(next, LocalDate.of(year + 1, 1, 1));
        JsonNode deferredTask = await("dinsos.6112", "TND-" + next);
        assertThat(deferredTask.get("taskDefinitionKey").asText()).isEqualTo("Task_FinalizeDeferred");
        assertThat(deferredTask.get("name").asText()).isEqualTo("Finalisasi 1 calon tertunda — " + next);
        assertThat(deferredTask.get("description").asText()).contains("kuota 5");
        // Another regency's Dinsos does not see it.
        assertThat(as("dinsos.6203").getForObject(url("/engine-rest/task?processInstanceBusinessKey=TND-" + next),
                JsonNode.class)).isEmpty();
        assertThat(complete("dinsos.6112", deferredTask.get("id").asText(), Map.of("approved", true)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        await(Duration.ofSeconds(60), "the deferred candidate enrolled on the next PKS", () -> "ENROLLED".equals(status(hendra)));
        assertThat(jdbc.queryForObject("select pks_number from member where nik = '6112012003790213'", String.class))
                .isEqualTo(next);
    }

    @Test
    void aPeriodOfDutyEndsItsMembersCoverageWithIt() {
        int year = 2047;
        LocalDate start = LocalDate.of(year, 9, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        ResponseEntity<JsonNode> r = as("dinsos.6112").postForEntity(url("/api/agreements"),
                agreement(year, "OPD_APBD", "Kesbangpol", null, start, end, 3), JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = r.getBody().get("pksNumber").asText();
        agreements.updateStatus(number, PksStatus.ACTIVE);
        members.insert(new Member("61129047001", "6112011010750221", "Petugas Adhoc", LocalDate.of(1975, 10, 10), "M",
                "PETUGAS_ADHOC", null, null, null, "6112012001", "611201", REGENCY, number, "PEMERINTAH_APBD",
                MemberStatus.ACTIVE, start, end, 4));
        // Even with a next PKS of the same payer signed, a period of duty does not carry its members over.
        PksService.Expiry e = pks.expire(number);
        assertThat(e.ended()).isEqualTo(1);
        assertThat(e.carriedOver()).isZero();
        JsonNode m = as("dinsos.6112").getForObject(url("/api/members/61129047001"), JsonNode.class);
        assertThat(m.get("status").asText()).isEqualTo("ENDED");
        assertThat(m.get("coverageEnd").asText()).isEqualTo(end.toString());
        assertThat(agreements.find(number).orElseThrow().renews()).isFalse();
    }

    // --- helpers

    static Map<String, Object> candidate(String nik, String name, String birthDate, String sex) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("nik", nik);
        c.put("name", name);
        c.put("birthDate", birthDate);
        c.put("sex", sex);
        c.put("villageCode", "6112012001");
        c.put("category", "PETANI");
        return c;
    }

    long submit(String pksNumber, List<Map<String, Object>> candidates) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("regencyCode", REGENCY);
        body.put("candidates", candidates);
        if (pksNumber != null) {
            body.put("pksNumber", pksNumber);
        }
        ResponseEntity<JsonNode> r = as("dinsos.6112").postForEntity(url("/api/candidates"), body, JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        long batchId = r.getBody().get("batchId").asLong();
        await(Duration.ofSeconds(60), "batch screened", () -> "DONE".equals(batch(batchId).get("status").asText()));
        return batchId;
    }

    JsonNode batch(long id) {
        return as("dinsos.6112").getForObject(url("/api/batches/" + id), JsonNode.class);
    }

    String status(long candidateId) {
        return as("dinsos.6112").getForObject(url("/api/candidates/" + candidateId), JsonNode.class).get("status").asText();
    }

    JsonNode awaitTask(String user, long batchId) {
        return await(user, "VER-6112-" + batchId);
    }

    JsonNode await(String user, String businessKey) {
        JsonNode[] found = new JsonNode[1];
        IntegrationTest.await(Duration.ofSeconds(60), "a task of " + businessKey + " for " + user, () -> {
            JsonNode tasks = as(user).getForObject(url("/engine-rest/task?processInstanceBusinessKey=" + businessKey), JsonNode.class);
            if (tasks != null && tasks.size() > 0) {
                found[0] = tasks.get(0);
                return true;
            }
            return false;
        });
        return found[0];
    }

    void completeOnly(String user, long batchId, Map<String, Object> variables) {
        JsonNode t = awaitTask(user, batchId);
        assertThat(complete(user, t.get("id").asText(), variables).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    ResponseEntity<JsonNode> complete(String user, String taskId, Map<String, Object> variables) {
        Map<String, Object> vars = new LinkedHashMap<>();
        variables.forEach((k, v) -> {
            if (v instanceof List || v instanceof Map) {
                try {
                    vars.put(k, Map.of("value", new ObjectMapper().writeValueAsString(v), "type", "Json"));
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
}
