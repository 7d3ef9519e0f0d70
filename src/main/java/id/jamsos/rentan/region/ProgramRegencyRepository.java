package id.jamsos.rentan.region;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Owner of {@code program_regency}: the regencies that take part in the program. Only these get a Camunda tenant,
 * groups and candidate batches; every other region is reference data (NIK kecamatan, addresses).
 */
@Repository
public class ProgramRegencyRepository {
    private final JdbcTemplate jdbc;

    public ProgramRegencyRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Codes (4 digits) of the program's regencies, ascending. */
    public List<String> codes() {
        return jdbc.queryForList("select code from program_regency order by code", String.class);
    }

    public boolean contains(String regencyCode) {
        return regencyCode != null && jdbc.queryForObject(
                "select count(*) from program_regency where code = ?", Integer.class, regencyCode) > 0;
    }

    /** Adds a regency; false when it had joined already. The caller checks that the regency exists. */
    public boolean join(String regencyCode) {
        if (contains(regencyCode)) {
            return false;
        }
        jdbc.update("insert into program_regency (code, joined_at) values (?, ?)", regencyCode,
                Timestamp.from(Instant.now()));
        return true;
    }
}
