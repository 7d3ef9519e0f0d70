package id.jamsos.rentan.common;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Gives many rows each its own values in one statement per slice of rows (issue 18, set-based enrollment): a
 * standard SQL {@code MERGE INTO <table> t USING (VALUES (...), (...)) AS v(<columns>) ON <match> WHEN MATCHED THEN
 * UPDATE SET <assignments>}, which PostgreSQL (15 and later, the version of {@code docker/compose.yml}) and H2 (the
 * demo database) both run. A JDBC batch of single-row {@code UPDATE}s sends one round trip but still has the database
 * plan and run one statement per row (20,000 statements for a 20,000-worker batch's registrations and as many for its
 * candidates); one {@code MERGE} per 500 rows does the same work as a join.
 *
 * <p>Each value is cast to its declared SQL type, so both databases type the {@code VALUES} list the same way. The
 * source rows must be distinct on the match columns (PostgreSQL refuses to change a row twice in one MERGE).
 */
public final class RowValuesUpdate {
    /** Rows per statement: 500 rows of a few columns stay far below PostgreSQL's 65,535 parameters. */
    public static final int ROWS_PER_STATEMENT = 500;
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Pattern SQL_TYPE = Pattern.compile("[a-z]+( ?\\(\\d+\\))?");

    private final String table;
    private final List<String> columns;
    private final List<String> types;
    private final String on;
    private final String set;

    private RowValuesUpdate(String table, List<String> columns, List<String> types, String on, String set) {
        this.table = table;
        this.columns = columns;
        this.types = types;
        this.on = on;
        this.set = set;
    }

    /**
     * An update of {@code table} (alias {@code t}) from value rows (alias {@code v}).
     *
     * @param table   the table, a plain lower-case identifier
     * @param columns the value columns as {@code name type} pairs, e.g. {@code "id bigint", "membership_number varchar(11)"}
     * @param on      the match condition, written by the caller with {@code t.} and {@code v.} columns
     * @param set     the assignments, written by the caller; {@code ?} placeholders in it take the shared parameters
     * @return the statement builder
     * @throws IllegalArgumentException for a table or column that is not a plain identifier or a type that is not a
     *                                  plain SQL type name
     */
    public static RowValuesUpdate of(String table, List<String> columns, String on, String set) {
        check(IDENTIFIER, table);
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (String c : columns) {
            int space = c.indexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException("column without a type: " + c);
            }
            names.add(check(IDENTIFIER, c.substring(0, space)));
            types.add(check(SQL_TYPE, c.substring(space + 1).trim()));
        }
        return new RowValuesUpdate(table, List.copyOf(names), List.copyOf(types), on, set);
    }

    private static String check(Pattern p, String s) {
        if (!p.matcher(s).matches()) {
            throw new IllegalArgumentException("not a plain SQL name: " + s);
        }
        return s;
    }

    /**
     * Runs the update for all rows, one statement per {@link #ROWS_PER_STATEMENT} rows, in the caller's transaction.
     *
     * @param jdbc   the template (the caller's transaction, if any, applies)
     * @param rows   the rows to write, distinct on the match columns; nothing is run for none
     * @param values the values of one row, in the order of the declared columns
     * @param shared parameters of the {@code set} clause's placeholders, the same for every row
     * @param <T>    the row type
     * @return the number of table rows updated
     */
    public <T> int run(JdbcTemplate jdbc, List<T> rows, Function<T, Object[]> values, Object... shared) {
        int updated = 0;
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<T> slice = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            List<Object> args = new ArrayList<>(slice.size() * columns.size() + shared.length);
            for (T row : slice) {
                Object[] v = values.apply(row);
                if (v.length != columns.size()) {
                    throw new IllegalArgumentException(columns.size() + " values expected, " + v.length + " given");
                }
                Collections.addAll(args, v);
            }
            Collections.addAll(args, shared);
            updated += jdbc.update(sql(slice.size()), args.toArray());
        }
        return updated;
    }

    /** The statement for that many value rows. */
    String sql(int rows) {
        StringBuilder row = new StringBuilder("(");
        for (int i = 0; i < types.size(); i++) {
            row.append(i == 0 ? "" : ", ").append("cast(? as ").append(types.get(i)).append(')');
        }
        row.append(')');
        return "merge into " + table + " t using (values " + String.join(", ", Collections.nCopies(rows, row))
                + ") as v(" + String.join(", ", columns) + ") on " + on + " when matched then update set " + set;
    }
}
