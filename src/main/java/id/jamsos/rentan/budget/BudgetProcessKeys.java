package id.jamsos.rentan.budget;

/** Names of the budget-evaluation process that code and tests rely on. */
public final class BudgetProcessKeys {
    public static final String PROCESS_KEY = "budget-evaluation";
    public static final String TASK_PROPOSE = "Task_ProposeBudget";
    public static final String TASK_TAPD_REVIEW = "Task_TapdReview";
    public static final String TASK_SEKDA_APPROVAL = "Task_SekdaApproval";
    public static final String VAR_EVALUATION_KEY = "evaluationKey";

    private BudgetProcessKeys() {
    }
}
