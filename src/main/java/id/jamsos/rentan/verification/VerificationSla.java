package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.WorkingDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

/**
 * Due dates of officials' tasks in working days (settings), used by the BPMN for the task due date and
 * the SLA timers: reminder at the due date, escalation a further period later. Due at 16:00 WIB, the
 * end of office hours.
 */
@Component("verificationSla")
public class VerificationSla {
    private final WorkingDays workingDays;
    private final int lurahDays;
    private final int camatDays;
    private final int dinsosDays;
    private final int escalationDays;
    private final int importReviewDays;

    public VerificationSla(WorkingDays workingDays,
                           @Value("${jamsos.verification.sla.lurah-days:7}") int lurahDays,
                           @Value("${jamsos.verification.sla.camat-days:5}") int camatDays,
                           @Value("${jamsos.verification.sla.dinsos-days:5}") int dinsosDays,
                           @Value("${jamsos.verification.sla.escalation-days:3}") int escalationDays,
                           @Value("${jamsos.verification.sla.import-review-days:2}") int importReviewDays) {
        this.workingDays = workingDays;
        this.lurahDays = lurahDays;
        this.camatDays = camatDays;
        this.dinsosDays = dinsosDays;
        this.escalationDays = escalationDays;
        this.importReviewDays = importReviewDays;
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

    public Date due(String role) {
        return at16(dueDay(role, LocalDate.now(Formats.WIB)));
    }

    public Date escalation(String role) {
        return at16(workingDays.plusWorkingDays(dueDay(role, LocalDate.now(Formats.WIB)), escalationDays));
    }

    private static Date at16(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(16, 0)).atZone(Formats.WIB).toInstant());
    }
}
