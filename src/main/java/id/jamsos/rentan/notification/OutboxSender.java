package id.jamsos.rentan.notification;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Delivers the outbox over SMTP when spring.mail.host is set. Rows are claimed with
 * FOR UPDATE SKIP LOCKED, so several nodes never send the same mail; a failure keeps the row PENDING
 * with the attempt counted and an exponential backoff, FAILED only after max-attempts.
 */
@Component
@ConditionalOnProperty(name = "spring.mail.host")
public class OutboxSender {
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxRepository outbox;
    private final JavaMailSender mailSender;
    private final TransactionTemplate tx;
    private final String from;
    private final int batchSize;
    private final int maxAttempts;
    private final long backoffInitial;
    private final long backoffMax;

    public OutboxSender(OutboxRepository outbox, JavaMailSender mailSender, TransactionTemplate tx,
                        MailSettings settings) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.tx = tx;
        this.from = settings.from();
        this.batchSize = settings.batchSize();
        this.maxAttempts = settings.maxAttempts();
        this.backoffInitial = settings.backoffInitialSeconds();
        this.backoffMax = settings.backoffMaxSeconds();
    }

    @Scheduled(fixedDelayString = "${jamsos.mail.poll-interval-ms}", initialDelayString = "${jamsos.mail.poll-interval-ms}")
    public void poll() {
        int sent;
        do {
            sent = sendBatch();
        } while (sent == batchSize);
    }

    /**
     * One transaction per batch: the locks are held while sending, released at commit. The batch goes over one SMTP
     * connection ({@link JavaMailSender#send(MimeMessage...)}), not one connection per mail: a connection (and, in
     * production, its TLS handshake and login) costs both sides more than a mail, and a new task reaches hundreds of
     * officials at once (issue 18). A mail that cannot be built or sent counts a failed attempt for its own row only;
     * a connection that fails counts one for every row not sent yet.
     *
     * @return the number of rows claimed (sent or not), at most {@code jamsos.mail.batch-size}
     */
    public int sendBatch() {
        Integer n = tx.execute(status -> {
            List<OutboxMessage> due = outbox.lockDue(batchSize);
            Map<MimeMessage, OutboxMessage> built = new LinkedHashMap<>();
            for (OutboxMessage m : due) {
                try {
                    built.put(mime(m), m);
                } catch (Exception e) {
                    failed(m, e);
                }
            }
            Map<Object, Exception> failures = Map.of();
            if (!built.isEmpty()) {
                try {
                    mailSender.send(built.keySet().toArray(MimeMessage[]::new));
                } catch (MailSendException e) {
                    // The messages it names failed; the others were sent (a failure to close the connection after
                    // the last mail names none).
                    failures = e.getFailedMessages();
                } catch (MailException e) {
                    // Refused before anything was sent (e.g. the SMTP login): nothing of this batch went out.
                    failures = new IdentityHashMap<>();
                    for (MimeMessage mime : built.keySet()) {
                        failures.put(mime, e);
                    }
                }
            }
            for (Map.Entry<MimeMessage, OutboxMessage> e : built.entrySet()) {
                Exception failure = failures.get(e.getKey());
                if (failure == null) {
                    outbox.markSent(e.getValue().id());
                } else {
                    failed(e.getValue(), failure);
                }
            }
            return due.size();
        });
        return n == null ? 0 : n;
    }

    /** Counts a failed attempt: the row stays PENDING with an exponential backoff, FAILED after max-attempts. */
    private void failed(OutboxMessage m, Exception e) {
        int attempt = m.attempts() + 1;
        long delay = Math.min(backoffMax, backoffInitial * (1L << Math.min(20, attempt - 1)));
        boolean giveUp = attempt >= maxAttempts;
        log.warn("Mail {} to {} failed (attempt {}{}): {}", m.id(), m.recipient(), attempt,
                giveUp ? ", giving up" : "", e.getMessage());
        outbox.markFailedAttempt(m.id(), truncate(String.valueOf(e.getMessage())), Instant.now().plusSeconds(delay), giveUp);
    }

    private MimeMessage mime(OutboxMessage m) throws Exception {
        MimeMessage mime = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(m.recipient());
        helper.setSubject(m.subject());
        helper.setText(m.body(), false);
        mime.saveChanges();
        // A stable Message-ID lets the receiving side drop the rare resend after a crash between send and commit
        // (the sender keeps an explicit one when it saves the message again).
        mime.setHeader("Message-ID", "<outbox-" + m.id() + "@jamsos-rentan>");
        return mime;
    }

    private static String truncate(String s) {
        return s.length() > 1900 ? s.substring(0, 1900) : s;
    }
}
