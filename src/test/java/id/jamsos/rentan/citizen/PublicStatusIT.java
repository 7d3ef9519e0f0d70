package id.jamsos.rentan.citizen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jamsos.rentan.claim.ClaimRepository;
import id.jamsos.rentan.claim.ClaimStatus;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.support.IntegrationTest;
import id.jamsos.rentan.verification.CandidateRepository;
import id.jamsos.rentan.verification.CandidateStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static id.jamsos.rentan.citizen.CitizenTestData.BIRTH;
import static id.jamsos.rentan.citizen.CitizenTestData.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public status lookup on PostgreSQL over HTTP without credentials: what a member, an heir and a rejected
 * candidate see, the identical answer for unknown NIK and wrong birth date, the hourly limits (429), the log
 * with masked NIK, and no caching.
 */
class PublicStatusIT extends IntegrationTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MemberRepository members;
    @Autowired
    CandidateRepository candidates;
    @Autowired
    ClaimRepository claims;
    @Autowired
    StatusLookupRepository lookups;
    @Autowired
    PublicStatusService service;
    @Autowired
    JdbcTemplate jdbc;

    /** Each test starts a fresh hour for this machine's address (all tests call from localhost). */
    @BeforeEach
    void freshHourForLocalhost() {
        jdbc.update("delete from citizen_status_lookup where client_address in ('127.0.0.1', '0:0:0:0:0:0:0:1')");
    }

    ResponseEntity<String> lookup(String nik, Object birthDate) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return anonymous().postForEntity(url("/api/public/status"),
                new HttpEntity<>(Map.of("nik", nik, "birthDate", String.valueOf(birthDate)), h), String.class);
    }

    static JsonNode json(ResponseEntity<String> r) throws Exception {
        return JSON.readTree(r.getBody());
    }

    @Test
    void memberSeesMembershipAndOwnClaimAndHeirSeesTheClaim() throws Exception {
        Member m = CitizenTestData.member(members, candidates, null);
        String heirNik = CitizenTestData.freshNik(members, candidates);
        LocalDate heirBirth = LocalDate.of(1982, 3, 4);
        String number = CitizenTestData.claim(claims, m, heirNik, heirBirth, ClaimStatus.CHECKING_DOCUMENTS);
        claims.markComplete(number, TODAY.plusDays(4));

        ResponseEntity<String> r = lookup(m.nik(), BIRTH);
        assertThat(r.getStatusCode().value()).isEqualTo(200);
        assertThat(r.getHeaders().getCacheControl()).isEqualTo("no-store");
        JsonNode body = json(r);
        assertThat(body.get("found").asBoolean()).isTrue();
        assertThat(body.get("nikMasked").asText()).isEqualTo(Formats.maskNik(m.nik())).doesNotContain(m.nik());
        assertThat(body.at("/membership/status").asText()).isEqualTo("ACTIVE");
        assertThat(body.at("/membership/coverageStart").asText()).isEqualTo(m.coverageStart().toString());
        assertThat(body.at("/membership/program").asText()).contains("JKK").contains("JKM");
        assertThat(body.at("/claims/0/claimNumber").asText()).isEqualTo(number);
        assertThat(body.at("/claims/0/role").asText()).isEqualTo("PESERTA");
        assertThat(r.getBody()).doesNotContain(m.name()).doesNotContain("Istri Uji").doesNotContain("1234567890");

        JsonNode heir = json(lookup(heirNik, heirBirth));
        assertThat(heir.get("found").asBoolean()).isTrue();
        assertThat(heir.has("membership")).isFalse();
        assertThat(heir.at("/claims/0/claimNumber").asText()).isEqualTo(number);
        assertThat(heir.at("/claims/0/role").asText()).isEqualTo("AHLI_WARIS");
        assertThat(heir.at("/claims/0/status").asText()).isEqualTo("CHECKING_DOCUMENTS");
        assertThat(heir.at("/claims/0/nextStep").asText()).isNotBlank();
        assertThat(heir.at("/claims/0/expectedPayoutDate").asText()).isEqualTo(TODAY.plusDays(4).toString());
    }

    @Test
    void rejectedCandidateSeesTheReasonAndHowToObject() throws Exception {
        CandidateRepository.Candidate c = CitizenTestData.candidate(candidates, members, CandidateStatus.REJECTED,
                "Memiliki usaha dengan karyawan tetap");
        JsonNode body = json(lookup(c.nik(), BIRTH));
        assertThat(body.at("/candidate/status").asText()).isEqualTo("REJECTED");
        assertThat(body.at("/candidate/rejectionReason").asText()).isEqualTo("Memiliki usaha dengan karyawan tetap");
        assertThat(body.at("/candidate/howToObject").asText()).contains("sanggahan");
        assertThat(body.has("membership")).isFalse();
    }

    @Test
    void unknownNikAndWrongBirthDateGetTheSameAnswer() {
        Member m = CitizenTestData.member(members, candidates, null);
        String unknown = CitizenTestData.freshNik(members, candidates);
        ResponseEntity<String> wrongBirth = lookup(m.nik(), BIRTH.plusDays(1));
        ResponseEntity<String> noSuchNik = lookup(unknown, BIRTH);
        assertThat(wrongBirth.getStatusCode()).isEqualTo(noSuchNik.getStatusCode());
        assertThat(wrongBirth.getStatusCode().value()).isEqualTo(200);
        assertThat(wrongBirth.getBody()).isEqualTo(noSuchNik.getBody()).contains("\"found\":false");
        assertThat(wrongBirth.getHeaders().getContentType()).isEqualTo(noSuchNik.getHeaders().getContentType());
        // Both were logged, masked, as NOT_FOUND: nothing in the log tells the two apart either.
        assertThat(jdbc.queryForList("select outcome from citizen_status_lookup where nik_masked in (?, ?)",
                String.class, Formats.maskNik(m.nik()), Formats.maskNik(unknown))).containsOnly("NOT_FOUND").hasSize(2);
    }

    @Test
    void theEleventhLookupFromOneAddressWithinTheHourIs429() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(lookup(CitizenTestData.freshNik(members, candidates), BIRTH).getStatusCode().value())
                    .as("lookup %d", i + 1).isEqualTo(200);
        }
        ResponseEntity<String> refused = lookup(CitizenTestData.freshNik(members, candidates), BIRTH);
        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(refused.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(json(refused).get("detail").asText()).contains("10 kali per jam");
    }

    @Test
    void theEleventhLookupOfOneNikWithinTheHourIs429FromAnyAddress() throws Exception {
        Member m = CitizenTestData.member(members, candidates, null);
        String hash = service.nikHash(m.nik());
        for (int i = 0; i < 10; i++) {
            lookups.log(Formats.maskNik(m.nik()), hash, "203.0.113." + i, "FOUND", Instant.now());
        }
        ResponseEntity<String> refused = lookup(m.nik(), BIRTH);
        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(json(refused).get("title").asText()).isEqualTo("Terlalu banyak permintaan");
        // An hour later the NIK may ask again: rows older than an hour do not count.
        jdbc.update("update citizen_status_lookup set looked_up_at = looked_up_at - interval '61 minutes' where nik_hash = ?", hash);
        assertThat(lookup(m.nik(), BIRTH).getStatusCode().value()).isEqualTo(200);
        // The log never holds the NIK itself.
        assertThat(jdbc.queryForObject("select count(*) from citizen_status_lookup where nik_masked = ? or nik_hash = ? "
                + "or client_address = ?", Integer.class, m.nik(), m.nik(), m.nik())).isZero();
        assertThat(jdbc.queryForList("select outcome from citizen_status_lookup where nik_hash = ? and client_address "
                + "not like '203.0.113.%' order by id", String.class, hash)).containsExactly("LIMITED", "FOUND");
    }

    @Test
    void badInputIs400NamingTheFieldAndOtherApiPathsStayClosed() throws Exception {
        ResponseEntity<String> r = lookup("12345", "kemarin");
        assertThat(r.getStatusCode().value()).isEqualTo(400);
        assertThat(r.getBody()).contains("\"field\":\"nik\"").contains("\"field\":\"birthDate\"");
        assertThat(anonymous().getForEntity(url("/api/members"), String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous().getForEntity(url("/api/publicity"), String.class).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void thePageIsServedWithoutInlineScriptAndWithoutCaching() {
        ResponseEntity<String> page = anonymous().getForEntity(url("/status"), String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(page.getBody()).contains("Cek Status").contains("<script src=\"/status/status.js\"")
                .doesNotContainPattern("<script>|<script [^>]*>[^<]+</script>|on(click|submit|load)=");
        assertThat(anonymous().getForEntity(url("/status/status.js"), String.class).getStatusCode().value()).isEqualTo(200);
    }
}
