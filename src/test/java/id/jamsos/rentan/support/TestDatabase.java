package id.jamsos.rentan.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * The real PostgreSQL of the contract. Each database a test JVM uses is emptied once, before the first
 * Spring context starts on it, so a run never depends on what an earlier run left behind.
 */
public final class TestDatabase {
    private static final Set<String> RESET = new HashSet<>();

    private TestDatabase() {
    }

    public static String url() {
        String env = System.getenv("JAMSOS_TEST_DB_URL");
        return env != null && !env.isBlank() ? env : "jdbc:postgresql://localhost:5432/test";
    }

    public static String user() {
        String env = System.getenv("JAMSOS_TEST_DB_USER");
        return env != null && !env.isBlank() ? env : "postgres";
    }

    public static String password() {
        String env = System.getenv("JAMSOS_TEST_DB_PASSWORD");
        return env == null ? "" : env;
    }

    /** A sibling database on the same server (e.g. for a second profile), created if missing. */
    public static synchronized String sibling(String suffix) {
        String base = url();
        int slash = base.lastIndexOf('/');
        int q = base.indexOf('?', slash);
        String db = (q < 0 ? base.substring(slash + 1) : base.substring(slash + 1, q)) + "_" + suffix;
        String url = base.substring(0, slash + 1) + db + (q < 0 ? "" : base.substring(q));
        try (Connection c = DriverManager.getConnection(base, user(), password()); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + db + "'");
            if (!rs.next()) {
                s.execute("create database " + db);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + db + " on " + base, e);
        }
        return url;
    }

    public static synchronized void resetOnce(String url) {
        if (!RESET.add(url)) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url, user(), password()); Statement s = c.createStatement()) {
            s.execute("drop schema if exists public cascade");
            s.execute("create schema public");
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for tests not reachable at " + url
                    + " (start it: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)", e);
        }
    }
}
