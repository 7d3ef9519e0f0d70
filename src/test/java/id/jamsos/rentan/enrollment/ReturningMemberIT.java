package id.jamsos.rentan.enrollment;

import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.AgreementRepository;
import id.jamsos.rentan.pks.PksStatus;
import id.jamsos.rentan.support.IntegrationTest;
import id.jamsos.rentan.verification.CandidateRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One membership per person: a worker whose membership ENDED, proposed and approved again, keeps the membership
 * number and continues on the new PKS in the village of the new list (coverage end of that PKS, an ACTIVE status
 * change from the new coverage start); a new worker of the same chunk becomes a member with the number BPJS gave;
 * each registration is DONE with its number and each candidate ENROLLED with it (the chunk's per-row values are
 * written set-based, {@code common.RowValuesUpdate}). Kubu Raya's fiscal year 2045 keeps clear of other tests' PKS.
 */
class ReturningMemberIT extends IntegrationTest {
    static final String REGENCY = "6112";
    static final int YEAR = 2045;
    static final String PKS = Agreement.number(REGENCY, YEAR);
    static final String VILLAGE = "6112012001";

    @Autowired
    AgreementRepository agreements;
    @Autowired
    CandidateRepository candidates;
    @Autowired
    MemberRepository members;
    @Autowired
    EnrollmentService enrollment;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReturningWorkerKeepsTheMembershipAndMovesToTheNewPks() {
        long premium = 16_800;
        agreements.insert(new Agreement(PKS, REGENCY, YEAR, 10, 10 * premium * 12, premium, LocalDate.of(YEAR, 1, 1),
                LocalDate.of(YEAR, 12, 31), PksStatus.ACTIVE, "DINSOS_APBD", "PEMERINTAH_APBD", null));
        clock.pinApplicationOnly(LocalDate.of(YEAR, 6, 15));
        ApprovedBatch approved = new ApprovedBatch(REGENCY, VILLAGE, LocalDate.of(1981, 2, 3), "M", "030281", 9601,
                "Pekerja Kembali ", "Jl. Uji Kembali", LocalDate.of(YEAR, 7, 1), LocalDate.of(YEAR, 5, 1), "uji.kembali");
        String returningNik = VILLAGE.substring(0, 6) + "030281" + 9601;
        // Enrolled years ago in another kecamatan of Kubu Raya; the membership ended with that PKS.
        members.insertAll(List.of(new Member("61129960101", returningNik, "Pekerja Kembali 1", LocalDate.of(1981, 2, 3),
                "M", "PETANI", "RT 09, Jl. Lama", null, null, "6112022001", "611202", REGENCY, null, "PEMERINTAH_APBD",
                MemberStatus.ENDED, LocalDate.of(YEAR - 5, 1, 1), LocalDate.of(YEAR - 5, 12, 31), 12)));

        long batchId = approved.insert(candidates, 2, PKS);
        assertThat(enrollment.prepareChunks(batchId)).containsExactly(0);
        assertThat(enrollment.registerChunk(batchId, 0)).isEqualTo(2);

        Map<String, Object> back = jdbc.queryForMap("select * from member where nik = ?", returningNik);
        assertThat(back).containsEntry("membership_number", "61129960101").containsEntry("status", "ACTIVE")
                .containsEntry("pks_number", PKS).containsEntry("village_code", VILLAGE)
                .containsEntry("kecamatan_code", VILLAGE.substring(0, 6)).containsEntry("regency_code", REGENCY)
                .containsEntry("coverage_end", Date.valueOf(LocalDate.of(YEAR, 12, 31)));
        assertThat(jdbc.queryForList("select status || ' ' || reason || ' ' || effective_on from member_status_change "
                + "where membership_number = '61129960101'", String.class)).containsExactly("ACTIVE ENROLLED " + YEAR + "-07-01");

        List<Map<String, Object>> rows = jdbc.queryForList("""
                select c.nik, c.status, c.membership_number as candidate_number, r.state, r.membership_number as registered,
                       m.membership_number as member_number, m.pks_number
                from candidate c join bpjs_registration r on r.candidate_id = c.id and r.pks_number = ?
                  left join member m on m.nik = c.nik
                where c.batch_id = ? order by c.row_no""", PKS, batchId);
        assertThat(rows).hasSize(2).allSatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("ENROLLED");
            assertThat(r.get("state")).isEqualTo("DONE");
            assertThat((String) r.get("registered")).matches("\\d{11}");
            assertThat(r.get("candidate_number")).isEqualTo(r.get("registered"));
            assertThat(r.get("pks_number")).isEqualTo(PKS);
        });
        Map<String, Object> fresh = rows.get(1);
        assertThat(fresh.get("member_number")).isEqualTo(fresh.get("registered"));
        assertThat(agreements.enrolledCount(PKS)).isEqualTo(2);
    }
}
