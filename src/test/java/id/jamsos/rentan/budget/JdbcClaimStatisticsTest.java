package id.jamsos.rentan.budget;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13, "the budget review shows 0 paid claims": the figures come from the claim tables' real columns, and a
 * failing query fails the step instead of answering zeros.
 */
class JdbcClaimStatisticsTest {
    private static DriverManagerDataSource db(String name) {
        return new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Test
    void countsThePaidClaimsAndSumsWhatWasTransferred() {
        DriverManagerDataSource ds = db("claims_present");
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        // The columns of V300__claim.sql that the query reads.
        jdbc.execute("create table claim (claim_number varchar(30), regency_code varchar(4), status varchar(24), total_payable bigint)");
        jdbc.execute("create table claim_payment (id bigint, claim_number varchar(30), amount bigint, status varchar(10))");
        jdbc.update("insert into claim values ('KLM-6203-2026-1', '6203', 'PAID', 42000000)");
        jdbc.update("insert into claim values ('KLM-6203-2026-2', '6203', 'PAID', 70000000)");
        jdbc.update("insert into claim values ('KLM-6203-2026-3', '6203', 'PAYING', 42000000)");
        jdbc.update("insert into claim values ('KLM-6112-2026-1', '6112', 'PAID', 42000000)");
        jdbc.update("insert into claim_payment values (1, 'KLM-6203-2026-1', 42000000, 'PAID')");
        jdbc.update("insert into claim_payment values (2, 'KLM-6203-2026-2', 70000000, 'PAID')");
        jdbc.update("insert into claim_payment values (3, 'KLM-6203-2026-1', 1500000, 'PAID')"); // a beasiswa year
        jdbc.update("insert into claim_payment values (4, 'KLM-6203-2026-3', 42000000, 'PENDING')");
        jdbc.update("insert into claim_payment values (5, 'KLM-6112-2026-1', 42000000, 'PAID')");
        assertThat(new JdbcClaimStatistics(jdbc).paidClaims("6203"))
                .isEqualTo(new ClaimStatistics.Paid(2, 113_500_000L));
    }

    @Test
    void aMissingTableFailsLoudlyInsteadOfAnsweringZero() {
        JdbcTemplate jdbc = new JdbcTemplate(db("claims_missing"));
        assertThatThrownBy(() -> new JdbcClaimStatistics(jdbc).paidClaims("6203"))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
    }
}
