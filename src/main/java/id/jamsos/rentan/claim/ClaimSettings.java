package id.jamsos.rentan.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.MonthDay;

/**
 * The settings of config/claim.yml ({@code jamsos.claim.*}), the one place of their values. A missing or invalid
 * value, or an unknown key under the prefix, fails the start. The JKK base income is
 * {@code jamsos.program.registered-monthly-income} ({@link id.jamsos.rentan.common.ProgramSettings}).
 *
 * @param approvalThreshold        rupiah: above this total the branch head (kacab) approves the payout
 * @param payoutSlaWorkingDays     working days from a complete file to the payout's due date
 * @param documentCheckWorkingDays working days the BPJS officer has to check the documents
 * @param documentsReminderCycle   ISO 8601 cycle of reminders to the heir for missing documents, e.g. R4/P7D
 * @param documentsTimeout         ISO 8601 duration after which a claim with missing documents closes, e.g. P30D
 * @param jkkExpiryYears           years after the accident a JKK claim right expires
 * @param beasiswa                 the children's scholarship (beasiswa)
 * @param bank                     the bank the payouts are transferred through
 */
@Validated
@ConfigurationProperties(prefix = "jamsos.claim", ignoreUnknownFields = false)
public record ClaimSettings(@NotNull @Positive Long approvalThreshold,
                            @NotNull @Positive Integer payoutSlaWorkingDays,
                            @NotNull @Positive Integer documentCheckWorkingDays,
                            @NotBlank @Pattern(regexp = "R\\d+/P.+") String documentsReminderCycle,
                            @NotBlank @Pattern(regexp = "P.+") String documentsTimeout,
                            @NotNull @Positive Integer jkkExpiryYears,
                            @NotNull @Valid Beasiswa beasiswa,
                            @NotNull @Valid Bank bank) {
    /**
     * @param maxChildren     children of one member paid a scholarship
     * @param maxAge          oldest age (years) of a child still paid
     * @param totalCap        rupiah: most paid per member over all children and years
     * @param schoolYearStart day the school year starts, {@code --MM-dd} (e.g. "--07-15")
     * @param checkDueDays    days after the school year's start the enrollment check is due
     */
    public record Beasiswa(@NotNull @Positive Integer maxChildren, @NotNull @Positive Integer maxAge,
                           @NotNull @Positive Long totalCap, @NotNull MonthDay schoolYearStart,
                           @NotNull @Positive Integer checkDueDays) {
    }

    /**
     * @param mode           {@code simulated} (in-app; demo and tests) or {@code http} (HttpBankTransfers at url)
     * @param url            address of the bank's web service (mode http)
     * @param apiKey         sent with every transfer; empty for none
     * @param timeoutSeconds connect and answer timeout, in seconds
     */
    public record Bank(@NotBlank @Pattern(regexp = "simulated|http") String mode, @NotBlank String url,
                       @NotNull String apiKey, @NotNull @Positive Integer timeoutSeconds) {
    }
}
