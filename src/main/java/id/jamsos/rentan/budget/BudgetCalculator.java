package id.jamsos.rentan.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of a budget evaluation, pure arithmetic so it can be tested without a database:
 * coverage = active members / vulnerable population x 100; cost per worker = premium x months;
 * proposed quota = the largest of the current quota, the active members and the coverage target,
 * never above the population; budget = quota x cost per worker.
 */
public final class BudgetCalculator {

    public record Input(int population, int membersActive, int currentQuota, long premiumPerMonth, int months,
                        int targetCoveragePercent, List<Integer> candidateCoveragePercents) {
    }

    public record Candidate(int coveragePercent, int quota, long budget) {
    }

    public record Result(BigDecimal coveragePercent, long costPerWorker, int proposedQuota, long proposedBudget,
                         List<Candidate> candidates) {
    }

    private BudgetCalculator() {
    }

    public static BigDecimal coveragePercent(long members, long population) {
        if (population <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(members).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
    }

    /** Workers needed to reach a coverage percentage of the population (rounded up: a target is a floor). */
    static int quotaFor(int population, int percent) {
        return (int) Math.min(population, (population * (long) percent + 99) / 100);
    }

    public static Result compute(Input in) {
        long costPerWorker = in.premiumPerMonth() * in.months();
        int target = quotaFor(in.population(), in.targetCoveragePercent());
        int proposed = Math.min(in.population(), Math.max(target, Math.max(in.currentQuota(), in.membersActive())));
        List<Candidate> candidates = new ArrayList<>();
        for (int p : in.candidateCoveragePercents()) {
            int q = quotaFor(in.population(), p);
            candidates.add(new Candidate(p, q, q * costPerWorker));
        }
        return new Result(coveragePercent(in.membersActive(), in.population()), costPerWorker, proposed,
                proposed * costPerWorker, candidates);
    }
}
