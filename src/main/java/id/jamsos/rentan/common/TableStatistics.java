package id.jamsos.rentan.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Refreshes the query planner's statistics of tables a bulk step has just grown (issue 18), as PostgreSQL advises
 * after bulk loads: a batch's screening adds up to 20,000 candidates, its enrollment as many members and
 * registrations. Without fresh statistics (autovacuum off, as on the machines here, or not yet run) the plans
 * PostgreSQL cached while the tables were small stay sequential scans: at 100,000 workers each lookup of a chunk's
 * 500 NIKs read the whole member table (about 300 ms instead of a few). {@code ANALYZE} also invalidates those
 * cached plans.
 *
 * <p>Takes table names of the caller's own feature (plain SQL identifiers, checked). On PostgreSQL it analyses, as
 * autovacuum would, only the tables changed by more than 50 rows + 10 % since their last analysis (or never
 * analysed: {@code autovacuum_analyze_threshold} and {@code autovacuum_analyze_scale_factor} defaults), in a
 * transaction of its own (the table lock is not held until the caller's job commits) and with {@code SKIP_LOCKED}:
 * a table another batch is analysing at that moment is left to that analysis instead of waiting for it (three
 * regencies' batches finishing together waited up to 2 s each). On H2 it runs {@code ANALYZE TABLE t} per table.
 * Statistics are an optimisation: a failure is logged and never fails the business step that called it.
 */
@Component
public class TableStatistics {
    private static final Logger log = LoggerFactory.getLogger(TableStatistics.class);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    public TableStatistics(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Analyses those of the tables whose statistics are stale.
     *
     * @param tables lower-case table names
     * @return the tables found stale and analysed (on PostgreSQL those over the threshold, except that a table
     *         another session holds at that moment is skipped; on H2 all), empty when the refresh failed (logged)
     * @throws IllegalArgumentException for a name that is not a plain identifier (never reaches the database)
     */
    public List<String> refresh(String... tables) {
        for (String t : tables) {
            if (!IDENTIFIER.matcher(t).matches()) {
                throw new IllegalArgumentException("not a table name: " + t);
            }
        }
        try {
            return ownTransaction.execute(s -> {
                String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
                if (!"PostgreSQL".equals(product)) {
                    for (String t : tables) {
                        jdbc.execute("analyze table " + t);
                    }
                    return List.of(tables);
                }
                List<String> stale = staleOnPostgres(tables);
                if (!stale.isEmpty()) {
                    jdbc.execute("analyze (skip_locked) " + String.join(", ", stale));
                }
                return stale;
            });
        } catch (RuntimeException e) {
            log.warn("Statistics of {} not refreshed: {}", String.join(", ", tables), e.getMessage());
            return List.of();
        }
    }

    /** The named tables of the current schema never analysed or changed by more than 50 rows + 10 % since. */
    private List<String> staleOnPostgres(String... tables) {
        return jdbc.queryForList("""
                select c.relname from pg_class c
                  join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()
                  left join pg_stat_user_tables s on s.relid = c.oid
                where c.relkind in ('r', 'p') and c.relname = any (?)
                  and (c.reltuples < 0 or coalesce(s.n_mod_since_analyze, 0) > 50 + 0.1 * c.reltuples)
                order by c.relname""", String.class, (Object) Arrays.stream(tables).toArray(String[]::new));
    }
}
