package id.jamsos.rentan.budget;

import id.jamsos.rentan.boundary.BoundaryDeclaration;
import id.jamsos.rentan.boundary.ProcessBoundary;
import org.springframework.stereotype.Component;

import java.util.List;

import static id.jamsos.rentan.budget.BudgetProcessKeys.*;

/**
 * What callers may send to budget-evaluation: the Dinsos start form (checked by {@link BudgetStartListener} as
 * {@code POST /api/budget-evaluations}), the proposal's quota and budget, the reviews' decisions.
 */
@Component
public class BudgetBoundary implements BoundaryDeclaration {
    @Override
    public List<ProcessBoundary> processes() {
        return List.of(ProcessBoundary.of(PROCESS_KEY)
                .startedByCallers("regencyCode", "fiscalYear", "vulnerablePopulation")
                .serves("budget-evaluation", VAR_EVALUATION_KEY)
                .task(TASK_PROPOSE, "quota", "budget")
                .task(TASK_TAPD_REVIEW)
                .task(TASK_SEKDA_APPROVAL));
    }
}
