package id.jamsos.rentan.notification;

import id.jamsos.rentan.support.IntegrationTest;
import id.jamsos.rentan.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxDeliveryIT extends IntegrationTest {
    @Autowired
    Notifier notifier;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    private long received(String to) {
        return Arrays.stream(TestMail.server().getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(to);
            } catch (Exception e) {
                return false;
            }
        }).count();
    }

    private Map<String, Object> row(String to) {
        return jdbc.queryForMap("select state, attempts, last_error from outbox_message where recipient = ?", to);
    }

    private void enqueue(String to, String dedupe) {
        tx.executeWithoutResult(s -> notifier.enqueue("tugas-baru", to, Map.of("taskName", "Verifikasi 3 calon peserta",
                "description", "Periksa daftar", "dueDate", "28-11-2026", "link", "http://localhost/x"), "6203011001",
                "VER-1", dedupe));
    }

    @Test
    void mailIsDeliveredOnceInIndonesianOverSmtp() throws Exception {
        String to = "kirim-" + UUID.randomUUID() + "@jamsos-rentan.test";
        enqueue(to, "test-once");
        enqueue(to, "test-once"); // the same step replayed writes nothing new
        await(Duration.ofSeconds(20), "mail delivered", () -> received(to) == 1);
        await(Duration.ofSeconds(5), "outbox row SENT", () -> "SENT".equals(row(to).get("state")));
        MimeMessage m = Arrays.stream(TestMail.server().getReceivedMessages()).filter(x -> {
            try {
                return x.getAllRecipients()[0].toString().equals(to);
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow();
        assertThat(m.getSubject()).isEqualTo("Tugas baru: Verifikasi 3 calon peserta");
        assertThat((String) m.getContent()).contains("Tenggat: 28-11-2026");
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where recipient = ?", Integer.class, to)).isEqualTo(1);
    }

    @Test
    void rolledBackStepWritesNoMail() {
        String to = "batal-" + UUID.randomUUID() + "@jamsos-rentan.test";
        tx.executeWithoutResult(s -> {
            notifier.enqueue("tugas-baru", to, Map.of("taskName", "x", "description", "x", "dueDate", "-", "link", "x"),
                    "6203", "X", "rollback");
            s.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where recipient = ?", Integer.class, to)).isZero();
    }

    @Test
    void smtpOutageKeepsMailPendingWithAttemptsAndDeliversOnceWhenBack() throws InterruptedException {
        String to = "gangguan-" + UUID.randomUUID() + "@jamsos-rentan.test";
        TestMail.stop();
        try {
            enqueue(to, "test-outage");
            await(Duration.ofSeconds(20), "two failed attempts", () -> ((Number) row(to).get("attempts")).intValue() >= 2);
            Map<String, Object> pending = row(to);
            assertThat(pending.get("state")).isEqualTo("PENDING");
            assertThat((String) pending.get("last_error")).isNotBlank();
            assertThat(received(to)).isZero();
        } finally {
            TestMail.restart();
        }
        await(Duration.ofSeconds(30), "delivered after SMTP returns", () -> "SENT".equals(row(to).get("state")));
        // A window of several sender polls (200 ms each) in which a double send would show.
        Thread.sleep(1500);
        assertThat(received(to)).isEqualTo(1);
    }
}
