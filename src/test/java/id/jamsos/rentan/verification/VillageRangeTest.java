package id.jamsos.rentan.verification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link CandidateRepository#villageRange}: a region code as the range of the 10-digit village codes within it. */
class VillageRangeTest {
    @Test
    void regencyKecamatanAndVillageCodesCoverExactlyTheirVillages() {
        assertThat(CandidateRepository.villageRange("6203")).containsExactly("6203000000", "6203999999");
        assertThat(CandidateRepository.villageRange("620301")).containsExactly("6203010000", "6203019999");
        assertThat(CandidateRepository.villageRange("6203011001")).containsExactly("6203011001", "6203011001");
        // A neighbouring kecamatan's villages fall outside.
        String[] r = CandidateRepository.villageRange("620301");
        assertThat("6203021001".compareTo(r[1])).isPositive();
        assertThat("6203009999".compareTo(r[0])).isNegative();
    }

    @Test
    void anythingButDigitsIsRefused() {
        for (String bad : new String[]{null, "", "62%", "6203' or 1=1", "62030110011"}) {
            assertThatThrownBy(() -> CandidateRepository.villageRange(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
