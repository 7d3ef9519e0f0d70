package id.jamsos.rentan.enrollment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The settings of config/enrollment.yml ({@code jamsos.enrollment.*}), the one place of their values. A missing or
 * invalid value, or an unknown key under the prefix, fails the start.
 *
 * @param chunkSize candidates registered per async job (one multi-instance element per chunk)
 * @param bpjs      the BPJS Ketenagakerjaan registration service
 */
@Validated
@ConfigurationProperties(prefix = "jamsos.enrollment", ignoreUnknownFields = false)
public record EnrollmentSettings(@NotNull @Positive Integer chunkSize, @NotNull @Valid Bpjs bpjs) {
    /**
     * @param mode           {@code simulator} (in-app; demo and tests) or {@code http} (the branch's web service)
     * @param baseUrl        address of the web service (mode http)
     * @param timeoutSeconds connect and answer timeout, in seconds
     */
    public record Bpjs(@NotBlank @Pattern(regexp = "simulator|http") String mode, @NotBlank String baseUrl,
                       @NotNull @Positive Integer timeoutSeconds) {
    }
}
