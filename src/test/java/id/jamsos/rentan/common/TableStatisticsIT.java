package id.jamsos.rentan.common;

import id.jamsos.rentan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link TableStatistics} on the real PostgreSQL: the tables are analysed; a name that is no identifier never runs. */
class TableStatisticsIT extends IntegrationTest {
    @Autowired
    TableStatistics statistics;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void analysesTheNamedTables() {
        Timestamp before = jdbc.queryForObject("select now()", Timestamp.class);
        statistics.refresh("member", "bpjs_registration");
        for (String table : new String[]{"member", "bpjs_registration"}) {
            Timestamp analysed = jdbc.queryForObject("select last_analyze from pg_stat_user_tables where relname = ?",
                    Timestamp.class, table);
            assertThat(analysed).as(table).isNotNull().isAfterOrEqualTo(before);
        }
    }

    @Test
    void refusesWhatIsNoTableName() {
        assertThatThrownBy(() -> statistics.refresh("member; drop table member"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name = 'member'",
                Integer.class)).isEqualTo(1);
    }
}
