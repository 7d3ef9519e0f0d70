package id.jamsos.rentan.common;

import id.jamsos.rentan.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link TableStatistics} on the real PostgreSQL: a table never analysed or grown by more than 50 rows + 10 % is
 * analysed, a fresh one is not, a table another session is analysing does not make the caller wait, and a name
 * that is no identifier never runs.
 */
class TableStatisticsIT extends IntegrationTest {
    @Autowired
    TableStatistics statistics;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void dropProbe() {
        jdbc.execute("drop table if exists statistics_probe");
    }

    @Test
    void analysesOnlyTablesChangedBeyondTheAutovacuumThreshold() {
        jdbc.execute("drop table if exists statistics_probe");
        jdbc.execute("create table statistics_probe (id int primary key)");
        insert(0, 1000);
        Timestamp before = jdbc.queryForObject("select now()", Timestamp.class);

        // Never analysed: analysed now.
        assertThat(statistics.refresh("statistics_probe", "member")).contains("statistics_probe");
        assertThat(lastAnalyze("statistics_probe")).isNotNull().isAfterOrEqualTo(before);
        assertThat(jdbc.queryForObject("select reltuples from pg_class where relname = 'statistics_probe'", Float.class))
                .isEqualTo(1000f);

        // 100 rows more on 1,000 is under 50 + 10 %: left as it is.
        insert(1000, 1100);
        assertThat(statistics.refresh("statistics_probe")).isEmpty();

        // 200 rows more (300 since the analysis) is over it.
        insert(1100, 1300);
        assertThat(statistics.refresh("statistics_probe")).containsExactly("statistics_probe");
        assertThat(jdbc.queryForObject("select reltuples from pg_class where relname = 'statistics_probe'", Float.class))
                .isEqualTo(1300f);
    }

    @Test
    void doesNotWaitForATableAnotherSessionIsAnalysing() throws Exception {
        jdbc.execute("drop table if exists statistics_probe");
        jdbc.execute("create table statistics_probe (id int primary key)");
        insert(0, 500);
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement st = other.createStatement()) {
                // The lock an ANALYZE holds until its transaction ends.
                st.execute("lock table statistics_probe in share update exclusive mode");
            }
            CompletableFuture<List<String>> refresh = CompletableFuture.supplyAsync(() -> statistics.refresh("statistics_probe"));
            assertThat(refresh.get(30, TimeUnit.SECONDS)).containsExactly("statistics_probe");
            assertThat(lastAnalyze("statistics_probe")).as("skipped, not waited for").isNull();
            other.rollback();
        }
    }

    @Test
    void refusesWhatIsNoTableName() {
        assertThatThrownBy(() -> statistics.refresh("member; drop table member"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name = 'member'",
                Integer.class)).isEqualTo(1);
    }

    /** Inserts ids [from, to) and makes this session's table counters visible at once (PostgreSQL 15+). */
    private void insert(int from, int to) {
        jdbc.execute((ConnectionCallback<Void>) c -> {
            try (Statement st = c.createStatement()) {
                st.execute("insert into statistics_probe select g from generate_series(" + from + ", " + (to - 1) + ") g");
                st.execute("select pg_stat_force_next_flush()");
                st.execute("select 1");
            }
            return null;
        });
    }

    private Timestamp lastAnalyze(String table) {
        return jdbc.queryForObject("select last_analyze from pg_stat_user_tables where relname = ?", Timestamp.class, table);
    }
}
