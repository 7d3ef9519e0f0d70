package id.jamsos.rentan.enrollment;

import java.time.LocalDate;

/** Protection starts at the PKS start, or on the first of next month when the worker joins later. */
public final class CoverageStart {
    private CoverageStart() {
    }

    public static LocalDate of(LocalDate pksStart, LocalDate today) {
        LocalDate firstOfNextMonth = today.withDayOfMonth(1).plusMonths(1);
        return pksStart != null && !pksStart.isBefore(firstOfNextMonth) ? pksStart : firstOfNextMonth;
    }
}
