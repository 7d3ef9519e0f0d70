package id.jamsos.rentan.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Mail delivery from the outbox ({@code jamsos.mail.*} in application.yml). Delivery itself only runs when
 * {@code spring.mail.host} is set.
 *
 * @param from                  sender address of every mail
 * @param batchSize             mails claimed and sent per transaction
 * @param maxAttempts           failed attempts after which a mail is FAILED
 * @param pollIntervalMs        milliseconds between two polls of the outbox (read by {@link OutboxSender#poll()})
 * @param backoffInitialSeconds wait after the first failure, doubled per further failure
 * @param backoffMaxSeconds     longest wait between two attempts
 */
@Validated
@ConfigurationProperties(prefix = "jamsos.mail", ignoreUnknownFields = false)
public record MailSettings(@NotBlank String from,
                           @NotNull @Positive Integer batchSize,
                           @NotNull @Positive Integer maxAttempts,
                           @NotNull @Positive Long pollIntervalMs,
                           @NotNull @Positive Long backoffInitialSeconds,
                           @NotNull @Positive Long backoffMaxSeconds) {
}
