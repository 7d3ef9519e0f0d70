package id.jamsos.rentan.budget;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * The settings of config/budget.yml ({@code jamsos.budget.*}), the one place of their values. A missing or invalid
 * value, or an unknown key under the prefix, fails the start. Amounts come from {@code jamsos.program}.
 *
 * @param months                   months of premium per worker in the fiscal year's proposal
 * @param targetCoveragePercent    coverage (percent of the vulnerable population) the proposed quota aims at
 * @param candidateCoveragePercents coverage steps shown to Dinsos as candidate quotas
 * @param yearlyCron               Spring cron (WIB) of the yearly start of next year's evaluations
 * @param yearlyEnabled            whether that yearly start runs
 * @param taskDueDays              days until the evaluation's tasks are due
 */
@Validated
@ConfigurationProperties(prefix = "jamsos.budget", ignoreUnknownFields = false)
public record BudgetSettings(@NotNull @Positive @Max(12) Integer months,
                             @NotNull @Positive @Max(100) Integer targetCoveragePercent,
                             @NotEmpty List<@NotNull @Positive @Max(100) Integer> candidateCoveragePercents,
                             @NotBlank String yearlyCron,
                             @NotNull Boolean yearlyEnabled,
                             @NotNull @Positive Integer taskDueDays) {
}
