package id.jamsos.rentan.enrollment;

import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.PksStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, "no member covered after their agreement ends" (DOMAIN "Process": the next PKS starts the day after
 * this one ends): candidates finalised in December are booked on the next PKS, or wait for it.
 */
class CoverageStartTest {
    static Agreement pks(int year, PksStatus status) {
        return new Agreement("PKS-6203-" + year, "6203", year, 5000, 5000L * 16_800 * 12, 16_800,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), status, "DINSOS_APBD", "PEMERINTAH_APBD", null);
    }

    @Test
    void duringTheYearProtectionStartsNextMonthOnTheSamePks() {
        Agreement current = pks(2026, PksStatus.ACTIVE);
        CoverageStart.Booking b = CoverageStart.book(current, List.of(current), LocalDate.of(2026, 11, 20));
        assertThat(b.pks()).contains(current);
        assertThat(b.coverageStart()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void finalisedInDecemberGoesOnTheNextSignedPksFromItsStart() {
        Agreement current = pks(2026, PksStatus.ACTIVE);
        Agreement next = pks(2027, PksStatus.SIGNED);
        CoverageStart.Booking b = CoverageStart.book(current, List.of(current, next), LocalDate.of(2026, 12, 5));
        assertThat(b.pks()).contains(next);
        assertThat(b.coverageStart()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(b.waitingReason()).isNull();
    }

    @Test
    void withoutASignedNextPksTheCandidateWaitsWithTheReason() {
        Agreement current = pks(2026, PksStatus.ACTIVE);
        // A draft or one still in review does not count: only a signed agreement can cover the worker.
        CoverageStart.Booking b = CoverageStart.book(current, List.of(current, pks(2027, PksStatus.IN_REVIEW)),
                LocalDate.of(2026, 12, 5));
        assertThat(b.pks()).isEmpty();
        assertThat(b.waitingReason()).contains("Menunggu PKS berikutnya").contains("01-01-2027")
                .contains("PKS-6203-2026").contains("31-12-2026");
    }
}
