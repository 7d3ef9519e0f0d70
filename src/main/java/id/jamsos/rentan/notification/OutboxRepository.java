package id.jamsos.rentan.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

@Repository
public class OutboxRepository {
    private static final Logger log = LoggerFactory.getLogger(OutboxRepository.class);
    static final RowMapper<OutboxMessage> MAPPER = (rs, i) -> new OutboxMessage(rs.getLong("id"),
            rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getString("template"),
            rs.getString("region_code"), rs.getString("business_key"), OutboxState.valueOf(rs.getString("state")),
            rs.getInt("attempts"), rs.getString("last_error"), rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("next_attempt_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class));

    private final JdbcTemplate jdbc;
    /** Savepoint inside the caller's transaction (a new transaction if there is none). */
    private final TransactionTemplate savepoint;

    public OutboxRepository(JdbcTemplate jdbc, PlatformTransactionManager txManager) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(txManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Inserts a PENDING message unless one with the same dedupe key exists (a null key never deduplicates).
     * Never throws on a duplicate, also when a concurrent transaction inserts the same key at the same moment:
     * the insert runs in a savepoint of the caller's transaction, and the unique constraint's violation rolls back
     * only that savepoint. On PostgreSQL an unguarded failed statement would abort the whole caller's transaction
     * (the business step that writes the mail); here the step's other work still commits.
     *
     * @return true if this call wrote the message; false if the key was already there (committed, or written by a
     * concurrent transaction that committed first)
     */
    public boolean insert(String recipient, String subject, String body, String template, String regionCode,
                          String businessKey, String dedupeKey) {
        Timestamp now = Timestamp.from(Instant.now());
        try {
            Integer rows = savepoint.execute(s -> jdbc.update("""
                    insert into outbox_message (recipient, subject, body, template, region_code, business_key,
                                                dedupe_key, state, attempts, created_at, next_attempt_at)
                    select ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ? from (values (1)) as one(x)
                    where not exists (select 1 from outbox_message where dedupe_key = ?)
                    """, recipient, subject, body, template, regionCode, businessKey, dedupeKey, now, now, dedupeKey));
            return rows != null && rows == 1;
        } catch (DuplicateKeyException e) {
            // A concurrent transaction wrote the same key between our check and our insert; the savepoint is gone.
            log.debug("outbox message {} already written by a concurrent step", dedupeKey);
            return false;
        }
    }

    /** Claims due messages; the row locks keep other nodes' senders off them until this transaction ends. */
    public List<OutboxMessage> lockDue(int limit) {
        return jdbc.query("""
                select * from outbox_message where state = 'PENDING' and next_attempt_at <= ?
                order by id limit ? for update skip locked
                """, MAPPER, Timestamp.from(Instant.now()), limit);
    }

    public void markSent(long id) {
        jdbc.update("update outbox_message set state = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null where id = ?",
                Timestamp.from(Instant.now()), id);
    }

    public void markFailedAttempt(long id, String error, Instant nextAttempt, boolean giveUp) {
        jdbc.update("update outbox_message set state = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?",
                giveUp ? "FAILED" : "PENDING", error, Timestamp.from(nextAttempt), id);
    }

    public int requeue(long id) {
        return jdbc.update("update outbox_message set state = 'PENDING', next_attempt_at = ? where id = ? and state = 'FAILED'",
                Timestamp.from(Instant.now()), id);
    }

    public List<OutboxMessage> find(String regionPrefix, String state, String recipient, int limit) {
        StringBuilder sql = new StringBuilder("select * from outbox_message where 1=1");
        List<Object> args = new java.util.ArrayList<>();
        if (regionPrefix != null) {
            sql.append(" and region_code like ?");
            args.add(regionPrefix + "%");
        }
        if (state != null) {
            sql.append(" and state = ?");
            args.add(state);
        }
        if (recipient != null) {
            sql.append(" and recipient = ?");
            args.add(recipient);
        }
        sql.append(" order by id desc limit ?");
        args.add(limit);
        return jdbc.query(sql.toString(), MAPPER, args.toArray());
    }
}
