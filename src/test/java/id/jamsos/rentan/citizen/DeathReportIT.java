package id.jamsos.rentan.citizen;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.claim.Claim;
import id.jamsos.rentan.claim.ClaimRepository;
import id.jamsos.rentan.claim.ClaimType;
import id.jamsos.rentan.claim.Relation;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.enrollment.MemberStatus;
import id.jamsos.rentan.premium.PremiumInvoice;
import id.jamsos.rentan.premium.PremiumService;
import id.jamsos.rentan.support.IntegrationTest;
import id.jamsos.rentan.verification.CandidateRepository;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.jamsos.rentan.citizen.CitizenTestData.BIRTH;
import static id.jamsos.rentan.citizen.CitizenTestData.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * death-report on PostgreSQL through POST /api/death-reports: a member's death ends the membership (DIED, from the
 * day after), corrects the unpaid invoice of the following month, gives the BPJS officer the claim task, which files
 * the claim with the heirs over engine-rest (claim-payout runs, the heir sees it on /status), refuses a bad heir with
 * the claim's field message and links a claim filed earlier; a second report is 409 and changes nothing; a non-member
 * is recorded; a caller of the wrong role or village is refused.
 */
class DeathReportIT extends IntegrationTest {
    static final String PKS = "PKS-6203-2026";

    @Autowired
    MemberRepository members;
    @Autowired
    CandidateRepository candidates;
    @Autowired
    ClaimRepository claims;
    @Autowired
    PremiumService premiums;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeathReportRepository reports;

    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    ResponseEntity<JsonNode> report(String user, Map<String, Object> body) {
        return as(user).postForEntity(url("/api/death-reports"), body, JsonNode.class);
    }

    static Map<String, Object> body(String nik, String membershipNumber, LocalDate date) {
        Map<String, Object> b = new HashMap<>();
        b.put("nik", nik);
        b.put("membershipNumber", membershipNumber);
        b.put("dateOfDeath", date.toString());
        b.put("place", "Rumah, Desa Uji");
        b.put("reportedBy", "Ketua RT 03");
        b.put("deathCertificateNumber", "6203-KM-0001");
        return b;
    }

    @Test
    void aMembersDeathEndsCoverageCorrectsTheInvoiceAndOpensTheClaimOnce() throws Exception {
        Member m = CitizenTestData.member(members, candidates, PKS);
        LocalDate death = TODAY.withDayOfMonth(1).minusDays(5);
        LocalDate month = death.withDayOfMonth(1).plusMonths(1);
        PremiumInvoice invoice = premiums.issue(PKS, month).orElseThrow();
        jdbc.update("insert into premium_invoice_member (invoice_number, membership_number) select ?, ? where not exists "
                + "(select 1 from premium_invoice_member where invoice_number = ? and membership_number = ?)",
                invoice.invoiceNumber(), m.membershipNumber(), invoice.invoiceNumber(), m.membershipNumber());
        boolean unpaid = PremiumInvoice.UNPAID.equals(invoice.status());

        ResponseEntity<JsonNode> r = report("lurah.6203011001", body(null, m.membershipNumber(), death));
        assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(201);
        String number = r.getBody().get("reportNumber").asText();
        assertThat(number).matches("KMT-6203-" + TODAY.getYear() + "-\\d{5}");
        assertThat(r.getBody().get("outcome").asText()).isEqualTo("MEMBER_ENDED");

        Member ended = members.find(m.membershipNumber()).orElseThrow();
        assertThat(ended.status()).isEqualTo(MemberStatus.ENDED);
        assertThat(ended.coverageEnd()).isEqualTo(death);
        assertThat(members.statusReason(m.membershipNumber())).contains("DIED");
        assertThat(members.history(m.membershipNumber()).orElseThrow().statusOn(death.plusDays(1)).reason()).isEqualTo("DIED");
        assertThat(members.history(m.membershipNumber()).orElseThrow().statusOn(death).status()).isEqualTo(MemberStatus.ACTIVE);
        if (unpaid) {
            assertThat(jdbc.queryForObject("select count(*) from premium_invoice_member where invoice_number = ? and "
                    + "membership_number = ?", Integer.class, invoice.invoiceNumber(), m.membershipNumber())).isZero();
            PremiumInvoice corrected = premiums.get(invoice.invoiceNumber());
            int rows = jdbc.queryForObject("select count(*) from premium_invoice_member where invoice_number = ?",
                    Integer.class, invoice.invoiceNumber());
            assertThat(corrected.memberCount()).isEqualTo(rows);
            assertThat(corrected.amount()).isEqualTo(rows * corrected.premiumPerMonth());
            assertThat(r.getBody().get("correctedInvoices").toString()).contains(invoice.invoiceNumber());
        }

        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(DeathReportProcessKeys.TASK_OPEN_CLAIM);
        assertThat(tasks.getIdentityLinksForTask(task.getId())).anyMatch(l -> "bpjs-6203".equals(l.getGroupId()));
        assertThat(task.getDueDate()).isNotNull();
        assertThat(tasks.getVariable(task.getId(), "membershipNumber")).isEqualTo(m.membershipNumber());
        assertThat(tasks.getVariable(task.getId(), "dateOfDeath")).isEqualTo(death.toString());

        // A second report of the same death (by NIK this time, by Dinsos): 409, nothing changes.
        ResponseEntity<JsonNode> again = report("dinsos.6203", body(m.nik(), null, death.minusDays(1)));
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody().get("detail").asText()).contains(number);
        assertThat(jdbc.queryForObject("select count(*) from citizen_death_report where nik = ?", Integer.class, m.nik())).isEqualTo(1);
        assertThat(members.find(m.membershipNumber()).orElseThrow().coverageEnd()).isEqualTo(death);
        assertThat(tasks.createTaskQuery().processVariableValueEquals("membershipNumber", m.membershipNumber()).count()).isEqualTo(1);

        // The BPJS officer completes the task over engine-rest with the heir: the claim is filed from the task.
        assertThat(tasks.getVariable(task.getId(), "memberName")).isEqualTo(m.name());
        String heirNik = CitizenTestData.freshNik(members, candidates);
        ResponseEntity<String> done = complete("bpjs.6203", task.getId(), Map.of("approved", true, "claimType", "JKM",
                "heirs", List.of(heir("Istri Uji", heirNik, "1981-02-03"))));
        assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(204);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getEndActivityId())
                .isEqualTo("EndEvent_ClaimFiled");
        String claim = claims.claimNumberOfMember(m.membershipNumber()).orElseThrow();
        assertThat(claim).matches("KLM-6203-" + TODAY.getYear() + "-\\d{4}");
        assertThat(reports.find(number).orElseThrow().claimNumber()).isEqualTo(claim);
        Claim filed = claims.find(claim).orElseThrow();
        assertThat(filed.type()).isEqualTo(ClaimType.JKM);
        assertThat(filed.eventDate()).isEqualTo(death);
        assertThat(filed.deathCertificateNumber()).isEqualTo("6203-KM-0001");
        assertThat(claims.heirs(claim)).singleElement().satisfies(h -> {
            assertThat(h.nik()).isEqualTo(heirNik);
            assertThat(h.relation()).isEqualTo(Relation.SPOUSE);
            assertThat(h.bankAccount()).isEqualTo("1234567890");
        });
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("claim-payout")
                .processInstanceBusinessKey(claim).count()).as("claim-payout runs as for POST /api/claims").isEqualTo(1);
        jdbc.update("delete from citizen_status_lookup where client_address in ('127.0.0.1', '0:0:0:0:0:0:0:1')");
        JsonNode heir = anonymous().postForObject(url("/api/public/status"),
                Map.of("nik", heirNik, "birthDate", "1981-02-03"), JsonNode.class);
        assertThat(heir.at("/claims/0/claimNumber").asText()).isEqualTo(claim);
        JsonNode self = anonymous().postForObject(url("/api/public/status"),
                Map.of("nik", m.nik(), "birthDate", BIRTH.toString()), JsonNode.class);
        assertThat(self.at("/membership/status").asText()).isEqualTo("ENDED");
        assertThat(self.at("/membership/reason").asText()).isEqualTo("Meninggal dunia");
    }

    /** A bad heir NIK on the task: 400 naming heirs[0].nik, the task stays, no claim and no link are written. */
    @Test
    void aBadHeirOnTheTaskIsRefusedWithTheClaimsFieldMessageAndWritesNothing() {
        Member m = CitizenTestData.member(members, candidates, null);
        String number = reportDeath(m);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
        ResponseEntity<String> bad = complete("bpjs.6203", task.getId(), Map.of("approved", true, "claimType", "JKM",
                "heirs", List.of(heir("Istri Uji", "12345", "1981-02-03"))));
        assertThat(bad.getStatusCode().value()).as(bad.getBody()).isEqualTo(400);
        assertThat(bad.getBody()).contains("heirs[0].nik");
        assertThat(claims.claimNumberOfMember(m.membershipNumber())).isEmpty();
        assertThat(reports.find(number).orElseThrow().claimNumber()).isNull();
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        // An input the task does not declare is refused by the boundary; closing without a claim needs a reason.
        assertThat(complete("bpjs.6203", task.getId(), Map.of("approved", true, "membershipNumber", "62030000001"))
                .getStatusCode().value()).isEqualTo(400);
        assertThat(complete("bpjs.6203", task.getId(), Map.of("approved", false)).getStatusCode().value()).isEqualTo(400);
        ResponseEntity<String> closed = complete("bpjs.6203", task.getId(), Map.of("approved", false,
                "note", "Tidak ada ahli waris yang dapat dihubungi"));
        assertThat(closed.getStatusCode().value()).as(closed.getBody()).isEqualTo(204);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getEndActivityId())
                .isEqualTo("EndEvent_NoClaim");
        assertThat(claims.claimNumberOfMember(m.membershipNumber())).isEmpty();
    }

    /** A claim filed through /api/claims before the task is linked by the task, never filed twice. */
    @Test
    void aClaimFiledEarlierThroughTheApiIsLinkedNotDoubled() {
        Member m = CitizenTestData.member(members, candidates, null);
        LocalDate death = TODAY.minusDays(2);
        String number = reportDeath(m, death);
        String heirNik = CitizenTestData.freshNik(members, candidates);
        Map<String, Object> claimBody = new HashMap<>();
        claimBody.put("membershipNumber", m.membershipNumber());
        claimBody.put("type", "JKM");
        claimBody.put("eventDate", death.toString());
        claimBody.put("heirs", List.of(heir("Anak Uji", heirNik, "2001-04-05")));
        ResponseEntity<JsonNode> filed = as("bpjs.6203").postForEntity(url("/api/claims"), claimBody, JsonNode.class);
        assertThat(filed.getStatusCode().value()).as(String.valueOf(filed.getBody())).isEqualTo(201);
        String earlier = claims.claimNumberOfMember(m.membershipNumber()).orElseThrow();

        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
        ResponseEntity<String> done = complete("bpjs.6203", task.getId(), Map.of("approved", true, "claimType", "JKM",
                "heirs", List.of(heir("Istri Lain", CitizenTestData.freshNik(members, candidates), "1980-01-01"))));
        assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select count(*) from claim where membership_number = ?", Integer.class,
                m.membershipNumber())).isEqualTo(1);
        assertThat(reports.find(number).orElseThrow().claimNumber()).isEqualTo(earlier);
        assertThat(claims.heirs(earlier)).extracting(h -> h.nik()).containsExactly(heirNik);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .variableName("claimNumber").singleResult().getValue()).isEqualTo(earlier);
    }

    String reportDeath(Member m) {
        return reportDeath(m, TODAY.minusDays(1));
    }

    String reportDeath(Member m, LocalDate death) {
        ResponseEntity<JsonNode> r = report("dinsos.6203", body(m.nik(), null, death));
        assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(201);
        return r.getBody().get("reportNumber").asText();
    }

    static Map<String, Object> heir(String name, String nik, String birthDate) {
        Map<String, Object> h = new HashMap<>();
        h.put("name", name);
        h.put("nik", nik);
        h.put("relation", "SPOUSE");
        h.put("birthDate", birthDate);
        h.put("bankName", "BRI");
        h.put("bankAccount", "1234567890");
        h.put("email", "");
        return h;
    }

    /** POST /engine-rest/task/{id}/complete as the given user; lists are sent as Json variables as Tasklist does. */
    ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables) {
        Map<String, Object> vars = new HashMap<>();
        variables.forEach((k, v) -> {
            try {
                vars.put(k, v instanceof List<?> ? Map.of("type", "Json", "value", JSON.writeValueAsString(v))
                        : Map.of("value", v));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
        return as(user).postForEntity(url("/engine-rest/task/" + taskId + "/complete"), Map.of("variables", vars),
                String.class);
    }

    @Test
    void aNonMemberIsRecordedAndAnsweredClearly() {
        String nik = CitizenTestData.freshNik(members, candidates);
        ResponseEntity<JsonNode> r = report("dinsos.6203", body(nik, null, TODAY.minusDays(2)));
        assertThat(r.getStatusCode().value()).isEqualTo(201);
        assertThat(r.getBody().get("outcome").asText()).isEqualTo("NOT_MEMBER");
        assertThat(r.getBody().get("message").asText()).contains("bukan peserta");
        String number = r.getBody().get("reportNumber").asText();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getEndActivityId())
                .isEqualTo("EndEvent_NotMemberRecorded");
        assertThat(report("dinsos.6203", body(nik, null, TODAY.minusDays(2))).getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void badInputWrongRoleAndWrongVillageAreRefusedAndRecordNothing() {
        Member m = CitizenTestData.member(members, candidates, null);
        ResponseEntity<JsonNode> bad = report("lurah.6203011001", Map.of("dateOfDeath", TODAY.plusDays(1).toString()));
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody().toString()).contains("\"field\":\"nik\"").contains("\"field\":\"dateOfDeath\"")
                .contains("\"field\":\"place\"").contains("\"field\":\"reportedBy\"");
        assertThat(report("bpjs.6203", body(m.nik(), null, TODAY.minusDays(1))).getStatusCode().value()).isEqualTo(403);
        assertThat(report("dinsos.6208", body(m.nik(), null, TODAY.minusDays(1))).getStatusCode().value()).isEqualTo(403);
        List<String> otherLurahs = jdbc.queryForList("select id_ from act_id_user where id_ like 'lurah.6203%' and id_ <> "
                + "'lurah.6203011001' order by id_", String.class);
        if (!otherLurahs.isEmpty()) {
            assertThat(report(otherLurahs.get(0), body(m.nik(), null, TODAY.minusDays(1))).getStatusCode().value()).isEqualTo(403);
        }
        assertThat(jdbc.queryForObject("select count(*) from citizen_death_report where nik = ?", Integer.class, m.nik())).isZero();
        assertThat(members.find(m.membershipNumber()).orElseThrow().status()).isEqualTo(MemberStatus.ACTIVE);
    }

    /**
     * Invoices already issued for months after the death, in both states and independent of other tests: an UNPAID
     * one loses the member (count and amount recomputed), a PAID one keeps its history and gets a credit of one
     * month's premium for the member, shown as {@code creditAmount}; a replayed step credits nothing twice.
     */
    @Test
    void issuedInvoicesOfLaterMonthsAreCorrectedWhetherPaidOrNot() {
        Member m = CitizenTestData.member(members, candidates, PKS);
        Member other = CitizenTestData.member(members, candidates, PKS);
        // Months no other test bills: far after the PKS, unique per run.
        int year = 2090 + CitizenTestData.next() % 9;
        LocalDate paidMonth = LocalDate.of(year, 1 + CitizenTestData.next() % 6, 1);
        LocalDate unpaidMonth = paidMonth.plusMonths(6);
        String paid = "IUR-UJI-" + paidMonth;
        String unpaid = "IUR-UJI-" + unpaidMonth;
        for (String[] inv : new String[][]{{paid, paidMonth.toString(), "PAID"}, {unpaid, unpaidMonth.toString(), "UNPAID"}}) {
            jdbc.update("delete from premium_invoice_credit where invoice_number = ?", inv[0]);
            jdbc.update("delete from premium_invoice_member where invoice_number = ?", inv[0]);
            jdbc.update("delete from premium_invoice where pks_number = ? and period_month = ?", PKS, LocalDate.parse(inv[1]));
            jdbc.update("""
                    insert into premium_invoice (invoice_number, pks_number, regency_code, period_month, member_count,
                      premium_per_month, amount, due_date, status, paid_on, created_at, updated_at)
                    values (?, ?, '6203', ?, 2, 16800, 33600, ?, ?, ?, current_timestamp, current_timestamp)""",
                    inv[0], PKS, LocalDate.parse(inv[1]), LocalDate.parse(inv[1]).plusDays(9), inv[2],
                    "PAID".equals(inv[2]) ? LocalDate.parse(inv[1]).plusDays(3) : null);
            for (Member x : List.of(m, other)) {
                jdbc.update("insert into premium_invoice_member (invoice_number, membership_number) values (?, ?)",
                        inv[0], x.membershipNumber());
            }
        }
        try {
            ResponseEntity<JsonNode> r = report("dinsos.6203", body(m.nik(), null, TODAY.minusDays(1)));
            assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(201);
            assertThat(r.getBody().get("correctedInvoices").toString()).contains(paid).contains(unpaid);

            PremiumInvoice u = premiums.get(unpaid);
            assertThat(u.memberCount()).isEqualTo(1);
            assertThat(u.amount()).isEqualTo(16_800);
            PremiumInvoice p = premiums.get(paid);
            assertThat(p.memberCount()).as("a paid invoice keeps its history").isEqualTo(2);
            assertThat(p.amount()).isEqualTo(33_600);
            assertThat(jdbc.queryForObject("select amount from premium_invoice_credit where invoice_number = ? and "
                    + "membership_number = ?", Long.class, paid, m.membershipNumber())).isEqualTo(16_800L);
            JsonNode list = as("dinsos.6203").getForObject(url("/api/premium-invoices?regencyCode=6203&year=" + year),
                    JsonNode.class);
            JsonNode paidView = null;
            for (JsonNode n : list) {
                if (n.get("invoiceNumber").asText().equals(paid)) {
                    paidView = n;
                }
            }
            assertThat(paidView).isNotNull();
            assertThat(paidView.get("creditAmount").asLong()).isEqualTo(16_800);
            // The step replayed: nothing credited or removed twice.
            assertThat(premiums.excludeAfterDeath(m.membershipNumber(), TODAY.minusDays(1))).isEmpty();
            assertThat(jdbc.queryForObject("select count(*) from premium_invoice_credit where invoice_number = ?",
                    Integer.class, paid)).isEqualTo(1);
        } finally {
            for (String n : List.of(paid, unpaid)) {
                jdbc.update("delete from premium_invoice_credit where invoice_number = ?", n);
                jdbc.update("delete from premium_invoice_member where invoice_number = ?", n);
                jdbc.update("delete from premium_invoice where invoice_number = ?", n);
            }
        }
    }
}
