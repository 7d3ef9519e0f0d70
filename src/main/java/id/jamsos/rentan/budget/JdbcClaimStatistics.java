package id.jamsos.rentan.budget;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads paid claims from the claim feature's table. The table is built on another branch: while it does
 * not exist (or its columns differ from the configured query) the figures are zero and a warning is logged.
 * It uses its own pooled connection, outside the caller's transaction, because on PostgreSQL a failed
 * statement would otherwise abort the whole evaluation step.
 */
@Component
public class JdbcClaimStatistics implements ClaimStatistics {
    private static final Logger log = LoggerFactory.getLogger(JdbcClaimStatistics.class);

    private final DataSource dataSource;
    private final String table;
    private final String sql;

    public JdbcClaimStatistics(DataSource dataSource, @Value("${jamsos.budget.claims-table:claim}") String table,
                               @Value("${jamsos.budget.claims-sql}") String sql) {
        this.dataSource = dataSource;
        this.table = table;
        this.sql = sql;
    }

    @Override
    public Paid paidClaims(String regencyCode) {
        try (Connection c = dataSource.getConnection()) {
            if (!tableExists(c.getMetaData())) {
                return Paid.NONE;
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, regencyCode);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new Paid(rs.getInt(1), rs.getLong(2)) : Paid.NONE;
                }
            } finally {
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
            }
        } catch (SQLException e) {
            log.warn("Claim figures unavailable for {} (claim table not ready?): {}", regencyCode, e.getMessage());
            return Paid.NONE;
        }
    }

    private boolean tableExists(DatabaseMetaData md) throws SQLException {
        for (String name : new String[]{table.toLowerCase(), table.toUpperCase()}) {
            try (ResultSet rs = md.getTables(null, null, name, new String[]{"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
