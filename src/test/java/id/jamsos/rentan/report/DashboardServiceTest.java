package id.jamsos.rentan.report;

import id.jamsos.rentan.claim.ClaimRepository;
import id.jamsos.rentan.claim.ClaimType;
import id.jamsos.rentan.common.Formats;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's own arithmetic: members per month from starts and ends, claims per WIB month and type. */
class DashboardServiceTest {
    static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    @Test
    void membersAreCountedFromTheirStartMonthUntilTheMonthTheirCoverEnded() {
        Map<LocalDate, Long> starts = Map.of(LocalDate.of(2025, 11, 1), 10L, JAN, 5L, LocalDate.of(2026, 3, 1), 2L);
        // Three covers ended in February: still covered in February, gone from March.
        Map<LocalDate, Long> ends = Map.of(LocalDate.of(2026, 2, 1), 3L);
        List<Dashboard.MembersInMonth> months = DashboardService.membersOverTime(starts, ends, LocalDate.of(2025, 12, 1),
                LocalDate.of(2026, 4, 1));
        assertThat(months).extracting(Dashboard.MembersInMonth::month).containsExactly(LocalDate.of(2025, 12, 1), JAN,
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
        assertThat(months).extracting(Dashboard.MembersInMonth::members).containsExactly(10L, 15L, 15L, 14L, 14L);
    }

    @Test
    void claimsPaidAreGroupedByWibMonthAndTypeWithEveryMonthPresent() {
        // 31 Jan 2026 18:00 UTC is 1 Feb 01:00 WIB: a February payment for officials.
        List<ClaimRepository.PaidTransfer> paid = List.of(
                new ClaimRepository.PaidTransfer("KLM-6203-2026-1", ClaimType.JKM, 42_000_000,
                        OffsetDateTime.of(2026, 1, 10, 3, 0, 0, 0, ZoneOffset.UTC)),
                new ClaimRepository.PaidTransfer("KLM-6203-2026-1", ClaimType.JKM, 10_000_000,
                        OffsetDateTime.of(2026, 1, 12, 3, 0, 0, 0, ZoneOffset.UTC)),
                new ClaimRepository.PaidTransfer("KLM-6203-2026-2", ClaimType.JKK, 70_000_000,
                        OffsetDateTime.of(2026, 1, 31, 18, 0, 0, 0, ZoneOffset.UTC)));
        List<Dashboard.ClaimsInMonth> rows = DashboardService.claimsByMonth(paid, JAN, LocalDate.of(2026, 3, 1));
        assertThat(rows).hasSize(6);
        assertThat(rows).containsExactly(
                new Dashboard.ClaimsInMonth(JAN, "JKM", 1, 52_000_000),
                new Dashboard.ClaimsInMonth(JAN, "JKK", 0, 0),
                new Dashboard.ClaimsInMonth(LocalDate.of(2026, 2, 1), "JKM", 0, 0),
                new Dashboard.ClaimsInMonth(LocalDate.of(2026, 2, 1), "JKK", 1, 70_000_000),
                new Dashboard.ClaimsInMonth(LocalDate.of(2026, 3, 1), "JKM", 0, 0),
                new Dashboard.ClaimsInMonth(LocalDate.of(2026, 3, 1), "JKK", 0, 0));
        assertThat(Formats.WIB.getId()).isEqualTo("Asia/Jakarta");
    }

    @Test
    void budgetShareIsInPointsWithTwoDecimalsAndAbsentForAZeroBudget() {
        assertThat(DashboardExcel.percent(1, 3)).isEqualByComparingTo(new BigDecimal("33.33"));
        assertThat(DashboardExcel.percent(252_000_000, 1_008_000_000)).isEqualByComparingTo(new BigDecimal("25.00"));
        assertThat(DashboardExcel.percent(5, 0)).isNull();
    }
}
