package id.jamsos.rentan.claim;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NikRulesTest {
    @Test
    void validMaleAndFemaleNiks() {
        assertThat(NikRules.problem("6203011505850001")).isNull();
        assertThat(NikRules.problem("6203015505850002")).isNull(); // 15 + 40: a woman
        assertThat(NikRules.problem("6203016902000003")).isNull(); // 29-02-2000
    }

    @Test
    void invalidNiks() {
        assertThat(NikRules.problem("620301150585000")).contains("16 digit");
        assertThat(NikRules.problem("62030115058500AB")).contains("16 digit");
        assertThat(NikRules.problem("6203010005850001")).contains("tanggal");
        assertThat(NikRules.problem("6203013505850001")).contains("tanggal"); // day 35: neither man nor woman
        assertThat(NikRules.problem("6203011513850001")).contains("bulan");
        assertThat(NikRules.problem("6203013102850001")).contains("kalender"); // 31-02
        assertThat(NikRules.problem("6203011505850000")).contains("urut");
    }
}
