package id.jamsos.rentan.support;

import id.jamsos.rentan.common.Formats;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The application's {@link Clock} in integration tests (shared Spring context): the system clock until a test
 * pins the day; {@link IntegrationTest} releases it after every test. The pinned clock keeps ticking from 09:00
 * WIB of that day, so timestamps still advance. Every business date of the application comes from the
 * {@code Clock} bean ({@code ArchitectureTest} forbids the system date in main classes).
 *
 * <p>Pinning also moves the engine's {@code ClockUtil} by the same offset (ticking too), and {@link #reset} puts it
 * back: task due dates and SLA timers are computed from this clock ({@code VerificationSla}, the claim's school-year
 * timer) but fired and judged overdue by the engine's, so with a pinned June day and a real December engine every
 * verification reminder and escalation would fire at once. A test that needs the engine's clock to stand still
 * ({@code HistoryBench}) sets {@code ClockUtil.setCurrentTime} after pinning.
 */
public final class TestClock extends Clock {
    private volatile Duration offset = Duration.ZERO;
    private final ZoneId zone;
    /** The instance holding the offset: {@link #withZone} views share it. */
    private final TestClock source;

    public TestClock() {
        this(Formats.WIB, null);
    }

    private TestClock(ZoneId zone, TestClock shared) {
        this.zone = zone;
        this.source = shared == null ? this : shared;
    }

    /** From now on "today" (WIB) is {@code day}, starting at 09:00 and ticking. */
    public void pin(LocalDate day) {
        Duration offset = Duration.between(Instant.now(), day.atTime(9, 0).atZone(Formats.WIB).toInstant());
        source.offset = offset;
        ClockUtil.offset(offset.toMillis());
    }

    /**
     * From now on "today" (WIB) is {@code day} for the application only; the engine's clock stays the system's. For
     * tests of steps that set no timer and read no due date (enrollment's booking on a PKS years ahead): moving the
     * engine years ahead too would make every timer other tests left waiting in the shared database due at once
     * (SLA reminders, PKS ends, monthly invoices), and the job executor would fire them all during the test.
     */
    public void pinApplicationOnly(LocalDate day) {
        source.offset = Duration.between(Instant.now(), day.atTime(9, 0).atZone(Formats.WIB).toInstant());
    }

    /**
     * Pins the 15th of June of the current WIB year: a worker finalised then is covered from 1 July on the PKS in
     * force, whatever month the suite runs in (in December they would wait for next year's PKS, issue 13; that
     * path has its own test, {@code NextPksBookingIT}).
     */
    public LocalDate pinMidYear() {
        LocalDate day = LocalDate.now(Formats.WIB).withMonth(6).withDayOfMonth(15);
        pin(day);
        return day;
    }

    /** Back to the system clock, the engine's too. */
    public void reset() {
        source.offset = Duration.ZERO;
        ClockUtil.reset();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new TestClock(zone, source);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(source.offset);
    }

    /** Registers the test clock as the primary {@link Clock} of the integration-test context. */
    @TestConfiguration
    public static class Config {
        @Bean
        @Primary
        public TestClock testClock() {
            return new TestClock();
        }
    }
}
