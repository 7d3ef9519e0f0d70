package id.jamsos.rentan.budget;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetCalculatorTest {

    private static BudgetCalculator.Input input(int population, int active, int currentQuota, int target) {
        return new BudgetCalculator.Input(population, active, currentQuota, 16_800, 12, target, List.of(40, 50, 100));
    }

    @Test
    void coverageIsActiveMembersOverPopulationInPercentWithTwoDecimals() {
        // Kapuas 2025: about 43% of vulnerable workers covered.
        assertThat(BudgetCalculator.coveragePercent(5_000, 11_628)).isEqualByComparingTo(new BigDecimal("43.00"));
        assertThat(BudgetCalculator.coveragePercent(1, 3)).isEqualByComparingTo(new BigDecimal("33.33"));
        assertThat(BudgetCalculator.coveragePercent(2, 3)).isEqualByComparingTo(new BigDecimal("66.67"));
    }

    @Test
    void coverageWithoutPopulationIsZeroNotADivisionError() {
        assertThat(BudgetCalculator.coveragePercent(10, 0)).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void costPerWorkerIsPremiumTimesMonths() {
        BudgetCalculator.Result r = BudgetCalculator.compute(input(20_000, 0, 0, 50));
        assertThat(r.costPerWorker()).isEqualTo(201_600L);
    }

    @Test
    void domainExampleTwentyThousandWorkersForNineMonthsCostsThreeBillion() {
        BudgetCalculator.Result r = BudgetCalculator.compute(
                new BudgetCalculator.Input(20_000, 0, 20_000, 16_800, 9, 0, List.of()));
        assertThat(r.proposedQuota()).isEqualTo(20_000);
        assertThat(r.proposedBudget()).isEqualTo(3_024_000_000L);
    }

    @Test
    void proposalReachesTheCoverageTargetWhenAboveTheCurrentQuota() {
        BudgetCalculator.Result r = BudgetCalculator.compute(input(12_000, 5_000, 5_000, 50));
        assertThat(r.proposedQuota()).isEqualTo(6_000);
        assertThat(r.proposedBudget()).isEqualTo(6_000L * 201_600);
        assertThat(r.coveragePercent()).isEqualByComparingTo(new BigDecimal("41.67"));
    }

    @Test
    void proposalNeverShrinksBelowTheCurrentQuotaOrActiveMembers() {
        assertThat(BudgetCalculator.compute(input(12_000, 5_000, 7_000, 50)).proposedQuota()).isEqualTo(7_000);
        assertThat(BudgetCalculator.compute(input(12_000, 6_500, 5_000, 50)).proposedQuota()).isEqualTo(6_500);
    }

    @Test
    void proposalIsCappedAtThePopulation() {
        assertThat(BudgetCalculator.compute(input(4_000, 3_000, 5_000, 50)).proposedQuota()).isEqualTo(4_000);
    }

    @Test
    void candidatesRoundTheQuotaUpAndPriceIt() {
        BudgetCalculator.Result r = BudgetCalculator.compute(input(1_001, 0, 0, 50));
        assertThat(r.candidates()).extracting(BudgetCalculator.Candidate::quota).containsExactly(401, 501, 1_001);
        assertThat(r.candidates().get(0).budget()).isEqualTo(401L * 201_600);
        assertThat(r.candidates().get(2).coveragePercent()).isEqualTo(100);
    }
}
