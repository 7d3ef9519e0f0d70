package id.jamsos.rentan.notification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

@Repository
public class OutboxRepository {
    static final RowMapper<OutboxMessage> MAPPER = (rs, i) -> new OutboxMessage(rs.getLong("id"),
            rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getString("template"),
            rs.getString("region_code"), rs.getString("business_key"), OutboxState.valueOf(rs.getString("state")),
            rs.getInt("attempts"), rs.getString("last_error"), rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("next_attempt_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class));

    private final JdbcTemplate jdbc;

    public OutboxRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts unless a message with the same dedupe key exists. No exception on a duplicate: on PostgreSQL a
     * failed insert would abort the caller's transaction (the business step that writes the mail).
     */
    public boolean insert(String recipient, String subject, String body, String template, String regionCode,
                          String businessKey, String dedupeKey) {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.update("""
                insert into outbox_message (recipient, subject, body, template, region_code, business_key, dedupe_key,
                                            state, attempts, created_at, next_attempt_at)
                select ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ? from (values (1)) as one(x)
                where not exists (select 1 from outbox_message where dedupe_key = ?)
                """, recipient, subject, body, template, regionCode, businessKey, dedupeKey, now, now, dedupeKey) == 1;
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
