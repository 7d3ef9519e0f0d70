package id.jamsos.rentan.enrollment;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MemberHistoryTest {
    static List<LocalDate> months(LocalDate from, LocalDate toInclusive) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate m = from; !m.isAfter(toInclusive); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    @Test
    void masaIurIsCountedAtTheDateOfDeathHoweverLateTheClaim() {
        // Issue 13 / PP 82/2019 (DOMAIN "Beasiswa"): covered 01-03-2023, died 15-01-2026: 34 months at death,
        // although 36 months (March 2023 to February 2026) are invoiced and paid by the time the claim is filed.
        LocalDate start = LocalDate.of(2023, 3, 1);
        MemberHistory paidThroughFebruary = new MemberHistory(start, List.of(),
                months(start, LocalDate.of(2026, 2, 1)), 0);
        assertThat(paidThroughFebruary.paidMonths()).hasSize(36);
        assertThat(paidThroughFebruary.contributionMonthsAt(LocalDate.of(2026, 1, 15))).isEqualTo(34);
        // The same with all 36 months recorded before this system (legacy): never more than the months covered.
        assertThat(new MemberHistory(start, List.of(), List.of(), 36).contributionMonthsAt(LocalDate.of(2026, 1, 15)))
                .isEqualTo(34);
        // Three whole years at death on 01-03-2026: 36 months, beasiswa's minimum.
        assertThat(paidThroughFebruary.contributionMonthsAt(LocalDate.of(2026, 3, 1))).isEqualTo(36);
    }

    @Test
    void unpaidMonthsAndMonthsBeforeCoverageDoNotCount() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        List<LocalDate> paid = new ArrayList<>(months(start, LocalDate.of(2025, 12, 1)));
        paid.remove(LocalDate.of(2025, 6, 1));
        MemberHistory h = new MemberHistory(start, List.of(), paid, 0);
        assertThat(h.contributionMonthsAt(LocalDate.of(2026, 1, 10))).isEqualTo(11);
        assertThat(h.contributionMonthsAt(LocalDate.of(2024, 12, 31))).isZero();
        // The month of the event counts once it is over: death on 31-01-2025 → 0, on 01-02-2025 → 1.
        assertThat(h.contributionMonthsAt(LocalDate.of(2025, 1, 31))).isZero();
        assertThat(h.contributionMonthsAt(LocalDate.of(2025, 2, 1))).isEqualTo(1);
    }

    @Test
    void statusOnADayIsTheLastChangeEffectiveByThen() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        MemberHistory h = new MemberHistory(start, List.of(
                new MemberHistory.StatusChange(MemberStatus.LAPSED, "PREMIUM_ARREARS", LocalDate.of(2025, 5, 20)),
                new MemberHistory.StatusChange(MemberStatus.ACTIVE, "ARREARS_PAID", LocalDate.of(2025, 7, 3)),
                new MemberHistory.StatusChange(MemberStatus.ENDED, "PKS_EXPIRED", LocalDate.of(2026, 1, 1))), List.of(), 0);
        assertThat(h.statusOn(LocalDate.of(2025, 5, 19)).status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(h.statusOn(LocalDate.of(2025, 5, 20)).status()).isEqualTo(MemberStatus.LAPSED);
        assertThat(h.statusOn(LocalDate.of(2025, 7, 3)).status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(h.statusOn(LocalDate.of(2025, 12, 31)).status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(h.statusOn(LocalDate.of(2026, 1, 1)).status()).isEqualTo(MemberStatus.ENDED);
    }
}
