package id.jamsos.rentan.pks;

import id.jamsos.rentan.support.FreshMember;
import id.jamsos.rentan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lock enrollment takes on a PKS while it books places ({@link AgreementRepository#lockForEnrollment}), on the
 * real PostgreSQL: a second booking on the same PKS waits (the quota count stays true), while a member written on that
 * PKS by another transaction does not (its foreign-key check only shares the key). Before, with {@code FOR UPDATE},
 * each booking and the member inserts of the regency's other chunks waited for each other (issue 18).
 */
class EnrollmentLockIT extends IntegrationTest {
    /** PostgreSQL's SQLSTATE for a lock not granted within {@code lock_timeout}. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    @Autowired
    AgreementRepository agreements;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager txManager;

    @Test
    void bookingsWaitForEachOtherButMembersOnThePksDoNot() throws Exception {
        String pks = jdbc.queryForObject("select pks_number from pks_agreement where regency_code = '6203' "
                + "order by start_date desc limit 1", String.class);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> newTx().executeWithoutResult(s -> {
            assertThat(agreements.lockForEnrollment(pks)).isPresent();
            locked.countDown();
            try {
                assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }));
        try {
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

            // A member on the locked PKS is written at once (rolled back: the test leaves nothing behind).
            FreshMember m = FreshMember.draw(jdbc, "620396", "620301150586");
            int written = CompletableFuture.supplyAsync(() -> newTx().execute(s -> {
                jdbc.execute("set local lock_timeout = '2s'");
                Timestamp now = Timestamp.from(Instant.now());
                int n = jdbc.update("insert into member (membership_number, nik, name, birth_date, sex, category,"
                                + " village_code, kecamatan_code, regency_code, segment, status, coverage_start,"
                                + " contribution_months, pks_number, created_at, updated_at)"
                                + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        m.membershipNumber(), m.nik(), "Peserta Uji Kunci", Date.valueOf(LocalDate.of(1986, 5, 15)), "M",
                        "PETANI", "6203011001", "620301", "6203", "PEMERINTAH_APBD", "ACTIVE",
                        Date.valueOf(LocalDate.of(2026, 1, 1)), 0, pks, now, now);
                s.setRollbackOnly();
                return n;
            })).get(30, TimeUnit.SECONDS);
            assertThat(written).isEqualTo(1);

            // A second booking on the same PKS waits for the first: here it gives up after its lock timeout.
            CompletableFuture<Object> second = CompletableFuture.supplyAsync(() -> newTx().execute(s -> {
                jdbc.execute("set local lock_timeout = '500ms'");
                return agreements.lockForEnrollment(pks);
            }));
            assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).rootCause()
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(LOCK_NOT_AVAILABLE));
        } finally {
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
        }
        assertThat(jdbc.queryForObject("select count(*) from member where membership_number like '620396%' and name = ?",
                Integer.class, "Peserta Uji Kunci")).isZero();
    }

    private TransactionTemplate newTx() {
        TransactionTemplate tx = new TransactionTemplate(txManager);
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return tx;
    }
}
