package id.jamsos.rentan.budget;

import id.jamsos.rentan.process.StartFormInput;
import id.jamsos.rentan.identity.Official;
import id.jamsos.rentan.identity.RegionAccessPolicy;
import id.jamsos.rentan.identity.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;


/**
 * Start of budget-evaluation from the Tasklist start form ({@code forms/budget-start.html}): opens the evaluation
 * with the rules and messages of {@code POST /api/budget-evaluations} and makes its key the business key. A
 * refusal rolls the start back: nothing is recorded. Starts by the API or the yearly timer already carry the
 * evaluation key and pass through.
 */
@Component("budgetStartListener")
public class BudgetStartListener implements ExecutionListener {
    private final BudgetService service;
    private final BudgetProcess process;
    private final RegionAccessPolicy policy;

    public BudgetStartListener(BudgetService service, BudgetProcess process, RegionAccessPolicy policy) {
        this.service = service;
        this.process = process;
        this.policy = policy;
    }

    @Override
    public void notify(DelegateExecution ex) {
        if (ex.getVariable(BudgetProcessKeys.VAR_EVALUATION_KEY) != null) {
            return;
        }
        StartFormInput form = new StartFormInput(ex);
        Official by = form.official();
        String regencyCode = form.text("regencyCode");
        Integer fiscalYear = form.integer("fiscalYear");
        Integer population = form.integer("vulnerablePopulation");
        form.requireReadable();
        BudgetEvaluation e = StartFormInput.asFormRefusal("regencyCode", () -> {
            if (regencyCode != null && regencyCode.matches("\\d{4}")) {
                policy.requireRole(by, Role.DINSOS, regencyCode);
            }
            return service.open(regencyCode, fiscalYear, population, by.userId(), process.today());
        });
        ex.setProcessBusinessKey(e.evaluationKey());
        ex.setVariables(process.startVariables(e));
        ex.removeVariable("vulnerablePopulation");
    }
}
