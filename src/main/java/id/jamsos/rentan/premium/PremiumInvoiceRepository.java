package id.jamsos.rentan.premium;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Set-based SQL: an invoice and its member list are written with one insert-select, never row by row. */
@Repository
public class PremiumInvoiceRepository {
    private static final RowMapper<PremiumInvoice> MAPPER = (rs, i) -> new PremiumInvoice(rs.getString("invoice_number"),
            rs.getString("pks_number"), rs.getString("regency_code"), rs.getDate("period_month").toLocalDate(),
            rs.getInt("member_count"), rs.getLong("premium_per_month"), rs.getLong("amount"),
            rs.getDate("due_date").toLocalDate(), rs.getString("status"),
            rs.getDate("paid_on") == null ? null : rs.getDate("paid_on").toLocalDate(), rs.getString("payment_reference"));

    private final JdbcTemplate jdbc;

    public PremiumInvoiceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PremiumInvoice> find(String invoiceNumber) {
        return jdbc.query("select * from premium_invoice where invoice_number = ?", MAPPER, invoiceNumber).stream().findFirst();
    }

    public List<PremiumInvoice> byPks(String pksNumber) {
        return jdbc.query("select * from premium_invoice where pks_number = ? order by period_month", MAPPER, pksNumber);
    }

    /** A regency's invoices, of one year's months or of all years (year null), by month. */
    public List<PremiumInvoice> byRegency(String regencyCode, Integer year) {
        if (year == null) {
            return jdbc.query("select * from premium_invoice where regency_code = ? order by period_month, pks_number",
                    MAPPER, regencyCode);
        }
        return jdbc.query("""
                select * from premium_invoice where regency_code = ? and period_month >= ? and period_month < ?
                order by period_month, pks_number
                """, MAPPER, regencyCode, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year + 1, 1, 1)));
    }

    /** Creates the invoice for the members ACTIVE on the PKS now; returns the member count. */
    public int insert(String invoiceNumber, String pksNumber, String regencyCode, LocalDate month, long premium,
                      LocalDate due) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into premium_invoice (invoice_number, pks_number, regency_code, period_month, member_count,
                  premium_per_month, amount, due_date, status, created_at, updated_at)
                values (?,?,?,?,0,?,0,?,'UNPAID',?,?)
                """, invoiceNumber, pksNumber, regencyCode, Date.valueOf(month), premium, Date.valueOf(due), now, now);
        int n = jdbc.update("""
                insert into premium_invoice_member (invoice_number, membership_number)
                select ?, membership_number from member where pks_number = ? and status = 'ACTIVE'
                """, invoiceNumber, pksNumber);
        jdbc.update("update premium_invoice set member_count = ?, amount = ? where invoice_number = ?",
                n, n * premium, invoiceNumber);
        return n;
    }

    public void markPaid(String invoiceNumber, String status, LocalDate paidOn, String reference, String userId) {
        jdbc.update("update premium_invoice set status = ?, paid_on = ?, payment_reference = ?, recorded_by = ?, "
                        + "updated_at = ? where invoice_number = ?", status, Date.valueOf(paidOn), reference, userId,
                Timestamp.from(Instant.now()), invoiceNumber);
    }

    /** Each member of the invoice gains the month (once) in member_contribution and contribution_months. */
    public int creditContributionMonth(String invoiceNumber, LocalDate month, LocalDate paidOn) {
        int n = jdbc.update("""
                insert into member_contribution (membership_number, period_month, invoice_number, paid_on)
                select im.membership_number, ?, ?, ? from premium_invoice_member im
                where im.invoice_number = ? and not exists (select 1 from member_contribution c
                  where c.membership_number = im.membership_number and c.period_month = ?)
                """, Date.valueOf(month), invoiceNumber, Date.valueOf(paidOn), invoiceNumber, Date.valueOf(month));
        // Months paid before the system existed are already in contribution_months: add, never recount.
        jdbc.update("""
                update member set contribution_months = contribution_months + 1, updated_at = ?
                where membership_number in (select membership_number from member_contribution
                  where invoice_number = ? and period_month = ?)
                """, Timestamp.from(Instant.now()), invoiceNumber, Date.valueOf(month));
        return n;
    }

    public void markReminded(String invoiceNumber) {
        jdbc.update("update premium_invoice set reminded_at = ?, updated_at = ? where invoice_number = ?",
                Timestamp.from(Instant.now()), Timestamp.from(Instant.now()), invoiceNumber);
    }

    public void markEscalated(String invoiceNumber) {
        jdbc.update("update premium_invoice set escalated_at = ?, updated_at = ? where invoice_number = ?",
                Timestamp.from(Instant.now()), Timestamp.from(Instant.now()), invoiceNumber);
    }

    /**
     * Consecutive unpaid months of the regency from this month on that are already past due on the day. By
     * regency, not PKS: PKS periods never overlap, so arrears chain across the year boundary.
     */
    public int consecutiveUnpaidFrom(String regencyCode, LocalDate month, LocalDate day) {
        return consecutiveUnpaidFrom(regencyCode, "", month, day);
    }

    /** As {@link #consecutiveUnpaidFrom(String, LocalDate, LocalDate)}, counting only one program's invoices. */
    public int consecutiveUnpaidFrom(String regencyCode, String programSuffix, LocalDate month, LocalDate day) {
        List<PremiumInvoice> later = jdbc.query("select * from premium_invoice where regency_code = ? and period_month >= ? "
                + "order by period_month", MAPPER, regencyCode, Date.valueOf(month));
        int n = 0;
        LocalDate expected = month;
        for (PremiumInvoice i : later) {
            if (!PremiumInvoice.programSuffix(i.pksNumber()).equals(programSuffix)) {
                continue; // issue 16: another program's invoices of the regency
            }
            if (!i.periodMonth().equals(expected) || !PremiumInvoice.UNPAID.equals(i.status()) || !i.dueDate().isBefore(day)) {
                break;
            }
            n++;
            expected = expected.plusMonths(1);
        }
        return n;
    }

    /** Members of the invoice still ACTIVE become LAPSED for premium arrears. */
    public int lapseMembers(String invoiceNumber, LocalDate day) {
        // History first (member_status_change): claims judge the status on the event date.
        jdbc.update("""
                insert into member_status_change (membership_number, status, reason, effective_on, recorded_at)
                select membership_number, 'LAPSED', 'PREMIUM_ARREARS', ?, ? from member
                where status = 'ACTIVE' and membership_number in
                  (select membership_number from premium_invoice_member where invoice_number = ?)
                """, Date.valueOf(day), Timestamp.from(Instant.now()), invoiceNumber);
        return jdbc.update("""
                update member set status = 'LAPSED', status_reason = 'PREMIUM_ARREARS', status_changed_on = ?, updated_at = ?
                where status = 'ACTIVE' and membership_number in
                  (select membership_number from premium_invoice_member where invoice_number = ?)
                """, Date.valueOf(day), Timestamp.from(Instant.now()), invoiceNumber);
    }

    /**
     * Members of the invoice lapsed for arrears on or after {@code since} with no other unpaid invoice left
     * become ACTIVE again.
     */
    public int restoreMembers(String invoiceNumber, LocalDate since, LocalDate day) {
        jdbc.update("""
                insert into member_status_change (membership_number, status, reason, effective_on, recorded_at)
                select membership_number, 'ACTIVE', 'ARREARS_PAID', ?, ? from member
                where status = 'LAPSED' and status_reason = 'PREMIUM_ARREARS' and status_changed_on >= ?
                  and membership_number in (select membership_number from premium_invoice_member where invoice_number = ?)
                  and not exists (select 1 from premium_invoice_member im join premium_invoice i
                      on i.invoice_number = im.invoice_number
                    where im.membership_number = member.membership_number and i.status = 'UNPAID')
                """, Date.valueOf(day), Timestamp.from(Instant.now()), Date.valueOf(since), invoiceNumber);
        return jdbc.update("""
                update member set status = 'ACTIVE', status_reason = 'ARREARS_PAID', status_changed_on = ?, updated_at = ?
                where status = 'LAPSED' and status_reason = 'PREMIUM_ARREARS' and status_changed_on >= ?
                  and membership_number in (select membership_number from premium_invoice_member where invoice_number = ?)
                  and not exists (select 1 from premium_invoice_member im join premium_invoice i
                      on i.invoice_number = im.invoice_number
                    where im.membership_number = member.membership_number and i.status = 'UNPAID')
                """, Date.valueOf(day), Timestamp.from(Instant.now()), Date.valueOf(since), invoiceNumber);
    }

    /** What a PKS has been invoiced and what of it was paid (on time or late), in whole rupiah. */
    public record Totals(long invoiced, long paid) {
    }

    public Totals totals(String pksNumber) {
        return jdbc.queryForObject("""
                select coalesce(sum(amount), 0) as invoiced,
                  coalesce(sum(case when status in ('PAID', 'PAID_LATE') then amount else 0 end), 0) as paid
                from premium_invoice where pks_number = ?
                """, (rs, i) -> new Totals(rs.getLong("invoiced"), rs.getLong("paid")), pksNumber);
    }

    /**
     * Takes the member off every UNPAID invoice of a month from {@code firstMonth} on and recomputes count and
     * amount; returns the invoice numbers corrected. Paid invoices are left as paid (a refund is BPJS's matter).
     */
    public List<String> removeMemberFromUnpaidFrom(String membershipNumber, LocalDate firstMonth) {
        List<String> numbers = jdbc.queryForList("""
                select i.invoice_number from premium_invoice i join premium_invoice_member im on im.invoice_number = i.invoice_number
                where im.membership_number = ? and i.status = 'UNPAID' and i.period_month >= ? order by i.period_month""",
                String.class, membershipNumber, Date.valueOf(firstMonth));
        for (String number : numbers) {
            jdbc.update("delete from premium_invoice_member where invoice_number = ? and membership_number = ?",
                    number, membershipNumber);
            jdbc.update("""
                    update premium_invoice set member_count = (select count(*) from premium_invoice_member m
                      where m.invoice_number = premium_invoice.invoice_number),
                      amount = premium_per_month * (select count(*) from premium_invoice_member m
                      where m.invoice_number = premium_invoice.invoice_number), updated_at = ?
                    where invoice_number = ?""", Timestamp.from(Instant.now()), number);
        }
        return numbers;
    }

    /**
     * A PAID (or PAID_LATE) invoice from {@code firstMonth} on that billed the member gets a credit of one month's
     * premium for them (table premium_invoice_credit, once per invoice and member). Returns the credited invoices.
     */
    public List<String> creditPaidFrom(String membershipNumber, LocalDate firstMonth, String reason) {
        List<String> numbers = jdbc.queryForList("""
                select i.invoice_number from premium_invoice i join premium_invoice_member im on im.invoice_number = i.invoice_number
                where im.membership_number = ? and i.status <> 'UNPAID' and i.period_month >= ?
                  and not exists (select 1 from premium_invoice_credit c where c.invoice_number = i.invoice_number
                                  and c.membership_number = im.membership_number)
                order by i.period_month""", String.class, membershipNumber, Date.valueOf(firstMonth));
        for (String number : numbers) {
            jdbc.update("""
                    insert into premium_invoice_credit (invoice_number, membership_number, amount, reason, created_at)
                    select invoice_number, ?, premium_per_month, ?, ? from premium_invoice where invoice_number = ?""",
                    membershipNumber, reason, Timestamp.from(Instant.now()), number);
        }
        return numbers;
    }

    /** Credits (rupiah) per invoice of the given invoices that have any. */
    public java.util.Map<String, Long> creditTotals(java.util.Collection<String> invoiceNumbers) {
        java.util.Map<String, Long> totals = new java.util.HashMap<>();
        if (invoiceNumbers.isEmpty()) {
            return totals;
        }
        String in = String.join(",", java.util.Collections.nCopies(invoiceNumbers.size(), "?"));
        jdbc.query("select invoice_number, sum(amount) from premium_invoice_credit where invoice_number in (" + in
                + ") group by invoice_number", rs -> {
            totals.put(rs.getString(1), rs.getLong(2));
        }, invoiceNumbers.toArray());
        return totals;
    }
}
