package id.jamsos.rentan.config;

import id.jamsos.rentan.common.Formats;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The wall clock of the application services, in WIB. Services that decide by "today" outside the engine
 * (enrollment's booking on the PKS in force, issue 13) take this {@link Clock} instead of calling
 * {@code LocalDate.now()}, so an integration test can pin the day (e.g. a December finalisation) and give the
 * same result in every month. Engine delegates keep using Camunda's {@code ClockUtil}.
 */
@Configuration
public class ClockConfig {

    /** @return the system clock in the WIB zone (UTC+7) */
    @Bean
    public Clock clock() {
        return Clock.system(Formats.WIB);
    }
}
