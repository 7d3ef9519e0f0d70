package id.jamsos.rentan.enrollment;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedBpjsRegistryTest {

    @Test
    void membershipNumberHasElevenDigitsAndDependsOnlyOnTheNik() {
        String n = SimulatedBpjsRegistry.numberFor("6203011205800101");
        assertThat(n).matches("8\\d{10}");
        assertThat(SimulatedBpjsRegistry.numberFor("6203011205800101")).isEqualTo(n);
        assertThat(SimulatedBpjsRegistry.numberFor("6203011205800102")).isNotEqualTo(n);
    }

    @Test
    void fiveThousandWorkersRarelyShareAHash() {
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            numbers.add(SimulatedBpjsRegistry.numberFor(String.format("620301120580%04d", i)));
        }
        // Collisions are resolved by probing against the member table; here we only check they are rare.
        assertThat(numbers.size()).isGreaterThan(4990);
    }
}
