package id.jamsos.rentan.support;

import id.jamsos.rentan.enrollment.CoverageStart;
import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.AgreementRepository;
import id.jamsos.rentan.pks.PksStatus;

import java.time.LocalDate;

/**
 * For tests on their own database whose application cannot be given a pinned clock (a separate process or
 * node): workers finalised in December are booked on next year's PKS (issue 13), so the run only enrolls them
 * in every month if that PKS is signed. Use only where no other test creates the regency's next PKS.
 */
public final class NextYearPks {
    private NextYearPks() {
    }

    /**
     * Makes sure workers of the regency finalised on {@code today} can be booked now.
     *
     * @return the PKS they are booked on: the one in force when protection (from the first of next month) starts
     *         within it; otherwise next fiscal year's PKS, inserted SIGNED through the pks repository from the
     *         current one's quota, premium and payer (or an existing draft of it marked SIGNED), idempotent
     * @throws IllegalStateException when the regency has no ACTIVE PKS on {@code today}
     */
    public static String ensure(AgreementRepository agreements, String regencyCode, LocalDate today) {
        Agreement current = agreements.activeOn(regencyCode, today)
                .orElseThrow(() -> new IllegalStateException("no ACTIVE PKS of " + regencyCode + " on " + today));
        CoverageStart.Booking booking = CoverageStart.book(current, agreements.byRegency(regencyCode), today);
        if (booking.pks().isPresent()) {
            return booking.pks().get().pksNumber();
        }
        int year = current.fiscalYear() + 1;
        String number = Agreement.number(regencyCode, year);
        var existing = agreements.find(number);
        if (existing.isEmpty()) {
            agreements.insert(new Agreement(number, regencyCode, year, current.quota(),
                    (long) current.quota() * current.premiumPerMonth() * 12, current.premiumPerMonth(),
                    current.endDate().plusDays(1), LocalDate.of(year, 12, 31), PksStatus.SIGNED, current.payer(),
                    current.segment(), null));
        } else if (existing.get().status() != PksStatus.SIGNED && existing.get().status() != PksStatus.ACTIVE) {
            agreements.updateStatus(number, PksStatus.SIGNED);
        }
        return number;
    }
}
