package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.RowValuesUpdate;
import id.jamsos.rentan.enrollment.EnrollmentCandidates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Verification's side of enrollment (issue 15: {@code candidate} and {@code candidate_decision} are written only
 * here and in {@link CandidateRepository}). Every write is one JDBC batch (one round trip for the whole set on
 * PostgreSQL), every read one query.
 */
@Repository
public class CandidatesForEnrollment implements EnrollmentCandidates {
    private static final int BATCH = 1000;
    /** Each enrolled candidate with its own membership number, one statement per 500 (issue 18, set-based). */
    private static final RowValuesUpdate CANDIDATE_ENROLLED = RowValuesUpdate.of("candidate",
            List.of("id bigint", "membership_number varchar(11)"), "t.id = v.id",
            "status = 'ENROLLED', membership_number = v.membership_number, status_reason = null, updated_at = ?");
    private final JdbcTemplate jdbc;

    public CandidatesForEnrollment(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int numberChunks(long batchId, int chunkSize) {
        List<Long> ids = jdbc.queryForList("select id from candidate where batch_id = ? and status = 'APPROVED' order by id",
                Long.class, batchId);
        // One statement per chunk: the approved candidates in id order, chunk k from its first to its last id
        // (issue 18: set-based, not one update per candidate). Called in the step's transaction, so the set
        // read above is the set numbered here.
        List<Object[]> args = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += chunkSize) {
            int to = Math.min(ids.size(), from + chunkSize) - 1;
            args.add(new Object[]{from / chunkSize, batchId, ids.get(from), ids.get(to)});
        }
        jdbc.batchUpdate("update candidate set enroll_chunk = ? where batch_id = ? and status = 'APPROVED' "
                + "and id between ? and ?", args);
        return (ids.size() + chunkSize - 1) / chunkSize;
    }

    @Override
    public List<Approved> chunk(long batchId, int chunkNo) {
        return jdbc.query("""
                        select id, nik, name, birth_date, sex, category, address, phone, email, village_code, kecamatan_code,
                          regency_code, pks_number from candidate
                        where batch_id = ? and enroll_chunk = ? and status = 'APPROVED' order by id""",
                (rs, i) -> new Approved(rs.getLong("id"), rs.getString("nik"), rs.getString("name"),
                        rs.getDate("birth_date").toLocalDate(), rs.getString("sex"), rs.getString("category"),
                        rs.getString("address"), rs.getString("phone"), rs.getString("email"),
                        rs.getString("village_code"), rs.getString("kecamatan_code"), rs.getString("regency_code"),
                        rs.getString("pks_number")),
                batchId, chunkNo);
    }

    @Override
    public void keepWaiting(Map<Long, String> reasonById) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("update candidate set status_reason = ?, updated_at = ? where id = ?",
                new ArrayList<>(reasonById.entrySet()), BATCH, (ps, e) -> {
                    ps.setString(1, e.getValue());
                    ps.setTimestamp(2, now);
                    ps.setLong(3, e.getKey());
                });
    }

    @Override
    public void waitForNextPks(Map<Long, String> reasonById) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("update candidate set waiting_for = 'NEXT_PKS', status_reason = ?, updated_at = ? where id = ?",
                new ArrayList<>(reasonById.entrySet()), BATCH, (ps, e) -> {
                    ps.setString(1, e.getValue());
                    ps.setTimestamp(2, now);
                    ps.setLong(3, e.getKey());
                });
    }

    @Override
    public int waitingForNextPks(long batchId) {
        Integer n = jdbc.queryForObject("select count(*) from candidate where batch_id = ? and waiting_for = 'NEXT_PKS'",
                Integer.class, batchId);
        return n == null ? 0 : n;
    }

    @Override
    public void rebook(Collection<Long> candidateIds, String pksNumber) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("update candidate set pks_number = ?, waiting_for = null, updated_at = ? where id = ?",
                new ArrayList<>(candidateIds), BATCH, (ps, id) -> {
                    ps.setString(1, pksNumber);
                    ps.setTimestamp(2, now);
                    ps.setLong(3, id);
                });
    }

    @Override
    public void enrolled(List<Enrolled> enrolled) {
        Timestamp now = Timestamp.from(Instant.now());
        CANDIDATE_ENROLLED.run(jdbc, enrolled, e -> new Object[]{e.candidateId(), e.membershipNumber()}, now);
        jdbc.batchUpdate("insert into candidate_decision (candidate_id, stage, decision, reason, decided_by, task_id, "
                + "decided_at) values (?,?,?,?,?,?,?)", enrolled, BATCH, (ps, e) -> {
                    ps.setLong(1, e.candidateId());
                    ps.setString(2, "ENROLLMENT");
                    ps.setString(3, "ENROLLED");
                    ps.setString(4, "Nomor kepesertaan " + e.membershipNumber() + ", " + e.pksNumber());
                    ps.setString(5, "bpjs");
                    ps.setString(6, null);
                    ps.setTimestamp(7, now);
                });
    }

    @Override
    public List<Long> moveWaitingTo(String pksNumber, String regencyCode, Collection<String> fromPks) {
        if (fromPks.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", fromPks.stream().map(x -> "?").toList());
        List<Object> args = new ArrayList<>(List.of(regencyCode));
        args.addAll(fromPks);
        List<Long> batches = jdbc.queryForList("select distinct batch_id from candidate where regency_code = ? "
                + "and status = 'APPROVED' and waiting_for = 'NEXT_PKS' and pks_number in (" + in + ") order by batch_id",
                Long.class, args.toArray());
        List<Object> update = new ArrayList<>(List.of(pksNumber, "Dipindahkan ke " + pksNumber + " yang telah ditandatangani",
                Timestamp.from(Instant.now()), regencyCode));
        update.addAll(fromPks);
        jdbc.update("update candidate set pks_number = ?, waiting_for = null, status_reason = ?, updated_at = ? "
                + "where regency_code = ? and status = 'APPROVED' and waiting_for = 'NEXT_PKS' and pks_number in ("
                + in + ")", update.toArray());
        return batches;
    }

    @Override
    public List<Contact> enrolledWithEmail(long batchId) {
        return jdbc.query("""
                        select id, name, nik, email, regency_code, membership_number from candidate
                        where batch_id = ? and status = 'ENROLLED' and email is not null order by id""",
                (rs, i) -> new Contact(rs.getLong("id"), rs.getString("name"), rs.getString("nik"),
                        rs.getString("email"), rs.getString("regency_code"), rs.getString("membership_number")),
                batchId);
    }
}
