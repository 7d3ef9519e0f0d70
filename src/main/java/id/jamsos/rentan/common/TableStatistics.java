package id.jamsos.rentan.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.regex.Pattern;

/**
 * Refreshes the query planner's statistics of tables a bulk step has just grown (issue 18), as PostgreSQL advises
 * after bulk loads: a batch's screening adds up to 20,000 candidates, its enrollment as many members and
 * registrations. Without fresh statistics (autovacuum off, as on the machines here, or not yet run) the plans
 * PostgreSQL cached while the tables were small stay sequential scans: at 100,000 workers each lookup of a chunk's
 * 500 NIKs read the whole member table (about 300 ms instead of a few). {@code ANALYZE} also invalidates those
 * cached plans.
 *
 * <p>Takes table names of the caller's own feature (plain SQL identifiers, checked); runs {@code ANALYZE t1, t2}
 * on PostgreSQL and {@code ANALYZE TABLE t} per table on H2. Statistics are an optimisation: a failure is logged
 * and never fails the business step that called it.
 */
@Component
public class TableStatistics {
    private static final Logger log = LoggerFactory.getLogger(TableStatistics.class);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private final JdbcTemplate jdbc;

    public TableStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Analyses the tables.
     *
     * @param tables lower-case table names
     * @throws IllegalArgumentException for a name that is not a plain identifier (never reaches the database)
     */
    public void refresh(String... tables) {
        for (String t : tables) {
            if (!IDENTIFIER.matcher(t).matches()) {
                throw new IllegalArgumentException("not a table name: " + t);
            }
        }
        try {
            String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
            if ("PostgreSQL".equals(product)) {
                jdbc.execute("analyze " + String.join(", ", tables));
            } else {
                for (String t : tables) {
                    jdbc.execute("analyze table " + t);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Statistics of {} not refreshed: {}", String.join(", ", tables), e.getMessage());
        }
    }
}
