package id.jamsos.rentan.notification;

import java.time.OffsetDateTime;

public record OutboxMessage(long id, String recipient, String subject, String body, String template,
                            String regionCode, String businessKey, OutboxState state, int attempts, String lastError,
                            OffsetDateTime createdAt, OffsetDateTime nextAttemptAt, OffsetDateTime sentAt) {
}
