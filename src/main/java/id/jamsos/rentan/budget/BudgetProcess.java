package id.jamsos.rentan.budget;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.pks.NextYearEvaluation;
import id.jamsos.rentan.pks.PksProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Opens an evaluation and starts its budget-evaluation instance (business key {@code <regency>-<fiscalYear>}). */
@Component
public class BudgetProcess implements NextYearEvaluation {
    private final BudgetService service;
    private final RuntimeService runtime;
    private final int taskDueDays;
    private final Clock clock;

    /**
     * @param clock "today" (WIB) that bounds the fiscal year an evaluation may be opened for ({@code ClockConfig},
     *              pinned by tests and by the five-year history benchmark)
     */
    public BudgetProcess(BudgetService service, @Lazy RuntimeService runtime, BudgetSettings settings, Clock clock) {
        this.service = service;
        this.runtime = runtime;
        this.taskDueDays = settings.taskDueDays();
        this.clock = clock;
    }

    /** Today in WIB by the application clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.WIB));
    }

    @Transactional
    public BudgetEvaluation open(String regencyCode, Integer fiscalYear, Integer population, String userId) {
        BudgetEvaluation e = service.open(regencyCode, fiscalYear, population, userId, today());
        PksProcess.withoutAuthorization(() -> runtime.startProcessInstanceByKey(BudgetProcessKeys.PROCESS_KEY,
                e.evaluationKey(), startVariables(e)));
        return service.get(e.evaluationKey());
    }

    /** What an instance starts with, whether the API, the yearly timer or the Tasklist start form opened it. */
    public Map<String, Object> startVariables(BudgetEvaluation e) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("regencyCode", e.regencyCode());
        vars.put("fiscalYear", (long) e.fiscalYear());
        vars.put(BudgetProcessKeys.VAR_EVALUATION_KEY, e.evaluationKey());
        vars.put("taskDueDays", taskDueDays);
        return vars;
    }

    /**
     * Renewal and the yearly start: opens the evaluation unless one exists, with the latest recorded population
     * (or the given fallback when none was ever recorded; Dinsos sees it in the form).
     */
    @Override
    @Transactional
    public boolean openIfMissing(String regencyCode, int fiscalYear, int fallbackPopulation) {
        if (service.find(BudgetEvaluation.key(regencyCode, fiscalYear)).isPresent()) {
            return false;
        }
        int population = service.knownPopulation(regencyCode, fiscalYear).orElse(Math.max(1, fallbackPopulation));
        open(regencyCode, fiscalYear, population, "system");
        return true;
    }
}
