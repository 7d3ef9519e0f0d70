package id.jamsos.rentan.enrollment;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.PksStatus;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Protection starts at the PKS start, or on the first of next month when the worker joins later. */
public final class CoverageStart {
    private CoverageStart() {
    }

    public static LocalDate of(LocalDate pksStart, LocalDate today) {
        LocalDate firstOfNextMonth = today.withDayOfMonth(1).plusMonths(1);
        return pksStart != null && !pksStart.isBefore(firstOfNextMonth) ? pksStart : firstOfNextMonth;
    }

    /**
     * Where a worker finalised today is booked (issue 13: nobody is covered after their agreement ends).
     *
     * @param pks        the PKS the list was finalised on
     * @param agreements the regency's agreements
     * @return the PKS and coverage start, or no PKS and the reason to wait: when protection could only start after
     *         {@code pks} ends (finalised in December on a PKS ending 31-12), the regency's next SIGNED or ACTIVE PKS
     *         covering that day; none yet → wait for it
     */
    public static Booking book(Agreement pks, List<Agreement> agreements, LocalDate today) {
        LocalDate start = of(pks.startDate(), today);
        if (!start.isAfter(pks.endDate())) {
            return new Booking(Optional.of(pks), start, null);
        }
        Optional<Agreement> next = agreements.stream()
                .filter(a -> a.status() == PksStatus.SIGNED || a.status() == PksStatus.ACTIVE)
                .filter(a -> a.covers(start))
                .min(Comparator.comparing(Agreement::startDate));
        if (next.isPresent()) {
            return new Booking(next, of(next.get().startDate(), today), null);
        }
        return new Booking(Optional.empty(), start, "Menunggu PKS berikutnya: perlindungan baru dapat mulai "
                + Formats.date(start) + ", setelah " + pks.pksNumber() + " berakhir " + Formats.date(pks.endDate()));
    }

    /** @param waitingReason set when {@code pks} is empty: the candidate waits for the next PKS */
    public record Booking(Optional<Agreement> pks, LocalDate coverageStart, String waitingReason) {
    }
}
