package id.jamsos.rentan.budget;

import java.math.BigDecimal;

/** One regency's budget evaluation for a fiscal year; figures are filled by the compute step. */
public record BudgetEvaluation(String evaluationKey, String regencyCode, int fiscalYear, int vulnerablePopulation,
                               BudgetStatus status, Integer membersActive, Integer membersLapsed,
                               Integer membersEnded, Integer claimsPaid, Long claimsTotal,
                               BigDecimal coveragePercent, Long costPerWorker, Integer currentQuota,
                               Integer proposedQuota, Long proposedBudget, Integer quota, Long budget,
                               String lastNote, String pksNumber) {

    public static String key(String regencyCode, int fiscalYear) {
        return regencyCode + "-" + fiscalYear;
    }
}
