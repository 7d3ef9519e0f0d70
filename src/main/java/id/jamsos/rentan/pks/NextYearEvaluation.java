package id.jamsos.rentan.pks;

/**
 * What the PKS renewal timer needs from the budget feature: next year's budget evaluation, opened unless it
 * exists. Owned by {@code pks} so that the dependency runs from {@code budget} (which implements it, see
 * {@code budget.BudgetProcess}) to {@code pks}, never back.
 */
public interface NextYearEvaluation {

    /**
     * Opens the budget evaluation {@code <regencyCode>-<fiscalYear>} with its budget-evaluation instance unless
     * one exists already.
     *
     * @param regencyCode        4-digit Kemendagri regency code, e.g. {@code 6203}
     * @param fiscalYear         the year to evaluate, e.g. the ending PKS's year + 1
     * @param fallbackPopulation vulnerable workers to propose when no population was ever recorded (the ending
     *                           PKS's quota); Dinsos corrects it on the form
     * @return true when this call opened it, false when it existed already
     */
    boolean openIfMissing(String regencyCode, int fiscalYear, int fallbackPopulation);
}
