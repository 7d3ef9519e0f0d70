package id.jamsos.rentan.budget;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads paid claims from the claim feature's tables ({@code claim}, {@code claim_payment}) in the caller's
 * transaction. A failing query fails the budget step (an incident when a job runs it); it never turns into
 * "Klaim dibayar 0 / Rp0" (issue 13: the old configurable query named a column that does not exist and its
 * error was swallowed).
 */
@Component
public class JdbcClaimStatistics implements ClaimStatistics {
    static final String SQL = """
            select (select count(*) from claim where regency_code = ? and status = 'PAID'),
                   (select coalesce(sum(p.amount), 0) from claim_payment p join claim c on c.claim_number = p.claim_number
                    where c.regency_code = ? and p.status = 'PAID')""";

    private final JdbcTemplate jdbc;

    public JdbcClaimStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims of the regency with status PAID (count), and the rupiah transferred for the regency's claims
     * (every PAID payment: benefits and beasiswa years, also of claims still paying beasiswa).
     */
    @Override
    public Paid paidClaims(String regencyCode) {
        return jdbc.queryForObject(SQL, (rs, i) -> new Paid(rs.getInt(1), rs.getLong(2)), regencyCode, regencyCode);
    }
}
