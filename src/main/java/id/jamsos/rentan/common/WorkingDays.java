package id.jamsos.rentan.common;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in the regencies: Monday–Friday except national holidays and cuti bersama, a yearly list
 * kept in settings ({@code jamsos.calendar.holidays}) because the government fixes it by decree each year.
 */
@Component
public class WorkingDays {
    private final Set<LocalDate> holidays;

    /** The calendar of {@code jamsos.calendar.holidays}. */
    @Autowired
    public WorkingDays(CalendarSettings settings) {
        this(settings.holidays());
    }

    /** A calendar with these holidays (tests). */
    public WorkingDays(List<LocalDate> holidays) {
        this.holidays = new TreeSet<>(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The day itself if it is a working day, else the next working day (premium due on the 15th). */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** {@code n} working days after {@code day} (payout 3 working days after a complete file). */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        LocalDate d = day;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
