package id.jamsos.rentan.enrollment;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Repository
public class MemberRepository implements id.jamsos.rentan.pks.AgreementMembers {
    static final RowMapper<Member> MAPPER = (rs, i) -> new Member(rs.getString("membership_number"),
            rs.getString("nik"), rs.getString("name"), rs.getDate("birth_date").toLocalDate(), rs.getString("sex"),
            rs.getString("category"), rs.getString("address"), rs.getString("phone"), rs.getString("email"),
            rs.getString("village_code"), rs.getString("kecamatan_code"), rs.getString("regency_code"),
            rs.getString("pks_number"), rs.getString("segment"), MemberStatus.valueOf(rs.getString("status")),
            rs.getDate("coverage_start").toLocalDate(),
            rs.getDate("coverage_end") == null ? null : rs.getDate("coverage_end").toLocalDate(),
            rs.getInt("contribution_months"));

    private final JdbcTemplate jdbc;

    public MemberRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Member> find(String membershipNumber) {
        return jdbc.query("select * from member where membership_number = ?", MAPPER, membershipNumber).stream().findFirst();
    }

    /** The members with these NIKs (one query; give at most a thousand). */
    public List<Member> byNiks(java.util.Collection<String> niks) {
        if (niks.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select * from member where nik in ("
                + String.join(",", java.util.Collections.nCopies(niks.size(), "?")) + ")", MAPPER, niks.toArray());
    }

    public Optional<Member> findByNik(String nik) {
        return jdbc.query("select * from member where nik = ?", MAPPER, nik).stream().findFirst();
    }

    public List<Member> page(String regionPrefix, MemberStatus status, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select * from member where village_code like ?");
        List<Object> args = new ArrayList<>(List.of(regionPrefix + "%"));
        if (status != null) {
            sql.append(" and status = ?");
            args.add(status.name());
        }
        sql.append(" order by membership_number limit ? offset ?");
        args.add(limit);
        args.add(offset);
        return jdbc.query(sql.toString(), MAPPER, args.toArray());
    }

    public long count(String regionPrefix, MemberStatus status) {
        Long n = status == null
                ? jdbc.queryForObject("select count(*) from member where village_code like ?", Long.class, regionPrefix + "%")
                : jdbc.queryForObject("select count(*) from member where village_code like ? and status = ?", Long.class,
                regionPrefix + "%", status.name());
        return n == null ? 0 : n;
    }

    /**
     * The member's status changes and paid months ({@link MemberHistory}), from which the figures of a claim are
     * computed as of its event date.
     */
    public Optional<MemberHistory> history(String membershipNumber) {
        return find(membershipNumber).map(m -> {
            List<MemberHistory.StatusChange> changes = jdbc.query("""
                    select status, reason, effective_on from member_status_change where membership_number = ?
                    order by effective_on, id""", (rs, i) -> new MemberHistory.StatusChange(
                    MemberStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                    rs.getDate("effective_on").toLocalDate()), membershipNumber);
            List<java.time.LocalDate> paid = jdbc.query("""
                    select period_month from member_contribution where membership_number = ? order by period_month""",
                    (rs, i) -> rs.getDate(1).toLocalDate(), membershipNumber);
            return new MemberHistory(m.coverageStart(), changes, paid, Math.max(0, m.contributionMonths() - paid.size()));
        });
    }

    /** Records a change of status effective from the day (history only; the caller updates {@code member}). */
    public void recordStatusChange(String membershipNumber, MemberStatus status, String reason, java.time.LocalDate effectiveOn) {
        jdbc.update("insert into member_status_change (membership_number, status, reason, effective_on, recorded_at) "
                + "values (?,?,?,?,?)", membershipNumber, status.name(), reason, Date.valueOf(effectiveOn),
                Timestamp.from(Instant.now()));
    }

    /** A status change of many members at once (one JDBC batch), each effective from its day. */
    public record NewStatusChange(String membershipNumber, MemberStatus status, String reason, LocalDate effectiveOn) {
    }

    /** Records many status changes in one JDBC batch (history only; the caller updates {@code member}). */
    public void recordStatusChanges(List<NewStatusChange> changes) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("insert into member_status_change (membership_number, status, reason, effective_on, recorded_at) "
                + "values (?,?,?,?,?)", changes, 1000, (ps, c) -> {
                    ps.setString(1, c.membershipNumber());
                    ps.setString(2, c.status().name());
                    ps.setString(3, c.reason());
                    ps.setDate(4, Date.valueOf(c.effectiveOn()));
                    ps.setTimestamp(5, now);
                });
    }

    /** The membership number and status of each NIK that already has a membership (one query for the set). */
    public record Known(String membershipNumber, String nik, MemberStatus status) {
    }

    /** @return NIK → membership, for the NIKs among {@code niks} BPJS already knows as members of this system */
    public java.util.Map<String, Known> knownByNik(java.util.Collection<String> niks) {
        java.util.Map<String, Known> out = new java.util.HashMap<>();
        if (niks.isEmpty()) {
            return out;
        }
        jdbc.query("select membership_number, nik, status from member where nik in ("
                        + String.join(",", java.util.Collections.nCopies(niks.size(), "?")) + ")",
                rs -> {
                    out.put(rs.getString(2), new Known(rs.getString(1), rs.getString(2),
                            MemberStatus.valueOf(rs.getString(3))));
                }, niks.toArray());
        return out;
    }

    /** Inserts many members in one JDBC batch (one round trip on PostgreSQL). */
    public void insertAll(List<Member> list) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("""
                insert into member (membership_number, nik, name, birth_date, sex, category, address, phone, email,
                  village_code, kecamatan_code, regency_code, pks_number, segment, status, coverage_start, coverage_end,
                  contribution_months, created_at, updated_at)
                values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                """, list, 1000, (ps, m) -> {
                    ps.setString(1, m.membershipNumber());
                    ps.setString(2, m.nik());
                    ps.setString(3, m.name());
                    ps.setDate(4, Date.valueOf(m.birthDate()));
                    ps.setString(5, m.sex());
                    ps.setString(6, m.category());
                    ps.setString(7, m.address());
                    ps.setString(8, m.phone());
                    ps.setString(9, m.email());
                    ps.setString(10, m.villageCode());
                    ps.setString(11, m.kecamatanCode());
                    ps.setString(12, m.regencyCode());
                    ps.setString(13, m.pksNumber());
                    ps.setString(14, m.segment());
                    ps.setString(15, m.status().name());
                    ps.setDate(16, Date.valueOf(m.coverageStart()));
                    ps.setDate(17, m.coverageEnd() == null ? null : Date.valueOf(m.coverageEnd()));
                    ps.setInt(18, m.contributionMonths());
                    ps.setTimestamp(19, now);
                    ps.setTimestamp(20, now);
                });
    }

    public void insert(Member m) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into member (membership_number, nik, name, birth_date, sex, category, address, phone, email,
                  village_code, kecamatan_code, regency_code, pks_number, segment, status, coverage_start, coverage_end,
                  contribution_months, created_at, updated_at)
                values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                """, m.membershipNumber(), m.nik(), m.name(), Date.valueOf(m.birthDate()), m.sex(), m.category(),
                m.address(), m.phone(), m.email(), m.villageCode(), m.kecamatanCode(), m.regencyCode(), m.pksNumber(),
                m.segment(), m.status().name(), Date.valueOf(m.coverageStart()),
                m.coverageEnd() == null ? null : Date.valueOf(m.coverageEnd()), m.contributionMonths(), now, now);
    }

    /** Why the member is not ACTIVE (DIED, PKS_EXPIRED, PREMIUM_ARREARS, ...) or null. */
    public Optional<String> statusReason(String membershipNumber) {
        return jdbc.queryForList("select status_reason from member where membership_number = ?", String.class,
                membershipNumber).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** Members of a regency who started cover in a month: month (first day) → count. */
    public record MonthCount(LocalDate month, long count) {
    }

    /**
     * How many of a regency's members started cover ({@code coverage_start}) in each calendar month, and how many
     * ended it ({@code coverage_end}), oldest first; months without any are absent. Feeds "members over time".
     */
    public List<MonthCount> startsByMonth(String regencyCode) {
        return byMonth("coverage_start", regencyCode);
    }

    /** See {@link #startsByMonth}: members whose cover ended in each month (their last covered day's month). */
    public List<MonthCount> endsByMonth(String regencyCode) {
        return byMonth("coverage_end", regencyCode);
    }

    private List<MonthCount> byMonth(String column, String regencyCode) {
        // extract() works on PostgreSQL and H2 alike; the column name is one of two constants above.
        return jdbc.query("select extract(year from " + column + ") as y, extract(month from " + column + ") as m,"
                        + " count(*) as n from member where regency_code = ? and " + column + " is not null"
                        + " group by extract(year from " + column + "), extract(month from " + column + ")"
                        + " order by 1, 2",
                (rs, i) -> new MonthCount(LocalDate.of(rs.getInt("y"), rs.getInt("m"), 1), rs.getLong("n")), regencyCode);
    }

    /**
     * The member died: ENDED with reason DIED from the day after death (history row effective then), coverage until
     * the day of death at the latest. Returns false (and changes nothing) when the member had already ended for death.
     */
    public boolean endForDeath(String membershipNumber, LocalDate dateOfDeath) {
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        Date from = Date.valueOf(dateOfDeath.plusDays(1));
        int n = jdbc.update("""
                update member set status = 'ENDED', status_reason = 'DIED', status_changed_on = ?,
                  coverage_end = case when coverage_end is null or coverage_end > ? then ? else coverage_end end,
                  updated_at = ?
                where membership_number = ? and not (status = 'ENDED' and status_reason = 'DIED')""",
                from, Date.valueOf(dateOfDeath), Date.valueOf(dateOfDeath), now, membershipNumber);
        if (n > 0) {
            recordStatusChange(membershipNumber, MemberStatus.ENDED, "DIED", dateOfDeath.plusDays(1));
        }
        return n > 0;
    }

    // ---------------------------------------------------------------- PKS lifecycle (pks.AgreementMembers)

    @Override
    public int carryOver(String fromPks, String toPks, LocalDate coverageEnd, int limit) {
        if (limit <= 0) {
            return 0;
        }
        List<String> ids = jdbc.queryForList("select membership_number from member where pks_number = ? "
                + "and status = 'ACTIVE' order by coverage_start, membership_number limit ?", String.class, fromPks, limit);
        int moved = 0;
        for (List<String> chunk : chunks(ids)) {
            List<Object> args = new ArrayList<>();
            args.add(toPks);
            args.add(Date.valueOf(coverageEnd));
            args.add(Timestamp.from(Instant.now()));
            args.addAll(chunk);
            moved += jdbc.update("update member set pks_number = ?, coverage_end = ?, updated_at = ? where membership_number in ("
                    + marks(chunk) + ")", args.toArray());
        }
        return moved;
    }

    @Override
    public int endWith(String pksNumber, LocalDate endDate) {
        // History (member_status_change): ENDED from the day after the last covered day.
        jdbc.update("insert into member_status_change (membership_number, status, reason, effective_on, recorded_at) "
                + "select membership_number, 'ENDED', 'PKS_EXPIRED', ?, ? from member "
                + "where pks_number = ? and status in ('ACTIVE','LAPSED')",
                Date.valueOf(endDate.plusDays(1)), Timestamp.from(Instant.now()), pksNumber);
        return jdbc.update("update member set status = 'ENDED', coverage_end = ?, status_reason = 'PKS_EXPIRED', "
                + "status_changed_on = ?, updated_at = ? where pks_number = ? and status in ('ACTIVE','LAPSED')",
                Date.valueOf(endDate), Date.valueOf(endDate), Timestamp.from(Instant.now()), pksNumber);
    }

    // ---------------------------------------------------------------- premiums (called by premium)

    /**
     * The members of a paid invoice gain its month once: a {@code member_contribution} row (month, invoice, paid on)
     * and one more {@code contribution_months} (masa iur; months paid before the system existed are already in it:
     * add, never recount). A member who already has the month gains nothing.
     *
     * @param membershipNumbers the invoice's members
     * @param month             first day of the month paid (WIB)
     * @return how many members gained the month
     */
    public int creditContributionMonth(List<String> membershipNumbers, LocalDate month, String invoiceNumber,
                                       LocalDate paidOn) {
        int n = 0;
        for (List<String> chunk : chunks(membershipNumbers)) {
            List<Object> args = new ArrayList<>(List.of(Date.valueOf(month), invoiceNumber, Date.valueOf(paidOn)));
            args.addAll(chunk);
            args.add(Date.valueOf(month));
            n += jdbc.update("insert into member_contribution (membership_number, period_month, invoice_number, paid_on) "
                    + "select m.membership_number, ?, ?, ? from member m where m.membership_number in (" + marks(chunk)
                    + ") and not exists (select 1 from member_contribution c where c.membership_number = m.membership_number"
                    + " and c.period_month = ?)", args.toArray());
        }
        jdbc.update("""
                update member set contribution_months = contribution_months + 1, updated_at = ?
                where membership_number in (select membership_number from member_contribution
                  where invoice_number = ? and period_month = ?)
                """, Timestamp.from(Instant.now()), invoiceNumber, Date.valueOf(month));
        return n;
    }

    /**
     * Members still ACTIVE among these become LAPSED for premium arrears from {@code day} (history row first:
     * claims judge the status on the event date; DOMAIN "Premiums").
     *
     * @return how many lapsed
     */
    public int lapseForArrears(List<String> membershipNumbers, LocalDate day) {
        int n = 0;
        for (List<String> chunk : chunks(membershipNumbers)) {
            List<Object> history = new ArrayList<>(List.of(Date.valueOf(day), Timestamp.from(Instant.now())));
            history.addAll(chunk);
            jdbc.update("insert into member_status_change (membership_number, status, reason, effective_on, recorded_at) "
                    + "select membership_number, 'LAPSED', 'PREMIUM_ARREARS', ?, ? from member where status = 'ACTIVE' "
                    + "and membership_number in (" + marks(chunk) + ")", history.toArray());
            n += jdbc.update("update member set status = 'LAPSED', status_reason = 'PREMIUM_ARREARS', status_changed_on = ?, "
                    + "updated_at = ? where status = 'ACTIVE' and membership_number in (" + marks(chunk) + ")", history.toArray());
        }
        return n;
    }

    /**
     * Members among these lapsed for arrears on or after {@code since} become ACTIVE again from {@code day}; the
     * caller passes only members with no unpaid invoice left.
     *
     * @return how many were restored
     */
    public int restoreFromArrears(List<String> membershipNumbers, LocalDate since, LocalDate day) {
        int n = 0;
        for (List<String> chunk : chunks(membershipNumbers)) {
            List<Object> args = new ArrayList<>(List.of(Date.valueOf(day), Timestamp.from(Instant.now()), Date.valueOf(since)));
            args.addAll(chunk);
            String which = " where status = 'LAPSED' and status_reason = 'PREMIUM_ARREARS' and status_changed_on >= ?"
                    + " and membership_number in (" + marks(chunk) + ")";
            jdbc.update("insert into member_status_change (membership_number, status, reason, effective_on, recorded_at) "
                    + "select membership_number, 'ACTIVE', 'ARREARS_PAID', ?, ? from member" + which, args.toArray());
            n += jdbc.update("update member set status = 'ACTIVE', status_reason = 'ARREARS_PAID', status_changed_on = ?, "
                    + "updated_at = ?" + which, args.toArray());
        }
        return n;
    }

    private static final int CHUNK = 1000;

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            out.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return out;
    }

    private static String marks(List<String> chunk) {
        return String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
    }
}
