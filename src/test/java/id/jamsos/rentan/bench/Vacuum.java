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

    /**
     * Camunda's runtime tables that a setup filled (tasks, their candidate groups, variables, executions, jobs), analysed
     * as autovacuum's autoanalyze does within its one-minute naptime once 50 rows + 10 % changed. Without it the planner
     * plans Tasklist's list on the statistics of empty tables (nested loops over every open task and its links), which
     * no database with autovacuum on keeps for more than a minute. For a benchmark of a server in use, not of its
     * first minute after a bulk step; our own bulk steps refresh their tables themselves ({@code TableStatistics}).
     */
    static void analyseRuntimeTables(JdbcTemplate jdbc) {
        long t = System.nanoTime();
        jdbc.execute("analyze act_ru_task, act_ru_identitylink, act_ru_variable, act_ru_execution, act_ru_job, "
                + "act_ge_bytearray");
        log.info("Camunda runtime tables analysed in {} ms", (System.nanoTime() - t) / 1_000_000);
    }

    /** Vacuums the whole database of {@code jdbc}, system catalogs included (outside any transaction). */
    static void beforeMeasuring(JdbcTemplate jdbc) {
        long t = System.nanoTime();
        jdbc.execute("vacuum");
        log.info("Benchmark database {} vacuumed in {} ms", jdbc.queryForObject("select current_database()", String.class),
                (System.nanoTime() - t) / 1_000_000);
    }
}
