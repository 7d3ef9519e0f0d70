package id.jamsos.rentan.pks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The settings of config/pks.yml ({@code jamsos.pks.*}), the one place of their values. A missing or invalid value,
 * or an unknown key under the prefix, fails the start.
 *
 * @param renewalDaysBeforeEnd days before a PKS ends when the renewal reminder and next year's evaluation start
 * @param taskDueDays          days until the PKS process' tasks are due
 * @param segment              BPJS membership segment of the Dinsos program's members (e.g. PEMERINTAH_APBD); the
 *                             payer is part of each PKS since issue 16 and other payers imply their segment
 *                             ({@link Payer})
 */
@Validated
@ConfigurationProperties(prefix = "jamsos.pks", ignoreUnknownFields = false)
public record PksSettings(@NotNull @Positive Integer renewalDaysBeforeEnd,
                          @NotNull @Positive Integer taskDueDays,
                          @NotBlank String segment) {
}
