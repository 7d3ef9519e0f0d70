package id.jamsos.rentan.bench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What autovacuum would have done before a benchmark starts measuring. PostgreSQL's autovacuum is off on these
 * machines ({@code conf.d/90-ci.conf}); the test suite and the benchmarks before leave tens of thousands of dead rows
 * in the system catalogs (the schema is dropped and recreated on every run) and in Camunda's runtime tables (job
 * acquisition 0.4 ms → 8 ms per round trip after a full {@code .ci/run}), which a production database with
 * autovacuum does not carry. {@code VACUUM} of the whole database takes a few seconds. It does not analyse: the
 * planner statistics stay as the product leaves them (our bulk steps refresh their own, {@code TableStatistics}).
 */
final class Vacuum {
    private static final Logger log = LoggerFactory.getLogger(Vacuum.class);

    private Vacuum() {
    }

    /** Vacuums the whole database of {@code jdbc}, system catalogs included (outside any transaction). */
    static void beforeMeasuring(JdbcTemplate jdbc) {
        long t = System.nanoTime();
        jdbc.execute("vacuum");
        log.info("Benchmark database {} vacuumed in {} ms", jdbc.queryForObject("select current_database()", String.class),
                (System.nanoTime() - t) / 1_000_000);
    }
}
