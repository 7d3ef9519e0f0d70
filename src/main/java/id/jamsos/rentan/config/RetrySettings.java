package id.jamsos.rentan.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Retry cycles of async steps ({@code jamsos.retry.*} in application.yml), ISO 8601 repeat/interval such as
 * {@code R5/PT1M}; after the last failure the job becomes an incident. Read by the BPMN through {@link RetryPolicy}.
 *
 * @param externalCall calls to BPJS and DTKS, and our own set-based steps
 * @param payment      bank transfers
 */
@Validated
@ConfigurationProperties(prefix = "jamsos.retry", ignoreUnknownFields = false)
public record RetrySettings(@NotBlank @Pattern(regexp = "R\\d+/P.+") String externalCall,
                            @NotBlank @Pattern(regexp = "R\\d+/P.+") String payment) {
}
