package id.jamsos.rentan.claim;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberHistory;
import id.jamsos.rentan.enrollment.MemberStatus;

import java.time.LocalDate;

/**
 * Was the member covered when the death (or accident) happened? Pure rules, recorded with their reason. Every
 * figure is taken as of the event date (issue 13): the status on that day from the member's history, not today's
 * status; the JKK expiry counted from the event to the day the claim was filed, not to the day it is checked.
 */
public final class ClaimEligibility {
    public record Result(boolean eligible, String reason) {
    }

    private ClaimEligibility() {
    }

    /**
     * @param history        the member's status changes ({@link MemberHistory#statusOn})
     * @param eventDate      day of death or accident (WIB)
     * @param filedOn        day the claim was filed (WIB): JKK rights expire 5 years after the accident (DOMAIN "Benefits")
     * @param jkkExpiryYears setting {@code jamsos.claim.jkk-expiry-years}
     */
    public static Result check(Member m, MemberHistory history, ClaimType type, LocalDate eventDate, LocalDate filedOn,
                               int jkkExpiryYears) {
        if (eventDate.isBefore(m.coverageStart())) {
            return new Result(false, "Kejadian " + Formats.date(eventDate) + " sebelum awal masa perlindungan "
                    + Formats.date(m.coverageStart()));
        }
        if (m.coverageEnd() != null && eventDate.isAfter(m.coverageEnd())) {
            return new Result(false, "Kejadian " + Formats.date(eventDate) + " setelah kepesertaan berakhir "
                    + Formats.date(m.coverageEnd()) + " (status " + m.status() + ")");
        }
        MemberHistory.StatusChange onEvent = history.statusOn(eventDate);
        if (onEvent.status() != MemberStatus.ACTIVE) {
            return new Result(false, "Peserta berstatus " + onEvent.status() + " (tidak aktif"
                    + (onEvent.reason() == null ? "" : ", " + onEvent.reason()) + ") sejak "
                    + Formats.date(onEvent.effectiveOn()) + ", pada tanggal kejadian " + Formats.date(eventDate));
        }
        if (type == ClaimType.JKK && eventDate.plusYears(jkkExpiryYears).isBefore(filedOn)) {
            return new Result(false, "Hak klaim JKK kedaluwarsa: kecelakaan " + Formats.date(eventDate)
                    + " lebih dari " + jkkExpiryYears + " tahun sebelum klaim diajukan " + Formats.date(filedOn));
        }
        return new Result(true, "Peserta aktif pada tanggal kejadian " + Formats.date(eventDate)
                + " (perlindungan sejak " + Formats.date(m.coverageStart()) + ")");
    }
}
