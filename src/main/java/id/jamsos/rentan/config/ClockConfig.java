package id.jamsos.rentan.config;

import id.jamsos.rentan.common.Formats;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The wall clock of the application, in WIB: every business date ("today", this year, this month, the day in an
 * export's file name) is taken from this {@link Clock}, never from the system date ({@code ArchitectureTest} forbids
 * {@code LocalDate.now()}, {@code Year.now()}, … without a clock in main classes), so an integration test can pin
 * the day (e.g. a December finalisation) and every service, delegate and controller sees the same day.
 *
 * <p>The engine fires timers and compares due dates by its own clock, Camunda's {@code ClockUtil}. In production
 * both are the system clock, so a due date or timer computed from this clock ({@code VerificationSla}, the claim's
 * school-year check) is judged by the same time; integration tests move both together ({@code support.TestClock}).
 * Code that reads engine time directly (premium and PKS delegates, the coverage report's overdue tasks) therefore
 * agrees with this clock.
 */
@Configuration
public class ClockConfig {

    /** @return the system clock in the WIB zone (UTC+7) */
    @Bean
    public Clock clock() {
        return Clock.system(Formats.WIB);
    }
}
