package id.jamsos.rentan.citizen;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.claim.ClaimRepository;
import id.jamsos.rentan.claim.ClaimStatus;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.support.IntegrationTest;
import id.jamsos.rentan.verification.CandidateRepository;
import id.jamsos.rentan.verification.CandidateStatus;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import static id.jamsos.rentan.citizen.CitizenTestData.BIRTH;
import static id.jamsos.rentan.citizen.CitizenTestData.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * grievance on PostgreSQL over HTTP: a rejected candidate objects from /status (no login), a double submission gets the
 * first back, Dinas Sosial upholds it with a reason and the candidate is reopened for the village's Lurah through
 * verification; an official files a claim objection for an heir, an official of another regency is refused, the BPJS
 * officer refuses it and the heir is mailed; an unknown NIK and a wrong birth date answer alike and record nothing;
 * filings count against the lookup limits (429); bad fields are 400 naming them.
 */
class GrievanceIT extends IntegrationTest {
    @Autowired
    MemberRepository members;
    @Autowired
    CandidateRepository candidates;
    @Autowired
    ClaimRepository claims;
    @Autowired
    GrievanceService service;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void freshHourForLocalhost() {
        jdbc.update("delete from citizen_status_lookup where client_address in ('127.0.0.1', '0:0:0:0:0:0:0:1')");
    }

    static Map<String, Object> body(String nik, Object birthDate, String subject, String reference, String text,
                                    String contact) {
        Map<String, Object> b = new HashMap<>();
        b.put("nik", nik);
        b.put("birthDate", birthDate == null ? null : birthDate.toString());
        b.put("subject", subject);
        b.put("reference", reference);
        b.put("text", text);
        b.put("contact", contact);
        return b;
    }

    ResponseEntity<JsonNode> filePublic(Map<String, Object> body) {
        return anonymous().postForEntity(url("/api/public/grievances"), body, JsonNode.class);
    }

    ResponseEntity<JsonNode> complete(String user, String taskId, Map<String, Object> vars) {
        Map<String, Object> typed = new HashMap<>();
        vars.forEach((k, v) -> typed.put(k, Map.of("value", v)));
        return as(user).postForEntity(url("/engine-rest/task/" + taskId + "/complete"), Map.of("variables", typed),
                JsonNode.class);
    }

    int rows(String nik) {
        return jdbc.queryForObject("select count(*) from citizen_grievance where nik = ?", Integer.class, nik);
    }

    /** A rejected candidate whose NIK the DTSEN simulator registers in a low desil (serial not ending in 8). */
    CandidateRepository.Candidate rejectedCandidate() {
        while (true) {
            CandidateRepository.Candidate c = CitizenTestData.candidate(candidates, members, CandidateStatus.REJECTED,
                    "Bukan pekerja informal");
            if (!c.nik().endsWith("8")) {
                return c;
            }
        }
    }

    @Test
    void aRejectedCandidateObjectsDinsosUpholdsItAndTheVillageVerifiesAgain() {
        CandidateRepository.Candidate c = rejectedCandidate();
        String mail = "warga." + c.nik() + "@contoh.test";
        Map<String, Object> b = body(c.nik(), BIRTH, "CANDIDATE_REJECTED", null,
                "Saya buruh tani harian, bukan pegawai tetap.", mail);

        ResponseEntity<JsonNode> r = filePublic(b);
        assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(201);
        assertThat(r.getHeaders().getCacheControl()).isEqualTo("no-store");
        String number = r.getBody().get("grievanceNumber").asText();
        assertThat(number).matches("SGH-6203-" + TODAY.getYear() + "-\\d{5}");
        LocalDate due = service.dueDay(LocalDate.now(clock));
        assertThat(r.getBody().get("dueDate").asText()).isEqualTo(due.toString());

        // Clicked twice: the first grievance comes back, nothing new.
        ResponseEntity<JsonNode> twice = filePublic(b);
        assertThat(twice.getStatusCode().value()).isEqualTo(200);
        assertThat(twice.getBody().get("grievanceNumber").asText()).isEqualTo(number);
        assertThat(twice.getBody().get("duplicate").asBoolean()).isTrue();
        assertThat(rows(c.nik())).isEqualTo(1);

        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(GrievanceProcessKeys.TASK_DECIDE_DINSOS);
        assertThat(task.getTenantId()).isEqualTo("6203");
        assertThat(tasks.getIdentityLinksForTask(task.getId())).anyMatch(l -> "dinsos-6203".equals(l.getGroupId()));
        assertThat(task.getDueDate()).isEqualTo(Date.from(due.atTime(LocalTime.of(16, 0)).atZone(Formats.WIB).toInstant()));
        assertThat(tasks.getVariable(task.getId(), GrievanceProcessKeys.VAR_FACTS).toString())
                .contains("Bukan pekerja informal").doesNotContain(c.nik());

        // The reason is required, also when upholding; another regency's Dinsos cannot complete it.
        assertThat(complete("dinsos.6203", task.getId(), Map.of("approved", true)).getStatusCode().value()).isEqualTo(400);
        assertThat(complete("dinsos.6208", task.getId(), Map.of("approved", true, "note", "x")).getStatusCode().value())
                .isGreaterThanOrEqualTo(400).isLessThan(500);
        ResponseEntity<JsonNode> done = complete("dinsos.6203", task.getId(),
                Map.of("approved", true, "note", "Survei ulang: buruh tani harian"));
        assertThat(done.getStatusCode().value()).as(String.valueOf(done.getBody())).isEqualTo(204);

        Grievance g = service.get(number);
        assertThat(g.status()).isEqualTo(Grievance.ACCEPTED);
        assertThat(g.outcomeNote()).isEqualTo("Survei ulang: buruh tani harian");
        assertThat(g.decidedBy()).isEqualTo("dinsos.6203");
        assertThat(g.reopenedBatchId()).isNotNull();
        assertThat(candidates.decisions(c.id())).anyMatch(d -> d.stage().equals("SANGGAHAN")
                && d.decision().equals("REOPENED") && d.reason().contains(number));
        // The next verification round of the village: screening, then the Lurah's list with the person.
        String ver = "VER-6203-" + g.reopenedBatchId();
        await(Duration.ofSeconds(30), "the Lurah's village task of the reopened candidate", () ->
                tasks.createTaskQuery().processInstanceBusinessKey(ver).taskDefinitionKey("Task_VerifyVillageList")
                        .taskCandidateGroup("lurah-6203011001").count() == 1);
        assertThat(candidates.latestByNik(c.nik()).orElseThrow().status()).isEqualTo(CandidateStatus.AWAITING_VILLAGE);
        assertThat(candidates.find(c.id()).orElseThrow().status()).isEqualTo(CandidateStatus.REJECTED);

        await(Duration.ofSeconds(10), "the outcome mail", () -> jdbc.queryForObject("select count(*) from outbox_message "
                + "where recipient = ? and template = 'sanggahan-keputusan'", Integer.class, mail) == 1);
        assertThat(jdbc.queryForObject("select subject from outbox_message where recipient = ? and template = "
                + "'sanggahan-keputusan'", String.class, mail)).contains(number).contains("Diterima");

        JsonNode status = anonymous().postForObject(url("/api/public/status"),
                Map.of("nik", c.nik(), "birthDate", BIRTH.toString()), JsonNode.class);
        assertThat(status.at("/grievances/0/grievanceNumber").asText()).isEqualTo(number);
        assertThat(status.at("/grievances/0/statusText").asText()).isEqualTo("Diterima");
        assertThat(status.at("/grievances/0/outcomeReason").asText()).isEqualTo("Survei ulang: buruh tani harian");
        assertThat(status.at("/candidate/status").asText()).isEqualTo("AWAITING_VILLAGE");
    }

    @Test
    void anOfficialFilesAClaimObjectionForAnHeirTheBpjsOfficerRefusesItAndTheHeirIsMailed() {
        Member m = CitizenTestData.member(members, candidates, null);
        String heirNik = CitizenTestData.freshNik(members, candidates);
        LocalDate heirBirth = LocalDate.of(1984, 5, 6);
        String claim = CitizenTestData.claim(claims, m, heirNik, heirBirth, ClaimStatus.REJECTED);
        String mail = "ahli.waris." + heirNik + "@contoh.test";
        Map<String, Object> b = body(heirNik, heirBirth, "CLAIM", claim, "Masa iur suami saya cukup.", mail);

        ResponseEntity<JsonNode> other = as("dinsos.6208").postForEntity(url("/api/grievances"), b, JsonNode.class);
        assertThat(other.getStatusCode().value()).isEqualTo(403);
        assertThat(other.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(rows(heirNik)).isZero();
        ResponseEntity<JsonNode> village = as("lurah.6203011002").postForEntity(url("/api/grievances"), b, JsonNode.class);
        assertThat(village.getStatusCode().value()).isEqualTo(403);
        assertThat(rows(heirNik)).isZero();

        ResponseEntity<JsonNode> r = as("dinsos.6203").postForEntity(url("/api/grievances"), b, JsonNode.class);
        assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(201);
        String number = r.getBody().get("grievanceNumber").asText();
        assertThat(r.getBody().get("decider").asText()).isEqualTo("BPJS");
        JsonNode view = as("bpjs.6203").getForObject(url("/api/grievances/" + number), JsonNode.class);
        assertThat(view.get("reference").asText()).isEqualTo(claim);
        assertThat(view.get("nikMasked").asText()).doesNotContain(heirNik);
        assertThat(as("bpjs.6208").getForEntity(url("/api/grievances/" + number), JsonNode.class).getStatusCode().value())
                .isEqualTo(403);

        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(GrievanceProcessKeys.TASK_DECIDE_BPJS);
        assertThat(tasks.getIdentityLinksForTask(task.getId())).anyMatch(l -> "bpjs-6203".equals(l.getGroupId()));
        assertThat(complete("bpjs.6203", task.getId(), Map.of("approved", false,
                "note", "Masa iur kurang dari 3 bulan pada tanggal kejadian")).getStatusCode().value()).isEqualTo(204);
        assertThat(service.get(number).status()).isEqualTo(Grievance.REJECTED);
        await(Duration.ofSeconds(10), "the outcome mail", () -> jdbc.queryForObject("select count(*) from outbox_message "
                + "where recipient = ? and template = 'sanggahan-keputusan'", Integer.class, mail) == 1);
        assertThat(jdbc.queryForObject("select body from outbox_message where recipient = ? and template = "
                + "'sanggahan-keputusan'", String.class, mail)).contains("Ditolak").contains("Masa iur kurang");

        JsonNode status = anonymous().postForObject(url("/api/public/status"),
                Map.of("nik", heirNik, "birthDate", heirBirth.toString()), JsonNode.class);
        assertThat(status.at("/grievances/0/statusText").asText()).isEqualTo("Ditolak");
        assertThat(status.at("/grievances/0/outcomeReason").asText()).contains("Masa iur kurang");
    }

    @Test
    void unknownNikAndWrongBirthDateAnswerAlikeAndRecordNothing() {
        Member m = CitizenTestData.member(members, candidates, null);
        String unknown = CitizenTestData.freshNik(members, candidates);
        ResponseEntity<JsonNode> wrongBirth = filePublic(body(m.nik(), BIRTH.minusDays(1), "OTHER", null, "Tolong cek", null));
        ResponseEntity<JsonNode> noSuchNik = filePublic(body(unknown, BIRTH, "OTHER", null, "Tolong cek", null));
        assertThat(wrongBirth.getStatusCode().value()).isEqualTo(200);
        assertThat(noSuchNik.getStatusCode().value()).isEqualTo(200);
        assertThat(wrongBirth.getBody()).isEqualTo(noSuchNik.getBody());
        assertThat(wrongBirth.getBody().get("found").asBoolean()).isFalse();
        assertThat(rows(m.nik()) + rows(unknown)).isZero();

        // Officials: one 400 naming nik and birthDate for both.
        ResponseEntity<JsonNode> a = as("dinsos.6203").postForEntity(url("/api/grievances"),
                body(m.nik(), BIRTH.minusDays(1), "OTHER", null, "Tolong cek", null), JsonNode.class);
        ResponseEntity<JsonNode> c = as("dinsos.6203").postForEntity(url("/api/grievances"),
                body(unknown, BIRTH, "OTHER", null, "Tolong cek", null), JsonNode.class);
        assertThat(a.getStatusCode().value()).isEqualTo(400);
        assertThat(a.getBody().get("errors")).isEqualTo(c.getBody().get("errors"));
        assertThat(rows(m.nik()) + rows(unknown)).isZero();
    }

    @Test
    void filingsCountAgainstTheLookupLimits() {
        Member m = CitizenTestData.member(members, candidates, null);
        for (int i = 0; i < 10; i++) {
            ResponseEntity<JsonNode> r = filePublic(body(m.nik(), BIRTH, "MEMBERSHIP", null, "Sanggahan ke-" + i, null));
            assertThat(r.getStatusCode().value()).isEqualTo(201);
        }
        ResponseEntity<JsonNode> limited = filePublic(body(m.nik(), BIRTH, "MEMBERSHIP", null, "Sekali lagi", null));
        assertThat(limited.getStatusCode().value()).isEqualTo(429);
        assertThat(limited.getHeaders().getFirst("Retry-After")).isEqualTo("3600");
        assertThat(limited.getBody().get("detail").asText()).contains("Terlalu banyak permintaan");
        assertThat(rows(m.nik())).isEqualTo(10);
        ResponseEntity<JsonNode> lookup = anonymous().postForEntity(url("/api/public/status"),
                Map.of("nik", m.nik(), "birthDate", BIRTH.toString()), JsonNode.class);
        assertThat(lookup.getStatusCode().value()).isEqualTo(429);
    }

    @Test
    void badFieldsAre400NamingThemAndSubjectsMustFitThePerson() {
        Member m = CitizenTestData.member(members, candidates, null);
        ResponseEntity<JsonNode> bad = filePublic(body("123", "17-07-1979", "KELUHAN", null, " ", "bukan kontak"));
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody().get("errors").findValuesAsText("field"))
                .contains("nik", "birthDate", "subject", "text", "contact");
        ResponseEntity<JsonNode> noRejection = filePublic(body(m.nik(), BIRTH, "CANDIDATE_REJECTED", null, "Saya ditolak", null));
        assertThat(noRejection.getStatusCode().value()).isEqualTo(400);
        assertThat(noRejection.getBody().get("errors").findValuesAsText("field")).containsExactly("subject");
        ResponseEntity<JsonNode> noClaim = as("dinsos.6203").postForEntity(url("/api/grievances"),
                body(m.nik(), BIRTH, "CLAIM", "KLM-6203-2026-99999", "Klaim saya", null), JsonNode.class);
        assertThat(noClaim.getStatusCode().value()).isEqualTo(400);
        assertThat(rows(m.nik())).isZero();
        assertThat(anonymous().postForEntity(url("/api/grievances"), body(m.nik(), BIRTH, "OTHER", null, "x", null),
                JsonNode.class).getStatusCode().value()).isEqualTo(401);
    }
}
