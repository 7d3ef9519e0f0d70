package id.jamsos.rentan.citizen;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Objections (tables citizen_grievance and its sequence, owned here). */
@Repository
public class GrievanceRepository {
    static final RowMapper<Grievance> MAPPER = (rs, i) -> new Grievance(rs.getString("grievance_number"),
            rs.getString("nik"), rs.getString("regency_code"), GrievanceSubject.valueOf(rs.getString("subject")),
            rs.getString("reference"), (Long) rs.getObject("candidate_id", Long.class), rs.getString("grievance_text"),
            rs.getString("contact"), rs.getString("source"), rs.getString("filed_by"), rs.getString("decider"),
            rs.getString("status"), rs.getDate("due_date").toLocalDate(), rs.getString("outcome_note"),
            rs.getString("decided_by"),
            rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(),
            (Long) rs.getObject("reopened_batch_id", Long.class), rs.getTimestamp("created_at").toInstant());

    private final JdbcTemplate jdbc;

    public GrievanceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Next number of the regency and year; the row lock of the update serialises concurrent filings. */
    public int nextSequence(String regencyCode, int year) {
        int updated = jdbc.update("update citizen_grievance_sequence set last_seq = last_seq + 1 "
                + "where regency_code = ? and grievance_year = ?", regencyCode, year);
        if (updated == 0) {
            jdbc.update("insert into citizen_grievance_sequence (regency_code, grievance_year, last_seq) values (?, ?, 1)",
                    regencyCode, year);
            return 1;
        }
        return jdbc.queryForObject("select last_seq from citizen_grievance_sequence where regency_code = ? "
                + "and grievance_year = ?", Integer.class, regencyCode, year);
    }

    public Optional<Grievance> find(String grievanceNumber) {
        return jdbc.query("select * from citizen_grievance where grievance_number = ?", MAPPER, grievanceNumber)
                .stream().findFirst();
    }

    /** The open grievance with the same NIK, subject, reference and text (a double submission), if any. */
    public Optional<Grievance> findOpen(String openKey) {
        return jdbc.query("select * from citizen_grievance where open_key = ?", MAPPER, openKey).stream().findFirst();
    }

    /** The person's grievances, newest first (at most 20). */
    public List<Grievance> byNik(String nik) {
        return jdbc.query("select * from citizen_grievance where nik = ? order by created_at desc, grievance_number desc",
                MAPPER, nik).stream().limit(20).toList();
    }

    /** Inserts an OPEN grievance; a concurrent double submission fails on the unique open_key. */
    public void insert(Grievance g, String openKey) {
        jdbc.update("""
                insert into citizen_grievance (grievance_number, nik, regency_code, subject, reference, candidate_id,
                  grievance_text, contact, source, filed_by, decider, status, due_date, open_key, created_at)
                values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""", g.grievanceNumber(), g.nik(), g.regencyCode(),
                g.subject().name(), g.reference(), g.candidateId(), g.text(), g.contact(), g.source(), g.filedBy(),
                g.decider(), g.status(), Date.valueOf(g.dueDate()), openKey, Timestamp.from(g.createdAt()));
    }

    /** Records the decision of an OPEN grievance; false when it was decided before (nothing changes). */
    public boolean decide(String grievanceNumber, String status, String note, String userId, Instant at) {
        return jdbc.update("update citizen_grievance set status = ?, outcome_note = ?, decided_by = ?, decided_at = ?, "
                        + "open_key = null where grievance_number = ? and status = 'OPEN'", status, note, userId,
                Timestamp.from(at), grievanceNumber) == 1;
    }

    public void recordReopenedBatch(String grievanceNumber, long batchId) {
        jdbc.update("update citizen_grievance set reopened_batch_id = ? where grievance_number = ?", batchId,
                grievanceNumber);
    }
}
