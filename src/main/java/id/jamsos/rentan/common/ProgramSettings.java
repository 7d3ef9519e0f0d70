package id.jamsos.rentan.common;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The program's figures shared by several features ({@code jamsos.program.*} in application.yml, the one place of
 * their values). A missing or invalid value, or an unknown key under the prefix, fails the start.
 *
 * @param premiumPerMonth         rupiah per member and month: JKK 1% x Rp1.000.000 + JKM Rp6.800 for the lowest BPU
 *                                bracket (PP 44/2015 jo. PP 82/2019)
 * @param registeredMonthlyIncome rupiah a month the premium is paid on, the base of the JKK death benefit
 * @param minAge                  youngest age (years, on the screening day) a candidate may have
 * @param maxAge                  oldest age (years) a candidate may have; at least {@code minAge}
 */
@Validated
@ConfigurationProperties(prefix = "jamsos.program", ignoreUnknownFields = false)
public record ProgramSettings(@NotNull @Positive Long premiumPerMonth,
                              @NotNull @Positive Long registeredMonthlyIncome,
                              @NotNull @Positive Integer minAge,
                              @NotNull @Positive Integer maxAge) {
    /** Bean validation: the age range is not empty. */
    @AssertTrue(message = "min-age tidak boleh lebih besar dari max-age")
    public boolean isAgeRangeValid() {
        return minAge == null || maxAge == null || minAge <= maxAge;
    }
}
