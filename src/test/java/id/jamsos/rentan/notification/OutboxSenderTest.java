package id.jamsos.rentan.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A batch of the outbox goes over one SMTP connection, and each mail's row says what happened to that mail: sent,
 * or one more failed attempt (OutboxDeliveryIT delivers through a real SMTP server).
 */
class OutboxSenderTest {
    private final OutboxRepository outbox = mock(OutboxRepository.class);
    private final JavaMailSender mail = mock(JavaMailSender.class);
    private OutboxSender sender;

    @BeforeEach
    void setUp() {
        when(mail.createMimeMessage()).thenAnswer(i -> new MimeMessage(Session.getInstance(new Properties())));
        sender = new OutboxSender(outbox, mail, new TransactionTemplate(mock(PlatformTransactionManager.class)),
                new MailSettings("noreply@jamsos-rentan.go.id", 20, 8, 2000L, 30L, 3600L));
    }

    private static OutboxMessage row(long id, String to) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return new OutboxMessage(id, to, "Tugas baru", "Periksa daftar", "tugas-baru", "6203011001", "VER-6203-1",
                OutboxState.PENDING, 0, null, now, now, null);
    }

    private MimeMessage[] sentInOneCall() {
        ArgumentCaptor<MimeMessage[]> batch = ArgumentCaptor.forClass(MimeMessage[].class);
        verify(mail, times(1)).send(batch.capture());
        return batch.getValue();
    }

    @Test
    void aBatchGoesOverOneConnectionAndEveryRowIsMarkedSent() throws MessagingException {
        when(outbox.lockDue(20)).thenReturn(List.of(row(1, "a@x.test"), row(2, "b@x.test"), row(3, "c@x.test")));

        assertThat(sender.sendBatch()).isEqualTo(3);

        MimeMessage[] sent = sentInOneCall();
        assertThat(sent).hasSize(3);
        assertThat(sent[1].getAllRecipients()[0].toString()).isEqualTo("b@x.test");
        assertThat(sent[1].getHeader("Message-ID")).containsExactly("<outbox-2@jamsos-rentan>");
        verify(mail, never()).send(any(MimeMessage.class));
        verify(outbox).markSent(1);
        verify(outbox).markSent(2);
        verify(outbox).markSent(3);
        verify(outbox, never()).markFailedAttempt(anyLong(), anyString(), any(), anyBoolean());
    }

    @Test
    void aMailTheServerRefusesCountsAnAttemptForItsRowOnly() {
        when(outbox.lockDue(20)).thenReturn(List.of(row(1, "a@x.test"), row(2, "b@x.test"), row(3, "c@x.test")));
        org.mockito.Mockito.doAnswer(i -> {
            MimeMessage[] batch = i.getArguments().length == 1 && i.getArgument(0) instanceof MimeMessage[] b
                    ? b : java.util.Arrays.stream(i.getArguments()).map(MimeMessage.class::cast).toArray(MimeMessage[]::new);
            Map<Object, Exception> failed = new LinkedHashMap<>();
            failed.put(batch[1], new MessagingException("550 mailbox unavailable"));
            throw new MailSendException(failed);
        }).when(mail).send(any(MimeMessage[].class));

        assertThat(sender.sendBatch()).isEqualTo(3);

        verify(outbox).markSent(1);
        verify(outbox, never()).markSent(2);
        verify(outbox).markSent(3);
        ArgumentCaptor<String> error = ArgumentCaptor.forClass(String.class);
        verify(outbox).markFailedAttempt(eq(2L), error.capture(), any(Instant.class), eq(false));
        assertThat(error.getValue()).contains("550");
    }

    @Test
    void aConnectionThatFailsCountsAnAttemptForEveryRowAndSendsNothing() {
        when(outbox.lockDue(20)).thenReturn(List.of(row(1, "a@x.test"), row(2, "b@x.test")));
        org.mockito.Mockito.doThrow(new MailAuthenticationException("535 authentication failed"))
                .when(mail).send(any(MimeMessage[].class));

        assertThat(sender.sendBatch()).isEqualTo(2);

        verify(outbox, never()).markSent(anyLong());
        verify(outbox).markFailedAttempt(eq(1L), anyString(), any(Instant.class), eq(false));
        verify(outbox).markFailedAttempt(eq(2L), anyString(), any(Instant.class), eq(false));
    }

    @Test
    void aMailThatCannotBeBuiltFailsAloneAndTheOthersAreSent() throws MessagingException {
        OutboxMessage lastTry = new OutboxMessage(2, "bukan alamat@@", "Tugas baru", "x", "tugas-baru", null, null,
                OutboxState.PENDING, 7, "sebelumnya", OffsetDateTime.now(), OffsetDateTime.now(), null);
        when(outbox.lockDue(20)).thenReturn(List.of(row(1, "a@x.test"), lastTry));

        assertThat(sender.sendBatch()).isEqualTo(2);

        assertThat(sentInOneCall()).singleElement()
                .satisfies(m -> assertThat(m.getAllRecipients()[0].toString()).isEqualTo("a@x.test"));
        verify(outbox).markSent(1);
        // Its eighth failed attempt: max-attempts reached, the row becomes FAILED.
        verify(outbox).markFailedAttempt(eq(2L), anyString(), any(Instant.class), eq(true));
    }

    @Test
    void anEmptyOutboxOpensNoConnection() {
        when(outbox.lockDue(20)).thenReturn(List.of());

        assertThat(sender.sendBatch()).isZero();

        verify(mail, never()).send(any(MimeMessage[].class));
    }
}
