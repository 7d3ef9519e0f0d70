package id.jamsos.rentan.verification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.LocalDate;

/**
 * The settings of config/verification.yml ({@code jamsos.verification.*}); the values and their defaults live in
 * that file only. A missing or invalid value, or an unknown key under the prefix, fails the start.
 *
 * @param maxRows            most rows one uploaded batch may hold (one Kapuas PKS is 5,000 workers)
 * @param screeningChunkSize rows screened (and committed) per chunk of the screening step
 * @param sla                due dates of officials' tasks, in working days
 * @param dtks               the DTSEN registry the screening asks
 */
@Validated
@ConfigurationProperties(prefix = "jamsos.verification", ignoreUnknownFields = false)
public record VerificationSettings(@NotNull @Positive Integer maxRows,
                                   @NotNull @Positive Integer screeningChunkSize,
                                   @NotNull @Valid Sla sla,
                                   @NotNull @Valid Dtks dtks) {
    /**
     * Working days until an official's task is due (holidays of config/calendar.yml skipped).
     *
     * @param lurahDays        the Lurah's village list
     * @param camatDays        the Camat's kecamatan list
     * @param dinsosDays       Dinsos' final list
     * @param escalationDays   after the due date, until the escalation
     * @param importReviewDays the uploader's "Periksa Hasil Impor" task
     */
    public record Sla(@NotNull @Positive Integer lurahDays, @NotNull @Positive Integer camatDays,
                      @NotNull @Positive Integer dinsosDays, @NotNull @Positive Integer escalationDays,
                      @NotNull @Positive Integer importReviewDays) {
    }

    /**
     * The DTSEN (DTKS) registry.
     *
     * @param mode                  {@code simulator} (in-app; demo and tests) or {@code http} (web service at baseUrl)
     * @param baseUrl               address of the web service (mode http)
     * @param timeoutSeconds        connect and answer timeout, in seconds
     * @param maxDesil              highest desil (1 poorest … 10) screening still accepts
     * @param simulatorSnapshotDate the date the simulator answers as of
     */
    public record Dtks(@NotBlank @Pattern(regexp = "simulator|http") String mode, @NotBlank String baseUrl,
                       @NotNull @Positive Integer timeoutSeconds, @NotNull @Min(1) @Max(10) Integer maxDesil,
                       @NotNull LocalDate simulatorSnapshotDate) {
    }
}
