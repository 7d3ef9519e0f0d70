package id.jamsos.rentan.citizen;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Death reports (tables citizen_death_report and its sequence, owned here). */
@Repository
public class DeathReportRepository {
    static final RowMapper<DeathReport> MAPPER = (rs, i) -> new DeathReport(rs.getString("report_number"),
            rs.getString("nik"), rs.getString("membership_number"), rs.getString("regency_code"),
            rs.getDate("date_of_death").toLocalDate(), rs.getString("place"), rs.getString("reported_by"),
            rs.getString("death_certificate_number"), rs.getString("source"), rs.getString("reporter_user"),
            rs.getString("outcome"), rs.getString("corrected_invoices"), rs.getString("claim_number"));

    private final JdbcTemplate jdbc;

    public DeathReportRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Next number of the regency and year; the row lock of the update serialises concurrent reports. */
    public int nextSequence(String regencyCode, int year) {
        int updated = jdbc.update("update citizen_death_report_sequence set last_seq = last_seq + 1 "
                + "where regency_code = ? and report_year = ?", regencyCode, year);
        if (updated == 0) {
            jdbc.update("insert into citizen_death_report_sequence (regency_code, report_year, last_seq) values (?, ?, 1)",
                    regencyCode, year);
            return 1;
        }
        return jdbc.queryForObject("select last_seq from citizen_death_report_sequence where regency_code = ? "
                + "and report_year = ?", Integer.class, regencyCode, year);
    }

    public Optional<DeathReport> find(String reportNumber) {
        return jdbc.query("select * from citizen_death_report where report_number = ?", MAPPER, reportNumber)
                .stream().findFirst();
    }

    public Optional<DeathReport> findByNik(String nik) {
        return jdbc.query("select * from citizen_death_report where nik = ?", MAPPER, nik).stream().findFirst();
    }

    public void insert(DeathReport r) {
        jdbc.update("""
                insert into citizen_death_report (report_number, nik, membership_number, regency_code, date_of_death,
                  place, reported_by, death_certificate_number, source, reporter_user, outcome, created_at)
                values (?,?,?,?,?,?,?,?,?,?,?,?)""", r.reportNumber(), r.nik(), r.membershipNumber(), r.regencyCode(),
                Date.valueOf(r.dateOfDeath()), r.place(), r.reportedBy(), r.deathCertificateNumber(), r.source(),
                r.reporterUser(), r.outcome(), Timestamp.from(Instant.now()));
    }

    /** Links the claim filed (or found) for the reported member. */
    public void recordClaim(String reportNumber, String claimNumber) {
        jdbc.update("update citizen_death_report set claim_number = ? where report_number = ?", claimNumber, reportNumber);
    }

    public void recordCorrectedInvoices(String reportNumber, String invoices) {
        jdbc.update("update citizen_death_report set corrected_invoices = ? where report_number = ?", invoices, reportNumber);
    }
}
