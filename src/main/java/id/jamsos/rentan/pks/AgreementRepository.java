package id.jamsos.rentan.pks;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Repository
public class AgreementRepository {
    static final RowMapper<Agreement> MAPPER = (rs, i) -> new Agreement(rs.getString("pks_number"),
            rs.getString("regency_code"), rs.getInt("fiscal_year"), rs.getInt("quota"), rs.getLong("budget"),
            rs.getLong("premium_per_month"), rs.getDate("start_date").toLocalDate(),
            rs.getDate("end_date").toLocalDate(), PksStatus.valueOf(rs.getString("status")), rs.getString("payer"),
            rs.getString("segment"), rs.getString("gap_reason"), rs.getString("payer_name"), rs.getString("village_code"));

    private final JdbcTemplate jdbc;

    public AgreementRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Agreement> find(String pksNumber) {
        return jdbc.query("select * from pks_agreement where pks_number = ?", MAPPER, pksNumber).stream().findFirst();
    }

    /**
     * Locks the agreement's row until the caller's transaction ends and returns it (enrollment: chunks of other
     * batches booking on the same PKS wait, so the quota count they read stays true). Only pks writes its table;
     * this is the one lock other features take on it.
     *
     * <p>On PostgreSQL the lock is {@code FOR NO KEY UPDATE}, the lock an update of the row takes: bookings (and any
     * update of the agreement) still wait for each other, but inserts of rows that refer to the agreement
     * ({@code member.pks_number}, {@code premium_invoice.pks_number}) do not. Their foreign-key check takes
     * {@code FOR KEY SHARE}, which {@code FOR UPDATE} blocks: with it each chunk's booking waited until every other
     * chunk of the regency had committed its members, and their member inserts waited for the booking (issue 18,
     * {@code pg_stat_statements} at 20,000 workers: 41 bookings waited 9.2 s in all, 224 ms each). H2 (the demo) has
     * only {@code FOR UPDATE} and no key-share locks.
     */
    public Optional<Agreement> lockForEnrollment(String pksNumber) {
        return jdbc.query("select * from pks_agreement where pks_number = ? " + rowLock(), MAPPER, pksNumber).stream()
                .findFirst();
    }

    private volatile String rowLock;

    /** {@code for no key update} on PostgreSQL, {@code for update} elsewhere (H2); asked of the database once. */
    private String rowLock() {
        String lock = rowLock;
        if (lock == null) {
            String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
            lock = "PostgreSQL".equals(product) ? "for no key update" : "for update";
            rowLock = lock;
        }
        return lock;
    }

    /** The agreements of the regency's Dinsos program ({@code DINSOS_APBD}), oldest first. */
    public List<Agreement> byRegency(String regencyCode) {
        return jdbc.query("select * from pks_agreement where regency_code = ? and payer = ? order by start_date", MAPPER,
                regencyCode, Payer.DINSOS_APBD.name());
    }

    /**
     * Every program's agreements of the regency (issue 16), optionally of one fiscal year: the Dinsos program first,
     * then by payer, village and start date.
     */
    public List<Agreement> allByRegency(String regencyCode, Integer fiscalYear) {
        if (fiscalYear == null) {
            return jdbc.query("select * from pks_agreement where regency_code = ? order by fiscal_year, start_date, pks_number",
                    MAPPER, regencyCode);
        }
        return jdbc.query("select * from pks_agreement where regency_code = ? and fiscal_year = ? order by start_date, pks_number",
                MAPPER, regencyCode, fiscalYear);
    }

    /** The agreements of the same program as {@code a} (its own included), oldest first. */
    public List<Agreement> byProgram(Agreement a) {
        return jdbc.query("select * from pks_agreement where regency_code = ? and payer = ? order by start_date", MAPPER,
                a.regencyCode(), a.payer()).stream().filter(a::sameProgram).toList();
    }

    /** The ACTIVE agreement of the regency's Dinsos program covering the day, if any. */
    public Optional<Agreement> activeOn(String regencyCode, LocalDate day) {
        return jdbc.query("""
                select * from pks_agreement where regency_code = ? and payer = ? and status = 'ACTIVE'
                and start_date <= ? and end_date >= ? order by start_date desc
                """, MAPPER, regencyCode, Payer.DINSOS_APBD.name(), Date.valueOf(day), Date.valueOf(day)).stream().findFirst();
    }

    /** The ACTIVE agreement of {@code program}'s program covering the day, if any. */
    public Optional<Agreement> activeInProgram(Agreement program, LocalDate day) {
        return byProgram(program).stream().filter(a -> a.status() == PksStatus.ACTIVE && a.covers(day))
                .max(java.util.Comparator.comparing(Agreement::startDate));
    }

    public void insert(Agreement a) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into pks_agreement (pks_number, regency_code, fiscal_year, quota, budget, premium_per_month,
                  start_date, end_date, status, payer, segment, gap_reason, payer_name, village_code, created_at, updated_at)
                values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                """, a.pksNumber(), a.regencyCode(), a.fiscalYear(), a.quota(), a.budget(), a.premiumPerMonth(),
                Date.valueOf(a.startDate()), Date.valueOf(a.endDate()), a.status().name(), a.payer(), a.segment(),
                a.gapReason(), a.payerName(), a.villageCode(), now, now);
    }

    public void updateStatus(String pksNumber, PksStatus status) {
        jdbc.update("update pks_agreement set status = ?, updated_at = ? where pks_number = ?",
                status.name(), Timestamp.from(Instant.now()), pksNumber);
    }

    public int enrolledCount(String pksNumber) {
        Integer n = jdbc.queryForObject("select count(*) from member where pks_number = ? and status = 'ACTIVE'",
                Integer.class, pksNumber);
        return n == null ? 0 : n;
    }

    public void updateDraft(String pksNumber, int quota, long budget, java.time.LocalDate start, java.time.LocalDate end,
                            String gapReason, PksStatus status) {
        jdbc.update("""
                update pks_agreement set quota = ?, budget = ?, start_date = ?, end_date = ?, gap_reason = ?, status = ?,
                  updated_at = ? where pks_number = ?
                """, quota, budget, Date.valueOf(start), Date.valueOf(end), gapReason, status.name(),
                Timestamp.from(Instant.now()), pksNumber);
    }
}
