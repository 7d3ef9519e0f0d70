package id.jamsos.rentan.notification;

import id.jamsos.rentan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two steps writing the same mail at the same moment (seen in a bench: two jobs of one task wrote the same dedupe
 * key; the loser failed on the unique constraint and its job retried). On the real PostgreSQL: both steps finish,
 * exactly one message exists, and each step's transaction still commits its other work.
 */
class OutboxConcurrencyIT extends IntegrationTest {
    @Autowired
    OutboxRepository outbox;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    private boolean write(String recipient, String dedupeKey) {
        return outbox.insert(recipient, "Tugas baru", "Periksa daftar", "tugas-baru", "6203011001", "VER-RACE",
                dedupeKey);
    }

    private int rows(String dedupeKey) {
        return jdbc.queryForObject("select count(*) from outbox_message where dedupe_key = ?", Integer.class, dedupeKey);
    }

    /** Sessions of this database waiting on a row lock in an outbox insert (the loser behind the winner's row). */
    private int blockedInserts() {
        return jdbc.queryForObject("""
                select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'
                and query like '%insert into outbox_message%'
                """, Integer.class);
    }

    @Test
    void loserOfTheRaceSeesTheKeyAsWrittenAndCommitsItsOtherWork() throws Exception {
        String run = UUID.randomUUID().toString();
        String shared = "race-" + run;
        String to = "balapan-" + run + "@jamsos-rentan.test";
        CountDownLatch winnerWrote = new CountDownLatch(1);
        CountDownLatch loserBlocked = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // Both pass the "not exists" check (the winner's row is not committed yet); the loser's insert then
            // waits on the winner's row in the unique index and fails when the winner commits.
            CompletableFuture<Boolean> winner = CompletableFuture.supplyAsync(() -> tx.execute(s -> {
                write(to, "before-" + run + "-a");
                boolean wrote = write(to, shared);
                winnerWrote.countDown();
                await(loserBlocked);
                write(to, "after-" + run + "-a");
                return wrote;
            }), pool);
            CompletableFuture<Boolean> loser = CompletableFuture.supplyAsync(() -> tx.execute(s -> {
                write(to, "before-" + run + "-b");
                await(winnerWrote);
                boolean wrote = write(to, shared);
                // On PostgreSQL a failed statement outside a savepoint would make this one fail too.
                write(to, "after-" + run + "-b");
                return wrote;
            }), pool);
            await(Duration.ofSeconds(20), "the loser's insert waits on the winner's row", () -> blockedInserts() > 0);
            loserBlocked.countDown();

            assertThat(winner.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(loser.get(30, TimeUnit.SECONDS)).isFalse();
        } finally {
            loserBlocked.countDown();
            pool.shutdownNow();
        }
        assertThat(rows(shared)).isEqualTo(1);
        for (String other : new String[]{"before-" + run + "-a", "after-" + run + "-a", "before-" + run + "-b",
                "after-" + run + "-b"}) {
            assertThat(rows(other)).as("other work of the step: %s", other).isEqualTo(1);
        }
    }

    @Test
    void stepsStartingTogetherWriteTheKeyOnceAndBothCommit() throws Exception {
        for (int round = 0; round < 20; round++) {
            String run = UUID.randomUUID().toString();
            String shared = "together-" + run;
            String to = "serentak-" + run + "@jamsos-rentan.test";
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CompletableFuture<Boolean> a = CompletableFuture.supplyAsync(() -> step(start, to, shared, run + "-a"), pool);
                CompletableFuture<Boolean> b = CompletableFuture.supplyAsync(() -> step(start, to, shared, run + "-b"), pool);
                boolean wroteA = a.get(30, TimeUnit.SECONDS);
                boolean wroteB = b.get(30, TimeUnit.SECONDS);
                assertThat(wroteA ^ wroteB).as("exactly one step wrote the message (round %d)", round).isTrue();
            } finally {
                pool.shutdownNow();
            }
            assertThat(rows(shared)).isEqualTo(1);
            assertThat(rows("other-" + run + "-a")).isEqualTo(1);
            assertThat(rows("other-" + run + "-b")).isEqualTo(1);
        }
    }

    private Boolean step(CyclicBarrier start, String to, String shared, String self) {
        return tx.execute(s -> {
            try {
                start.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            boolean wrote = write(to, shared);
            write(to, "other-" + self);
            return wrote;
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other step did not arrive");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
