package id.jamsos.rentan.common;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link RowValuesUpdate} on H2 (the demo database; PostgreSQL runs it in the enrollment integration tests). */
class RowValuesUpdateTest {
    private final JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:row_values;DB_CLOSE_DELAY=-1"));

    record Answer(String nik, String pks, String number) {
    }

    @Test
    void eachRowGetsItsOwnValuesInOneStatementPerFiveHundredRows() {
        jdbc.execute("drop table if exists registration");
        jdbc.execute("create table registration (nik varchar(16), pks_number varchar(40), state varchar(10), "
                + "membership_number varchar(11), note varchar(20), primary key (nik, pks_number))");
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 1203; i++) {
            String nik = String.format("6203%012d", i);
            jdbc.update("insert into registration values (?, 'PKS-A', 'PENDING', null, null)", nik);
            jdbc.update("insert into registration values (?, 'PKS-B', 'PENDING', null, null)", nik);
            answers.add(new Answer(nik, i % 2 == 0 ? "PKS-A" : "PKS-B", String.format("%011d", 90_000_000_000L + i)));
        }
        RowValuesUpdate update = RowValuesUpdate.of("registration",
                List.of("nik varchar(16)", "pks_number varchar(40)", "membership_number varchar(11)"),
                "t.nik = v.nik and t.pks_number = v.pks_number",
                "state = 'DONE', membership_number = v.membership_number, note = ?");

        int updated = update.run(jdbc, answers, a -> new Object[]{a.nik(), a.pks(), a.number()}, "dari BPJS");

        assertThat(updated).isEqualTo(1203);
        assertThat(jdbc.queryForObject("select count(*) from registration where state = 'PENDING'", Integer.class)).isEqualTo(1203);
        for (int i : IntStream.of(0, 1, 499, 500, 1202).toArray()) {
            Answer a = answers.get(i);
            Map<String, Object> row = jdbc.queryForMap("select state, membership_number, note from registration "
                    + "where nik = ? and pks_number = ?", a.nik(), a.pks());
            assertThat(row).containsEntry("STATE", "DONE").containsEntry("MEMBERSHIP_NUMBER", a.number())
                    .containsEntry("NOTE", "dari BPJS");
        }
        assertThat(update.run(jdbc, List.of(), a -> new Object[0])).isZero();
    }

    @Test
    void statementCastsEveryValueAndRefusesWhatIsNoPlainName() {
        RowValuesUpdate update = RowValuesUpdate.of("candidate", List.of("id bigint", "membership_number varchar(11)"),
                "t.id = v.id", "membership_number = v.membership_number");
        assertThat(update.sql(2)).isEqualTo("merge into candidate t using (values "
                + "(cast(? as bigint), cast(? as varchar(11))), (cast(? as bigint), cast(? as varchar(11)))) "
                + "as v(id, membership_number) on t.id = v.id when matched then update set membership_number = v.membership_number");
        assertThatThrownBy(() -> RowValuesUpdate.of("candidate; drop table x", List.of("id bigint"), "t.id = v.id", "id = v.id"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RowValuesUpdate.of("candidate", List.of("id bigint); drop table x; --"), "t.id = v.id", "id = v.id"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RowValuesUpdate.of("candidate", List.of("id"), "t.id = v.id", "id = v.id"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> update.run(new JdbcTemplate(), List.of(1), x -> new Object[]{x}))
                .hasMessageContaining("2 values expected");
    }
}
