package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.WorkingDays;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

/**
 * Due dates of officials' tasks in working days (settings), used by the BPMN for the task due date and
 * the SLA timers: reminder at the due date, escalation a further period later. Due at 16:00 WIB, the
 * end of office hours. The day the period counts from is "today" (WIB) of the application {@link Clock}: in
 * production the system clock, as is the engine's {@code ClockUtil} that fires the timers; integration tests move
 * both together ({@code support.TestClock}).
 */
@Component("verificationSla")
public class VerificationSla {
    private final WorkingDays workingDays;
    private final int lurahDays;
    private final int camatDays;
    private final int dinsosDays;
    private final int escalationDays;
    private final int importReviewDays;
    private final Clock clock;

    /** @param clock the application's WIB clock ({@code config.ClockConfig}): the day a task's period starts */
    public VerificationSla(WorkingDays workingDays, VerificationSettings settings, Clock clock) {
        this.workingDays = workingDays;
        this.clock = clock;
        this.lurahDays = settings.sla().lurahDays();
        this.camatDays = settings.sla().camatDays();
        this.dinsosDays = settings.sla().dinsosDays();
        this.escalationDays = settings.sla().escalationDays();
        this.importReviewDays = settings.sla().importReviewDays();
    }

    private int days(String role) {
        return switch (role) {
            case "LURAH" -> lurahDays;
            case "CAMAT" -> camatDays;
            case "DINSOS" -> dinsosDays;
            case "IMPORT" -> importReviewDays;
            default -> throw new IllegalArgumentException("peran tanpa SLA: " + role);
        };
    }

    public LocalDate dueDay(String role, LocalDate today) {
        return workingDays.plusWorkingDays(today, days(role));
    }

    /** The due date (16:00 WIB) of a task of {@code role} that arrives today; refuses a role without an SLA. */
    public Date due(String role) {
        return at16(dueDay(role, today()));
    }

    /** When a task of {@code role} arriving today is escalated: its due day plus the escalation working days, 16:00 WIB. */
    public Date escalation(String role) {
        return at16(workingDays.plusWorkingDays(dueDay(role, today()), escalationDays));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.WIB));
    }

    private static Date at16(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(16, 0)).atZone(Formats.WIB).toInstant());
    }
}
