package id.jamsos.rentan.verification;

import id.jamsos.rentan.enrollment.CoverageStart;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The DTSEN simulator's documented, deterministic answers and the coverage start rule. */
class RegistrySimulatorsTest {

    @Test
    void dtsenSimulatorAnswersFromTheSerial() {
        SimulatedDtksRegistry dtks = new SimulatedDtksRegistry(LocalDate.of(2026, 10, 1));
        Map<String, DtksRegistry.Answer> a = dtks.lookup(List.of("6203011205800001", "6203011205800008", "6203011205800009"));
        assertThat(a.get("6203011205800001")).isEqualTo(new DtksRegistry.Answer(true, 2, LocalDate.of(2026, 10, 1),
                "Terdaftar di DTSEN desil 2 (simulator)"));
        assertThat(a.get("6203011205800008").desil()).isEqualTo(7);
        assertThat(a.get("6203011205800009").registered()).isFalse();
        assertThat(dtks.lookup(List.of("6203011205800001"))).isEqualTo(dtks.lookup(List.of("6203011205800001")));
    }

    @Test
    void coverageStartsAtPksStartOrFirstOfNextMonth() {
        LocalDate pksStart = LocalDate.of(2026, 1, 1);
        assertThat(CoverageStart.of(pksStart, LocalDate.of(2025, 12, 10))).isEqualTo(pksStart);
        assertThat(CoverageStart.of(pksStart, LocalDate.of(2026, 11, 21))).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(CoverageStart.of(pksStart, LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(CoverageStart.of(null, LocalDate.of(2026, 2, 1))).isEqualTo(LocalDate.of(2026, 3, 1));
    }
}
