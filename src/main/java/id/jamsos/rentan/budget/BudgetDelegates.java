package id.jamsos.rentan.budget;

import id.jamsos.rentan.common.ConflictException;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.IndonesianNumbers;
import id.jamsos.rentan.common.TaskInputException;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.PksProcess;
import id.jamsos.rentan.pks.PksService;
import id.jamsos.rentan.process.ElementIds;
import id.jamsos.rentan.process.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

/** Thin glue between the budget-evaluation process and {@link BudgetService}. */
public final class BudgetDelegates {
    private BudgetDelegates() {
    }

    /** Computes the figures and puts what the Dinsos form shows (amounts as Rp…) into small variables. */
    @Component("computeBudgetFiguresDelegate")
    public static class ComputeFigures implements JavaDelegate {
        private final BudgetService service;
        private final Clock clock;

        /** @param clock the application's WIB clock ({@code config.ClockConfig}): the day the figures are taken on */
        public ComputeFigures(BudgetService service, Clock clock) {
            this.service = service;
            this.clock = clock;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String key = (String) execution.getVariable(BudgetProcessKeys.VAR_EVALUATION_KEY);
            BudgetCalculator.Result r = service.computeFigures(key, LocalDate.now(clock.withZone(Formats.WIB)));
            BudgetEvaluation e = service.get(key);
            execution.setVariable("vulnerablePopulation", (long) e.vulnerablePopulation());
            execution.setVariable("membersActive", (long) e.membersActive());
            execution.setVariable("membersLapsed", (long) e.membersLapsed());
            execution.setVariable("membersEnded", (long) e.membersEnded());
            execution.setVariable("claimsPaid", (long) e.claimsPaid());
            execution.setVariable("claimsTotalText", Formats.rupiah(e.claimsTotal()));
            execution.setVariable("coverageText", r.coveragePercent().toPlainString().replace('.', ',') + " %");
            execution.setVariable("costPerWorkerText", Formats.rupiah(r.costPerWorker()) + " ("
                    + Formats.rupiah(service.premiumPerMonth()) + " × " + service.months() + " bulan)");
            execution.setVariable("currentQuota", (long) e.currentQuota());
            // The same counts as officials read them ("48.500") for the forms' read-only fields.
            execution.setVariable("vulnerablePopulationText", IndonesianNumbers.format(e.vulnerablePopulation()));
            execution.setVariable("membersActiveText", IndonesianNumbers.format(e.membersActive()));
            execution.setVariable("membersLapsedText", IndonesianNumbers.format(e.membersLapsed()));
            execution.setVariable("membersEndedText", IndonesianNumbers.format(e.membersEnded()));
            execution.setVariable("claimsPaidText", IndonesianNumbers.format(e.claimsPaid()));
            execution.setVariable("currentQuotaText", IndonesianNumbers.format(e.currentQuota()));
            execution.setVariable("proposalText", "Kuota " + IndonesianNumbers.format(r.proposedQuota()) + " pekerja, anggaran "
                    + Formats.rupiah(r.proposedBudget()));
            execution.setVariable("candidatesText", r.candidates().stream()
                    .map(c -> "Cakupan " + c.coveragePercent() + " %: " + IndonesianNumbers.format(c.quota()) + " pekerja = " + Formats.rupiah(c.budget()))
                    .collect(Collectors.joining("\n")));
            // Prefilled in the form; a completion that does not send them keeps these (contract).
            execution.setVariable("quota", (long) e.quota());
            execution.setVariable("budget", e.budget());
            execution.setVariable("lastNote", "");
        }
    }

    /** Complete listener of the three user tasks: validates and records the step; bad input refuses the completion. */
    @Component("budgetTaskListener")
    public static class TaskCompleted implements TaskListener {
        private final BudgetService service;

        public TaskCompleted(BudgetService service) {
            this.service = service;
        }

        @Override
        public void notify(DelegateTask task) {
            String key = (String) task.getVariable(BudgetProcessKeys.VAR_EVALUATION_KEY);
            String user = TaskInputs.userId(task);
            String taskKey = ElementIds.taskKey(task);
            switch (taskKey) {
                case BudgetProcessKeys.TASK_PROPOSE -> TaskInputs.refuseOnInvalid(() -> {
                    BudgetEvaluation e = service.propose(key, TaskInputs.number(task, "quota", "Kuota"),
                            TaskInputs.number(task, "budget", "Anggaran"), user);
                    task.getExecution().setVariable("quota", (long) e.quota());
                    task.getExecution().setVariable("budget", e.budget());
                    task.getExecution().setVariable("proposalText", "Kuota " + IndonesianNumbers.format(e.quota()) + " pekerja, anggaran "
                            + Formats.rupiah(e.budget()));
                });
                case BudgetProcessKeys.TASK_TAPD_REVIEW, BudgetProcessKeys.TASK_SEKDA_APPROVAL -> {
                    TaskInputs.Decision d = TaskInputs.decision(task);
                    BudgetStatus step = taskKey.equals(BudgetProcessKeys.TASK_TAPD_REVIEW)
                            ? BudgetStatus.TAPD_REVIEW : BudgetStatus.SEKDA_APPROVAL;
                    TaskInputs.refuseOnInvalid(() -> service.review(key, step, d.approved(), d.note(), user));
                    task.getExecution().setVariable("lastNote", d.note() == null ? "" : d.note());
                }
                default -> throw new IllegalStateException("unexpected task " + taskKey);
            }
        }
    }

    /** Sekda approved: the PKS for that fiscal year is drafted from the approved quota and budget and started. */
    @Component("startPksFromBudgetDelegate")
    public static class StartPks implements JavaDelegate {
        private final BudgetService budgets;
        private final PksService pks;
        private final PksProcess pksProcess;

        public StartPks(BudgetService budgets, PksService pks, PksProcess pksProcess) {
            this.budgets = budgets;
            this.pks = pks;
            this.pksProcess = pksProcess;
        }

        @Override
        public void execute(DelegateExecution execution) {
            BudgetEvaluation e = budgets.get((String) execution.getVariable(BudgetProcessKeys.VAR_EVALUATION_KEY));
            String number = Agreement.number(e.regencyCode(), e.fiscalYear());
            if (pks.find(number).isEmpty()) {
                try {
                    Agreement a = pks.create(pks.draftFromBudget(e.regencyCode(), e.fiscalYear(), e.quota(), e.budget()));
                    pksProcess.start(a);
                } catch (ValidationException | ConflictException ex) {
                    throw new TaskInputException("PKS " + number + " tidak dapat dibuat dari evaluasi ini: " + ex.getMessage());
                }
            }
            budgets.linkPks(e.evaluationKey(), number);
            execution.setVariable("pksNumber", number);
        }
    }
}
