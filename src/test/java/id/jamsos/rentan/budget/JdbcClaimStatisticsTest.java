package id.jamsos.rentan.budget;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Claims are read defensively: zeros while the claim feature's table is missing or does not fit the query. */
class JdbcClaimStatisticsTest {
    private static final String SQL = "select count(*), coalesce(sum(paid_amount), 0) from claim "
            + "where regency_code = ? and status = 'PAID'";

    private static DriverManagerDataSource db(String name) {
        return new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Test
    void zerosWhileTheClaimTableDoesNotExist() {
        assertThat(new JdbcClaimStatistics(db("claims_missing"), "claim", SQL).paidClaims("6203"))
                .isEqualTo(ClaimStatistics.Paid.NONE);
    }

    @Test
    void countsAndSumsThePaidClaimsOfTheRegency() {
        DriverManagerDataSource ds = db("claims_present");
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.execute("create table claim (claim_number varchar(30), regency_code varchar(4), status varchar(20), paid_amount bigint)");
        jdbc.update("insert into claim values ('KLM-6203-2026-1', '6203', 'PAID', 42000000)");
        jdbc.update("insert into claim values ('KLM-6203-2026-2', '6203', 'PAID', 70000000)");
        jdbc.update("insert into claim values ('KLM-6203-2026-3', '6203', 'DOCUMENTS', null)");
        jdbc.update("insert into claim values ('KLM-6112-2026-1', '6112', 'PAID', 42000000)");
        assertThat(new JdbcClaimStatistics(ds, "claim", SQL).paidClaims("6203"))
                .isEqualTo(new ClaimStatistics.Paid(2, 112_000_000L));
    }

    @Test
    void zerosWhenTheTableHasOtherColumnsThanTheConfiguredQuery() {
        DriverManagerDataSource ds = db("claims_other");
        new JdbcTemplate(ds).execute("create table claim (claim_number varchar(30), state varchar(20))");
        assertThat(new JdbcClaimStatistics(ds, "claim", SQL).paidClaims("6203")).isEqualTo(ClaimStatistics.Paid.NONE);
    }
}
