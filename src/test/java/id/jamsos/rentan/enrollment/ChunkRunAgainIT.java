package id.jamsos.rentan.enrollment;

import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.AgreementRepository;
import id.jamsos.rentan.pks.PksStatus;
import id.jamsos.rentan.support.IntegrationTest;
import id.jamsos.rentan.verification.CandidateRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An enrollment chunk run again after its work committed (a job whose lock expired and ran twice, or a second run
 * that read the chunk's candidates before the first run committed) changes nothing: no registration is made PENDING
 * again (which would count the place twice and report the PKS full with room left), no member or decision is
 * written twice. Kubu Raya's fiscal year 2044 keeps clear of other tests' PKS.
 */
class ChunkRunAgainIT extends IntegrationTest {
    static final String REGENCY = "6112";
    static final int YEAR = 2044;
    static final String PKS = Agreement.number(REGENCY, YEAR);

    @Autowired
    AgreementRepository agreements;
    @Autowired
    CandidateRepository candidates;
    @Autowired
    EnrollmentService enrollment;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aChunkRunAgainAfterItsWorkCommittedChangesNothing() {
        long premium = 16_800;
        agreements.insert(new Agreement(PKS, REGENCY, YEAR, 10, 10 * premium * 12, premium, LocalDate.of(YEAR, 1, 1),
                LocalDate.of(YEAR, 12, 31), PksStatus.ACTIVE, "DINSOS_APBD", "PEMERINTAH_APBD", null));
        clock.pinApplicationOnly(LocalDate.of(YEAR, 6, 15));
        long batchId = approvedBatch(3);
        assertThat(enrollment.prepareChunks(batchId)).containsExactly(0);
        assertThat(enrollment.registerChunk(batchId, 0)).isEqualTo(3);
        assertThat(agreements.enrolledCount(PKS)).isEqualTo(3);
        String decisions = "select count(*) from candidate_decision where stage = 'ENROLLMENT' and candidate_id in "
                + "(select id from candidate where batch_id = ?)";
        assertThat(jdbc.queryForObject(decisions, Integer.class, batchId)).isEqualTo(3);

        // The second run read the chunk while its candidates were still APPROVED.
        jdbc.update("update candidate set status = 'APPROVED' where batch_id = ?", batchId);
        assertThat(enrollment.registerChunk(batchId, 0)).isZero();

        assertThat(jdbc.queryForList("select state from bpjs_registration where pks_number = ?", String.class, PKS))
                .hasSize(3).containsOnly("DONE");
        assertThat(agreements.enrolledCount(PKS)).isEqualTo(3);
        assertThat(jdbc.queryForObject(decisions, Integer.class, batchId)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from member where pks_number = ?", Integer.class, PKS)).isEqualTo(3);
    }

    /** {@code n} workers of Kubu Raya APPROVED on {@link #PKS} (verification has its own tests). */
    private long approvedBatch(int n) {
        return new ApprovedBatch(REGENCY, "6112012001", LocalDate.of(1979, 4, 12), "F", "120479", 9501,
                "Pekerja Ulang ", "Jl. Uji Ulang", LocalDate.of(YEAR, 7, 1), LocalDate.of(YEAR, 5, 1),
                "uji.ulang-chunk").insert(candidates, n, PKS);
    }
}
