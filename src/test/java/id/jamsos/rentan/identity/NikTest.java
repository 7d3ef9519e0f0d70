package id.jamsos.rentan.identity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one NIK rule (issue 13 "One NIK rule"): PP KK CC DDMMYY NNNN, day + 40 for women (Permendagri 95/2019, DOMAIN
 * "NIK"). Cases where the two former implementations disagreed are pinned here.
 */
class NikTest {
    @Test
    void validMaleAndFemaleNiks() {
        assertThat(Nik.problem("6203011505850001")).isNull();
        assertThat(Nik.problem("6203015505850002")).isNull(); // 15 + 40: a woman
        assertThat(Nik.problem("6203016902000003")).isNull(); // 29-02-2000
        assertThat(Nik.problem("6203012902800001")).isNull(); // 29-02-1980
        assertThat(Nik.problem("3204011505850001")).isNull(); // first issued in Jawa Barat: form only here
    }

    @Test
    void invalidNiksWithOneMessageEach() {
        assertThat(Nik.problem(null)).isEqualTo(Nik.MSG_DIGITS);
        assertThat(Nik.problem("620301150585000")).isEqualTo(Nik.MSG_DIGITS);
        assertThat(Nik.problem("62030115058500AB")).isEqualTo(Nik.MSG_DIGITS);
        assertThat(Nik.problem(" 6203011505850001")).isEqualTo(Nik.MSG_DIGITS);
        assertThat(Nik.problem("6203010005850001")).isEqualTo(Nik.MSG_DATE_PART);
        assertThat(Nik.problem("6203013505850001")).isEqualTo(Nik.MSG_DATE_PART); // day 35: neither man nor woman
        assertThat(Nik.problem("6203011513850001")).isEqualTo(Nik.MSG_DATE_PART);
        assertThat(Nik.problem("6203013102850001")).isEqualTo(Nik.MSG_CALENDAR); // 31-02
        assertThat(Nik.problem("6203011505850000")).isEqualTo(Nik.MSG_SERIAL);
    }

    @Test
    void twentyNinthFebruaryOnlyInYearsDivisibleByFour() {
        // Former candidate rule accepted 29-02 of any year, the claim rule only of a leap year: 1981/2081 are none.
        assertThat(Nik.problem("6203012902810001")).isEqualTo(Nik.MSG_CALENDAR);
        assertThat(Nik.problem("6203016902810001")).isEqualTo(Nik.MSG_CALENDAR);
        assertThat(Nik.of("6203012902800001").matchesBirthDate(LocalDate.of(1980, 2, 29))).isTrue();
    }
}
