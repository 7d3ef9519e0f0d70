package id.jamsos.rentan.citizen;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The settings of config/citizen.yml ({@code jamsos.citizen.*}), the one place of their values. A missing or
 * invalid value, or an unknown key under the prefix, fails the start.
 *
 * @param lookupsPerHour       most lookups of /status per NIK and per client address within one hour (then 429)
 * @param lookupKey            HMAC key that stands for the NIK in the lookup log (the NIK itself is never stored;
 *                             {@code JAMSOS_CITIZEN_LOOKUP_KEY} in production); never blank
 * @param openClaimWorkingDays working days after a death report until the BPJS officer's "Buka klaim" task is due
 * @param civilRegistry        the Dukcapil death feed
 * @param grievanceWorkingDays working days after filing until an objection's decision is due (reminder then)
 * @param grievanceEscalationWorkingDays working days after that due date until the escalation (Kadinsos, Kacab)
 */
@Validated
@ConfigurationProperties(prefix = "jamsos.citizen", ignoreUnknownFields = false)
public record CitizenSettings(@NotNull @Positive Integer lookupsPerHour,
                              @NotBlank String lookupKey,
                              @NotNull @Positive Integer openClaimWorkingDays,
                              @NotNull @Valid CivilRegistry civilRegistry,
                              @NotNull @Positive Integer grievanceWorkingDays,
                              @NotNull @Positive Integer grievanceEscalationWorkingDays) {
    /**
     * @param mode           {@code simulated} (in-app; demo and tests) or {@code http} (HttpCivilRegistry at baseUrl)
     * @param baseUrl        address of the web service (mode http)
     * @param apiKey         sent as {@code X-Api-Key}; empty for none
     * @param timeoutSeconds connect and answer timeout, in seconds
     * @param cron           Spring cron (WIB) of the daily poll
     * @param lookbackDays   days back each poll asks for
     */
    public record CivilRegistry(@NotBlank @Pattern(regexp = "simulated|http") String mode, @NotBlank String baseUrl,
                                @NotNull String apiKey, @NotNull @Positive Integer timeoutSeconds,
                                @NotBlank String cron, @NotNull @Positive Integer lookbackDays) {
    }
}
