package id.jamsos.rentan.enrollment;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;

/**
 * A member's history as data: status changes and paid months, so that every eligibility figure is computed as of
 * a given day (the event date of a claim), never as of the day the claim is looked at (issue 13).
 *
 * @param coverageStart first day of protection (WIB date)
 * @param changes       status changes, each effective from its day (table {@code member_status_change})
 * @param paidMonths    first days of the months paid through invoices of this system (table {@code member_contribution})
 * @param legacyMonths  months paid before this system kept invoices (in {@code member.contribution_months} only);
 *                      they precede every month of {@code paidMonths}
 */
public record MemberHistory(LocalDate coverageStart, List<StatusChange> changes, List<LocalDate> paidMonths,
                            int legacyMonths) {
    /** One change of status, effective from {@code effectiveOn} (WIB date) on. */
    public record StatusChange(MemberStatus status, String reason, LocalDate effectiveOn) {
    }

    /** Status on the day and since when: ACTIVE since coverage start when nothing changed before the day. */
    public StatusChange statusOn(LocalDate day) {
        return changes.stream().filter(c -> !c.effectiveOn().isAfter(day))
                .max(Comparator.comparing(StatusChange::effectiveOn))
                .orElse(new StatusChange(MemberStatus.ACTIVE, null, coverageStart));
    }

    /**
     * Masa iur on the day, in months: the paid months that ended before the day (a month counts once it is over;
     * months after the day never count, PP 82/2019 art. 25: "masa iur ... pada saat meninggal dunia"), plus the
     * months paid before this system, never more than the whole months of protection from coverage start to the day.
     * Example (DOMAIN "Beasiswa"): covered 01-03-2023, died 15-01-2026 → 34 months, however late the claim is filed.
     */
    public int contributionMonthsAt(LocalDate day) {
        if (day.isBefore(coverageStart)) {
            return 0;
        }
        long paid = paidMonths.stream().filter(m -> !m.withDayOfMonth(1).plusMonths(1).isAfter(day)).count();
        Period p = Period.between(coverageStart, day);
        long covered = p.toTotalMonths();
        return (int) Math.min(legacyMonths + paid, covered);
    }
}
