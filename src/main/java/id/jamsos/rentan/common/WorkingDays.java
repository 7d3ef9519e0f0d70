package id.jamsos.rentan.common;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
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

    /** A YAML list is not one property (holidays[0], holidays[1], ...): @Value saw none, so bind it. */
    @Autowired
    public WorkingDays(Environment env) {
        this(Binder.get(env).bind("jamsos.calendar.holidays", Bindable.listOf(String.class)).orElse(List.of())
                .stream().map(String::trim).map(LocalDate::parse).toList());
    }

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
