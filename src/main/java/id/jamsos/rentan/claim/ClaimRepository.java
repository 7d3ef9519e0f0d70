package id.jamsos.rentan.claim;

import id.jamsos.rentan.common.Formats;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

@Repository
public class ClaimRepository {
    static final RowMapper<Claim> CLAIM = (rs, i) -> new Claim(rs.getString("claim_number"),
            rs.getString("regency_code"), rs.getString("membership_number"), ClaimType.valueOf(rs.getString("claim_type")),
            rs.getDate("event_date").toLocalDate(), rs.getString("death_certificate_number"),
            (Long) rs.getObject("declared_monthly_income", Long.class), ClaimStatus.valueOf(rs.getString("status")),
            (Boolean) rs.getObject("eligible", Boolean.class), rs.getString("eligibility_reason"),
            (Integer) rs.getObject("heir_group", Integer.class),
            rs.getString("funeral_payee_name") == null ? null : new Claim.FuneralPayee(rs.getString("funeral_payee_name"),
                    rs.getString("funeral_payee_nik"), rs.getString("funeral_payee_bank_name"),
                    rs.getString("funeral_payee_bank_account"), rs.getString("funeral_payee_email")),
            rs.getString("documents_note"), rs.getString("decision_note"),
            (Long) rs.getObject("total_payable", Long.class), rs.getObject("complete_at", OffsetDateTime.class),
            rs.getDate("payout_due") == null ? null : rs.getDate("payout_due").toLocalDate(),
            rs.getObject("paid_at", OffsetDateTime.class), rs.getString("created_by"));
    static final RowMapper<Heir> HEIR = (rs, i) -> new Heir(rs.getLong("id"), rs.getString("claim_number"),
            rs.getString("name"), rs.getString("nik"), Relation.valueOf(rs.getString("relation")),
            rs.getDate("birth_date").toLocalDate(), rs.getString("bank_name"), rs.getString("bank_account"),
            rs.getString("email"), rs.getInt("priority_group"), rs.getBoolean("entitled"));
    static final RowMapper<Benefit> BENEFIT = (rs, i) -> new Benefit(rs.getLong("id"), rs.getString("claim_number"),
            rs.getString("kind"), rs.getLong("amount"), (Long) rs.getObject("heir_id", Long.class),
            rs.getString("payee_name"), rs.getString("bank_name"), rs.getString("bank_account"), rs.getString("status"),
            rs.getString("note"));
    static final RowMapper<Payment> PAYMENT = (rs, i) -> new Payment(rs.getLong("id"), rs.getString("claim_number"),
            (Long) rs.getObject("benefit_id", Long.class), (Long) rs.getObject("beasiswa_id", Long.class),
            rs.getLong("amount"), rs.getString("payee_name"), rs.getString("bank_name"), rs.getString("bank_account"),
            rs.getString("status"), rs.getString("transfer_ref"), rs.getObject("paid_at", OffsetDateTime.class));

    private final JdbcTemplate jdbc;

    public ClaimRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    /** Next sequence number of the regency and year; the row lock of the update serialises concurrent filings. */
    public int nextSequence(String regencyCode, int year) {
        int updated = jdbc.update("update claim_sequence set last_seq = last_seq + 1 where regency_code = ? and claim_year = ?",
                regencyCode, year);
        if (updated == 0) {
            jdbc.update("insert into claim_sequence (regency_code, claim_year, last_seq) values (?, ?, 1)", regencyCode, year);
            return 1;
        }
        return jdbc.queryForObject("select last_seq from claim_sequence where regency_code = ? and claim_year = ?",
                Integer.class, regencyCode, year);
    }

    /** The day the claim was filed (WIB): the JKK expiry is counted up to it. */
    public LocalDate filedOn(String claimNumber) {
        java.time.OffsetDateTime at = jdbc.queryForObject("select created_at from claim where claim_number = ?",
                java.time.OffsetDateTime.class, claimNumber);
        return at.atZoneSameInstant(id.jamsos.rentan.common.Formats.WIB).toLocalDate();
    }

    public Optional<Claim> find(String claimNumber) {
        return jdbc.query("select * from claim where claim_number = ?", CLAIM, claimNumber).stream().findFirst();
    }

    public Optional<String> claimNumberOfMember(String membershipNumber) {
        return jdbc.queryForList("select claim_number from claim where membership_number = ?", String.class,
                membershipNumber).stream().findFirst();
    }

    /** Claims that name this person (NIK and birth date both match) as an heir, newest first. */
    public List<String> claimNumbersOfHeir(String nik, LocalDate birthDate) {
        return jdbc.queryForList("""
                select distinct c.claim_number, c.created_at from claim c join claim_heir h on h.claim_number = c.claim_number
                where h.nik = ? and h.birth_date = ? order by c.created_at desc""", nik, Date.valueOf(birthDate))
                .stream().map(r -> (String) r.get("claim_number")).toList();
    }

    public void insert(Claim c) {
        Claim.FuneralPayee f = c.funeralPayee();
        jdbc.update("""
                insert into claim (claim_number, regency_code, membership_number, claim_type, event_date,
                  death_certificate_number, declared_monthly_income, status, funeral_payee_name, funeral_payee_nik,
                  funeral_payee_bank_name, funeral_payee_bank_account, funeral_payee_email, created_by, created_at, updated_at)
                values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                """, c.claimNumber(), c.regencyCode(), c.membershipNumber(), c.type().name(), Date.valueOf(c.eventDate()),
                c.deathCertificateNumber(), c.declaredMonthlyIncome(), c.status().name(),
                f == null ? null : f.name(), f == null ? null : f.nik(), f == null ? null : f.bankName(),
                f == null ? null : f.bankAccount(), f == null ? null : f.email(), c.createdBy(), now(), now());
    }

    public void insertHeir(String claimNumber, ClaimRequest.HeirInput h, Relation relation) {
        jdbc.update("""
                insert into claim_heir (claim_number, name, nik, relation, birth_date, bank_name, bank_account, email,
                  priority_group, entitled) values (?,?,?,?,?,?,?,?,?,?)
                """, claimNumber, h.name().trim(), h.nik(), relation.name(), Date.valueOf(h.birthDate()), h.bankName().trim(),
                h.bankAccount(), h.email(), relation.group(), false);
    }

    public List<Heir> heirs(String claimNumber) {
        return jdbc.query("select * from claim_heir where claim_number = ? order by id", HEIR, claimNumber);
    }

    public void markEntitled(String claimNumber, int group) {
        jdbc.update("update claim_heir set entitled = (priority_group = ?) where claim_number = ?", group, claimNumber);
    }

    public void setStatus(String claimNumber, ClaimStatus status) {
        jdbc.update("update claim set status = ?, updated_at = ? where claim_number = ?", status.name(), now(), claimNumber);
    }

    public void recordEligibility(String claimNumber, boolean eligible, String reason, ClaimStatus status) {
        jdbc.update("update claim set eligible = ?, eligibility_reason = ?, status = ?, updated_at = ? where claim_number = ?",
                eligible, reason, status.name(), now(), claimNumber);
    }

    public void recordDocuments(String claimNumber, Map<String, Boolean> present, String user, String note) {
        Timestamp now = now();
        jdbc.update("delete from claim_document where claim_number = ?", claimNumber);
        present.forEach((code, ok) -> jdbc.update(
                "insert into claim_document (claim_number, code, present, checked_by, checked_at) values (?,?,?,?,?)",
                claimNumber, code, ok, user, now));
        jdbc.update("update claim set documents_note = ?, updated_at = ? where claim_number = ?", note, now, claimNumber);
    }

    public List<String> missingDocuments(String claimNumber) {
        return jdbc.queryForList("select code from claim_document where claim_number = ? and present = false order by code",
                String.class, claimNumber);
    }

    public void markComplete(String claimNumber, LocalDate payoutDue) {
        jdbc.update("update claim set complete_at = ?, payout_due = ?, updated_at = ? where claim_number = ? and complete_at is null",
                now(), Date.valueOf(payoutDue), now(), claimNumber);
    }

    public void recordDecision(String claimNumber, String note) {
        jdbc.update("update claim set decision_note = ?, updated_at = ? where claim_number = ?", note, now(), claimNumber);
    }

    public void recordHeirGroup(String claimNumber, Integer group, long totalPayable) {
        jdbc.update("update claim set heir_group = ?, total_payable = ?, updated_at = ? where claim_number = ?",
                group, totalPayable, now(), claimNumber);
    }

    public void markPaid(String claimNumber) {
        jdbc.update("update claim set status = 'PAID', paid_at = ?, updated_at = ? where claim_number = ? and paid_at is null",
                now(), now(), claimNumber);
    }

    public boolean hasBenefits(String claimNumber) {
        return jdbc.queryForObject("select count(*) from claim_benefit where claim_number = ?", Long.class, claimNumber) > 0;
    }

    public void insertBenefit(String claimNumber, String kind, long amount, Heir heir, String payeeName, String bankName,
                              String bankAccount, String status, String note) {
        jdbc.update("""
                insert into claim_benefit (claim_number, kind, amount, heir_id, payee_name, bank_name, bank_account, status, note)
                values (?,?,?,?,?,?,?,?,?)
                """, claimNumber, kind, amount, heir == null ? null : heir.id(), payeeName, bankName, bankAccount, status, note);
    }

    public List<Benefit> benefits(String claimNumber) {
        return jdbc.query("select * from claim_benefit where claim_number = ? order by id", BENEFIT, claimNumber);
    }

    /** A payment row for every payable benefit that has none yet (unique benefit id: at most one per benefit). */
    public void insertMissingPayments(String claimNumber) {
        jdbc.update("""
                insert into claim_payment (claim_number, benefit_id, amount, payee_name, bank_name, bank_account, status, attempts, created_at)
                select b.claim_number, b.id, b.amount, b.payee_name, b.bank_name, b.bank_account, 'PENDING', 0, ?
                from claim_benefit b
                where b.claim_number = ? and b.status = 'PAYABLE'
                  and not exists (select 1 from claim_payment p where p.benefit_id = b.id)
                """, now(), claimNumber);
    }

    public long insertBeasiswaPayment(String claimNumber, long beasiswaId, long amount, Heir payee) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    insert into claim_payment (claim_number, beasiswa_id, amount, payee_name, bank_name, bank_account, status, attempts, created_at)
                    values (?,?,?,?,?,?,'PENDING',0,?)
                    """, new String[]{"id"});
            ps.setString(1, claimNumber);
            ps.setLong(2, beasiswaId);
            ps.setLong(3, amount);
            ps.setString(4, payee.name());
            ps.setString(5, payee.bankName());
            ps.setString(6, payee.bankAccount());
            ps.setTimestamp(7, now());
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    public List<Payment> payments(String claimNumber) {
        return jdbc.query("select * from claim_payment where claim_number = ? order by id", PAYMENT, claimNumber);
    }

    public Optional<Payment> payment(long id) {
        return jdbc.query("select * from claim_payment where id = ?", PAYMENT, id).stream().findFirst();
    }

    public Optional<Payment> paymentOfBeasiswa(long beasiswaId) {
        return jdbc.query("select * from claim_payment where beasiswa_id = ?", PAYMENT, beasiswaId).stream().findFirst();
    }

    public List<Long> pendingBenefitPaymentIds(String claimNumber) {
        return jdbc.queryForList("select id from claim_payment where claim_number = ? and benefit_id is not null order by id",
                Long.class, claimNumber);
    }

    public void markPaymentPaid(long paymentId, String reference) {
        jdbc.update("update claim_payment set status = 'PAID', transfer_ref = ?, paid_at = ?, attempts = attempts + 1 where id = ? and status <> 'PAID'",
                reference, now(), paymentId);
        jdbc.update("update claim_benefit set status = 'PAID' where id = (select benefit_id from claim_payment where id = ?)",
                paymentId);
    }

    public boolean allBenefitPaymentsPaid(String claimNumber) {
        return jdbc.queryForObject("select count(*) from claim_payment where claim_number = ? and benefit_id is not null and status <> 'PAID'",
                Long.class, claimNumber) == 0;
    }

    public List<Claim> overdue(LocalDate today, List<String> regencies) {
        String in = String.join(",", regencies.stream().map(r -> "?").toList());
        List<Object> args = new java.util.ArrayList<>();
        args.add(Date.valueOf(today));
        args.addAll(regencies);
        return jdbc.query("select * from claim where status in ('AWAITING_APPROVAL','PAYING') and payout_due < ?"
                + (regencies.isEmpty() ? "" : " and regency_code in (" + in + ")") + " order by payout_due, claim_number",
                CLAIM, args.toArray());
    }

    public List<Claim> list(List<String> regencies, int limit) {
        String in = String.join(",", regencies.stream().map(r -> "?").toList());
        List<Object> args = new java.util.ArrayList<>(regencies);
        args.add(limit);
        return jdbc.query("select * from claim" + (regencies.isEmpty() ? "" : " where regency_code in (" + in + ")")
                + " order by created_at desc limit ?", CLAIM, args.toArray());
    }

    // Export: claims of a regency with their heirs, benefits and payments, four queries whatever the count.

    /** A claim with its member's name and the moment it was filed. */
    public record ExportRow(Claim claim, String memberName, OffsetDateTime filedAt) {
    }

    /** The export's filter as SQL over {@code claim c}: regency, year filed (WIB, as in the claim number), status. */
    private record Filter(String where, List<Object> args) {
        static Filter of(String regencyCode, Integer year, ClaimStatus status) {
            StringBuilder where = new StringBuilder("c.regency_code = ?");
            List<Object> args = new ArrayList<>(List.of(regencyCode));
            if (year != null) {
                where.append(" and c.created_at >= ? and c.created_at < ?");
                args.add(Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(Formats.WIB).toInstant()));
                args.add(Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(Formats.WIB).toInstant()));
            }
            if (status != null) {
                where.append(" and c.status = ?");
                args.add(status.name());
            }
            return new Filter(where.toString(), args);
        }

        String claimNumbers() {
            return "(select c.claim_number from claim c where " + where + ")";
        }
    }

    /** Claims filed in the year (all years when null), in the status (any when null), in the order they were filed. */
    public List<ExportRow> forExport(String regencyCode, Integer year, ClaimStatus status) {
        Filter f = Filter.of(regencyCode, year, status);
        return jdbc.query("select c.*, m.name as member_name from claim c join member m on m.membership_number = c.membership_number"
                        + " where " + f.where() + " order by c.created_at, c.claim_number",
                (rs, i) -> new ExportRow(CLAIM.mapRow(rs, i), rs.getString("member_name"),
                        rs.getObject("created_at", OffsetDateTime.class)), f.args().toArray());
    }

    public Map<String, List<Heir>> heirsForExport(String regencyCode, Integer year, ClaimStatus status) {
        Filter f = Filter.of(regencyCode, year, status);
        return group(jdbc.query("select * from claim_heir where claim_number in " + f.claimNumbers() + " order by id",
                HEIR, f.args().toArray()), Heir::claimNumber);
    }

    public Map<String, List<Benefit>> benefitsForExport(String regencyCode, Integer year, ClaimStatus status) {
        Filter f = Filter.of(regencyCode, year, status);
        return group(jdbc.query("select * from claim_benefit where claim_number in " + f.claimNumbers() + " order by id",
                BENEFIT, f.args().toArray()), Benefit::claimNumber);
    }

    public Map<String, List<Payment>> paymentsForExport(String regencyCode, Integer year, ClaimStatus status) {
        Filter f = Filter.of(regencyCode, year, status);
        return group(jdbc.query("select * from claim_payment where claim_number in " + f.claimNumbers() + " order by id",
                PAYMENT, f.args().toArray()), Payment::claimNumber);
    }

    private static <T> Map<String, List<T>> group(List<T> rows, Function<T, String> key) {
        Map<String, List<T>> out = new HashMap<>();
        rows.forEach(r -> out.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return out;
    }

    // Beasiswa

    public void insertBeasiswaChild(String claimNumber, Heir heir, int position) {
        jdbc.update("insert into beasiswa_child (claim_number, heir_id, position, name, birth_date) values (?,?,?,?,?)",
                claimNumber, heir.id(), position, heir.name(), Date.valueOf(heir.birthDate()));
    }

    public record BeasiswaChildRow(long id, long heirId, int position, String name, LocalDate birthDate) {
    }

    public List<BeasiswaChildRow> beasiswaChildren(String claimNumber) {
        return jdbc.query("select * from beasiswa_child where claim_number = ? order by position",
                (rs, i) -> new BeasiswaChildRow(rs.getLong("id"), rs.getLong("heir_id"), rs.getInt("position"),
                        rs.getString("name"), rs.getDate("birth_date").toLocalDate()), claimNumber);
    }

    public Map<String, Integer> beasiswaYearsByLevel(long childId) {
        Map<String, Integer> years = new HashMap<>();
        jdbc.query("select level, count(*) as n from beasiswa_payment where child_id = ? and amount > 0 group by level",
                rs -> {
                    years.put(rs.getString("level"), rs.getInt("n"));
                }, childId);
        return years;
    }

    public long beasiswaTotal(String claimNumber) {
        Long n = jdbc.queryForObject("""
                select coalesce(sum(p.amount), 0) from beasiswa_payment p join beasiswa_child c on c.id = p.child_id
                where c.claim_number = ?
                """, Long.class, claimNumber);
        return n == null ? 0 : n;
    }

    public Optional<Long> beasiswaPaymentId(long childId, int schoolYear) {
        return jdbc.queryForList("select id from beasiswa_payment where child_id = ? and school_year = ?", Long.class,
                childId, schoolYear).stream().findFirst();
    }

    public long insertBeasiswaYear(long childId, int schoolYear, String level, long amount) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(
                    "insert into beasiswa_payment (child_id, school_year, level, amount, created_at) values (?,?,?,?,?)",
                    new String[]{"id"});
            ps.setLong(1, childId);
            ps.setInt(2, schoolYear);
            ps.setString(3, level);
            ps.setLong(4, amount);
            ps.setTimestamp(5, now());
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** One paid transfer of a claim: which claim, its type, the amount in rupiah and when it was paid. */
    public record PaidTransfer(String claimNumber, ClaimType type, long amount, OffsetDateTime paidAt) {
    }

    /**
     * The PAID transfers (benefits and beasiswa years) of a regency's claims paid from {@code from} on, oldest
     * first: the dashboard groups them by WIB month and claim type.
     */
    public List<PaidTransfer> paidTransfers(String regencyCode, Instant from) {
        return jdbc.query("""
                select c.claim_number, c.claim_type, p.amount, p.paid_at from claim_payment p
                join claim c on c.claim_number = p.claim_number
                where c.regency_code = ? and p.status = 'PAID' and p.paid_at >= ? order by p.paid_at, p.id
                """, (rs, i) -> new PaidTransfer(rs.getString("claim_number"), ClaimType.valueOf(rs.getString("claim_type")),
                rs.getLong("amount"), rs.getObject("paid_at", OffsetDateTime.class)), regencyCode, Timestamp.from(from));
    }

    /**
     * Claims that concern a NIK: the deceased member's, an heir's or the funeral payee's, in the regencies (all
     * when the list is empty, for an administrator), newest first.
     */
    public List<Claim> byNik(String nik, List<String> regencies) {
        String in = String.join(",", regencies.stream().map(r -> "?").toList());
        List<Object> args = new ArrayList<>(List.of(nik, nik, nik));
        args.addAll(regencies);
        return jdbc.query("""
                select * from claim c where (c.membership_number in (select membership_number from member where nik = ?)
                  or c.claim_number in (select claim_number from claim_heir where nik = ?) or c.funeral_payee_nik = ?)
                """ + (regencies.isEmpty() ? "" : " and c.regency_code in (" + in + ")")
                + " order by c.created_at desc, c.claim_number", CLAIM, args.toArray());
    }
}
