package id.jamsos.rentan.support;

import id.jamsos.rentan.common.Formats;
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
 * WIB of that day, so timestamps still advance. Only services taking the {@code Clock} bean see it (enrollment's
 * booking, issue 13); the engine's {@code ClockUtil} and {@code LocalDate.now()} elsewhere are untouched.
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

    /** Back to the system clock. */
    public void reset() {
        source.offset = Duration.ZERO;
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
