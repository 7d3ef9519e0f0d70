package id.jamsos.rentan.claim;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.enrollment.Member;

import java.time.LocalDate;

/** Was the member covered when the death (or accident) happened? Pure rules, recorded with their reason. */
public final class ClaimEligibility {
    public record Result(boolean eligible, String reason) {
    }

    private ClaimEligibility() {
    }

    public static Result check(Member m, ClaimType type, LocalDate eventDate, LocalDate today, int jkkExpiryYears) {
        if (eventDate.isBefore(m.coverageStart())) {
            return new Result(false, "Kejadian " + Formats.date(eventDate) + " sebelum awal masa perlindungan "
                    + Formats.date(m.coverageStart()));
        }
        if (m.coverageEnd() != null && eventDate.isAfter(m.coverageEnd())) {
            return new Result(false, "Kejadian " + Formats.date(eventDate) + " setelah kepesertaan berakhir "
                    + Formats.date(m.coverageEnd()) + " (status " + m.status() + ")");
        }
        if (m.status() != id.jamsos.rentan.enrollment.MemberStatus.ACTIVE && m.coverageEnd() == null) {
            return new Result(false, "Peserta berstatus " + m.status() + " (tidak aktif) pada tanggal kejadian");
        }
        if (type == ClaimType.JKK && eventDate.plusYears(jkkExpiryYears).isBefore(today)) {
            return new Result(false, "Hak klaim JKK kedaluwarsa: kecelakaan " + Formats.date(eventDate)
                    + " lebih dari " + jkkExpiryYears + " tahun yang lalu");
        }
        return new Result(true, "Peserta aktif pada tanggal kejadian " + Formats.date(eventDate)
                + " (perlindungan sejak " + Formats.date(m.coverageStart()) + ")");
    }
}
