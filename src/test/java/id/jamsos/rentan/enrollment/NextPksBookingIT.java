package id.jamsos.rentan.enrollment;

import id.jamsos.rentan.identity.Role;
import id.jamsos.rentan.notification.GroupMailer;
import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.AgreementRepository;
import id.jamsos.rentan.pks.PksService;
import id.jamsos.rentan.pks.PksStatus;
import id.jamsos.rentan.support.IntegrationTest;
import id.jamsos.rentan.verification.CandidateRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 on PostgreSQL, the same in every month: a list finalised on 1 December (pinned clock) on a PKS ending
 * 31 December waits for the regency's next PKS ({@code waiting_for = NEXT_PKS}, Dinsos mailed
 * {@code peserta-menunggu-pks}); when that PKS is signed ({@link NextPksBooking}) the workers are booked on it
 * and enrolled from 1 January. Its own fiscal years (2040–2041 of Kubu Raya) keep clear of the demo's and of the
 * tests that create next year's PKS through the process.
 */
class NextPksBookingIT extends IntegrationTest {
    static final String REGENCY = "6112";
    static final int YEAR = 2040;
    static final String PKS = Agreement.number(REGENCY, YEAR);
    static final String NEXT = Agreement.number(REGENCY, YEAR + 1);

    @Autowired
    AgreementRepository agreements;
    @Autowired
    CandidateRepository candidates;
    @Autowired
    PksService pksService;
    @Autowired
    RuntimeService runtime;
    @Autowired
    GroupMailer groupMailer;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void decemberListWaitsForTheNextPksAndIsEnrolledOnceItIsSigned() {
        long premium = 16_800;
        agreements.insert(new Agreement(PKS, REGENCY, YEAR, 10, 10 * premium * 12, premium, LocalDate.of(YEAR, 1, 1),
                LocalDate.of(YEAR, 12, 31), PksStatus.ACTIVE, "DINSOS_APBD", "PEMERINTAH_APBD", null));
        agreements.insert(new Agreement(NEXT, REGENCY, YEAR + 1, 10, 10 * premium * 12, premium,
                LocalDate.of(YEAR + 1, 1, 1), LocalDate.of(YEAR + 1, 12, 31), PksStatus.IN_REVIEW, "DINSOS_APBD",
                "PEMERINTAH_APBD", null));
        long batchId = approvedBatch(3);

        clock.pinApplicationOnly(LocalDate.of(YEAR, 12, 1));
        runtime.startProcessInstanceByKey(EnrollmentProcessKeys.PROCESS_KEY, "ENR-" + REGENCY + "-" + batchId,
                Map.of("regencyCode", REGENCY, "batchId", batchId, "pksNumber", PKS));

        await(Duration.ofSeconds(60), "enrollment instance ended", () -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("ENR-" + REGENCY + "-" + batchId).count() == 0);
        List<Map<String, Object>> waiting = jdbc.queryForList(
                "select status, waiting_for, pks_number, status_reason from candidate where batch_id = ?", batchId);
        assertThat(waiting).hasSize(3).allSatisfy(c -> {
            assertThat(c.get("status")).isEqualTo("APPROVED");
            assertThat(c.get("waiting_for")).isEqualTo("NEXT_PKS");
            assertThat(c.get("pks_number")).isEqualTo(PKS);
            assertThat((String) c.get("status_reason")).contains("01-01-" + (YEAR + 1)).contains(PKS)
                    .contains("31-12-" + YEAR);
        });
        assertThat(count("select count(*) from member where pks_number in (?, ?)", PKS, NEXT)).isZero();
        assertThat(count("select count(*) from bpjs_registration where candidate_id in "
                + "(select id from candidate where batch_id = ?)", batchId)).isZero();

        // Dinsos of the regency is told once for the batch, through the outbox and over SMTP.
        Set<String> dinsos = groupMailer.addressesOf(Set.of(Role.DINSOS.groupId(REGENCY)));
        assertThat(dinsos).isNotEmpty();
        await(Duration.ofSeconds(30), "waiting mail sent", () -> count("select count(*) from outbox_message "
                + "where template = 'peserta-menunggu-pks' and business_key = ? and state = 'SENT'",
                "ENR-" + REGENCY + "-" + batchId) == dinsos.size());
        String body = jdbc.queryForList("select body from outbox_message where template = 'peserta-menunggu-pks' "
                + "and business_key = ?", String.class, "ENR-" + REGENCY + "-" + batchId).get(0);
        assertThat(body).contains("01-01-" + (YEAR + 1)).contains(PKS);

        // The next PKS is signed (both signatures in): the waiting workers move to it and are enrolled.
        pksService.markSigned(NEXT);
        String enrollKey = "ENR-" + REGENCY + "-" + batchId + "-" + NEXT;
        await(Duration.ofSeconds(60), "candidates enrolled on " + NEXT, () -> count(
                "select count(*) from candidate where batch_id = ? and status = 'ENROLLED'", batchId) == 3);
        assertThat(jdbc.queryForList("select pks_number from candidate where batch_id = ?", String.class, batchId))
                .containsOnly(NEXT);
        assertThat(count("select count(*) from candidate where batch_id = ? and waiting_for is not null", batchId))
                .isZero();
        List<Map<String, Object>> members = jdbc.queryForList("select m.pks_number, m.coverage_start, m.status "
                + "from member m join candidate c on c.membership_number = m.membership_number where c.batch_id = ?", batchId);
        assertThat(members).hasSize(3).allSatisfy(m -> {
            assertThat(m.get("pks_number")).isEqualTo(NEXT);
            assertThat(m.get("coverage_start").toString()).isEqualTo((YEAR + 1) + "-01-01");
            assertThat(m.get("status")).isEqualTo("ACTIVE");
        });
        assertThat(agreements.enrolledCount(PKS)).isZero();
        assertThat(agreements.enrolledCount(NEXT)).isEqualTo(3);
        await(Duration.ofSeconds(30), "booking instance ended", () -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(enrollKey).count() == 0);
        assertThat(count("select count(*) from outbox_message where template = 'peserta-menunggu-pks' "
                + "and business_key = ?", "ENR-" + REGENCY + "-" + batchId)).isEqualTo(dinsos.size());
    }

    /** A batch of {@code n} workers of Kubu Raya already APPROVED on {@link #PKS} (verification has its own tests). */
    private long approvedBatch(int n) {
        return new ApprovedBatch(REGENCY, "6112012001", LocalDate.of(1977, 7, 23), "M", "230777", 9401,
                "Pekerja Desember ", "Jl. Uji PKS", LocalDate.of(YEAR + 1, 1, 1), LocalDate.of(YEAR, 11, 1),
                "uji.pks-berikutnya").insert(candidates, n, PKS);
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
