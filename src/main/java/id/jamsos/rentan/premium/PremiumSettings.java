package id.jamsos.rentan.premium;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The settings of config/premium.yml ({@code jamsos.premium.*}), the one place of their values. A missing or
 * invalid value, or an unknown key under the prefix, fails the start.
 *
 * @param dueDay              day of the month an invoice is due (moved to the next working day)
 * @param escalateAfterDays   days after the due date when an unpaid invoice escalates to the Sekda
 * @param maxUnpaidMonths     consecutive unpaid months after which the oldest month's members lapse
 * @param restoreWindowMonths months after a lapse within which paid arrears restore the members
 */
@Validated
@ConfigurationProperties(prefix = "jamsos.premium", ignoreUnknownFields = false)
public record PremiumSettings(@NotNull @Min(1) @Max(28) Integer dueDay,
                              @NotNull @Positive Integer escalateAfterDays,
                              @NotNull @Positive Integer maxUnpaidMonths,
                              @NotNull @Positive Integer restoreWindowMonths) {
}
