package id.jamsos.rentan.citizen;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;

/** The log of public status lookups (table citizen_status_lookup, owned here): who, when, which NIK (masked). */
@Repository
public class StatusLookupRepository {
    private final JdbcTemplate jdbc;

    public StatusLookupRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void log(String nikMasked, String nikHash, String clientAddress, String outcome, Instant at) {
        jdbc.update("""
                insert into citizen_status_lookup (nik_masked, nik_hash, client_address, outcome, looked_up_at)
                values (?,?,?,?,?)""", nikMasked, nikHash, clientAddress, outcome, Timestamp.from(at));
    }

    /** Answered lookups (not the refused ones) of the NIK since the instant. */
    public int countForNik(String nikHash, Instant since) {
        Integer n = jdbc.queryForObject("select count(*) from citizen_status_lookup where nik_hash = ? and "
                + "looked_up_at > ? and outcome <> 'LIMITED'", Integer.class, nikHash, Timestamp.from(since));
        return n == null ? 0 : n;
    }

    /** Answered lookups (not the refused ones) from the client address since the instant. */
    public int countForClient(String clientAddress, Instant since) {
        Integer n = jdbc.queryForObject("select count(*) from citizen_status_lookup where client_address = ? and "
                + "looked_up_at > ? and outcome <> 'LIMITED'", Integer.class, clientAddress, Timestamp.from(since));
        return n == null ? 0 : n;
    }
}
