package id.jamsos.rentan.notification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/**
 * Writes a mail to the outbox inside the caller's transaction: if the step rolls back, so does the mail;
 * if the step commits, the mail is sent later by {@link OutboxSender}, even after an SMTP outage.
 */
@Service
public class Notifier {
    private final OutboxRepository outbox;
    private final MailTemplates templates;

    public Notifier(OutboxRepository outbox, MailTemplates templates) {
        this.outbox = outbox;
        this.templates = templates;
    }

    /**
     * @param dedupeKey identifies the step and recipient (e.g. task id + user): a replayed step writes nothing new
     * @return true if a new message was written
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(String template, String recipient, Map<String, ?> model, String regionCode,
                           String businessKey, String dedupeKey) {
        if (recipient == null || recipient.isBlank()) {
            return false;
        }
        MailTemplates.Rendered r = templates.render(template, model);
        return outbox.insert(recipient.trim(), r.subject(), r.body(), template, regionCode, businessKey,
                dedupeKey == null ? null : dedupeKey + "|" + recipient.trim().toLowerCase());
    }
}
