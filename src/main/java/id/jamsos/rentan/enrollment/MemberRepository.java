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
public class MemberRepository {
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
}
