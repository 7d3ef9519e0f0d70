package id.jamsos.rentan.common;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.LocalDate;
import java.util.List;

/**
 * The working-day calendar of config/calendar.yml ({@code jamsos.calendar.*}).
 *
 * @param holidays national holidays and cuti bersama (SKB 3 Menteri), WIB dates; updated yearly by the admin
 */
@Validated
@ConfigurationProperties(prefix = "jamsos.calendar", ignoreUnknownFields = false)
public record CalendarSettings(@NotNull List<@NotNull LocalDate> holidays) {
}
