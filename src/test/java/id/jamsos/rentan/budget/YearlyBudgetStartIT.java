package id.jamsos.rentan.budget;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.region.ProgramRegencyRepository;
import id.jamsos.rentan.support.IntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The yearly timer opens next year's evaluation for every regency that has none, once. */
class YearlyBudgetStartIT extends IntegrationTest {

    @Autowired
    YearlyBudgetStart yearly;
    @Autowired
    BudgetService budgets;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ProgramRegencyRepository programRegencies;

    @Test
    void opensOneEvaluationPerRegencyInItsTenantAndNeverTwice() {
        // Run "next June": the evaluations are for the year after next, beyond any other test's data.
        LocalDate nextYear = LocalDate.now(Formats.WIB).plusYears(1);
        int fiscalYear = nextYear.getYear() + 1;
        yearly.openNextYear(nextYear);
        // The regencies of the program table (a regency joined later is tried too; one without population data is
        // logged and skipped, see RegionImportIT's 1101): the three demo regencies have their evaluation.
        assertThat(programRegencies.codes()).contains("6203", "6208", "6112");
        for (String regency : List.of("6203", "6208", "6112")) {
            String key = regency + "-" + fiscalYear;
            BudgetEvaluation e = budgets.find(key).orElseThrow();
            assertThat(e.vulnerablePopulation()).isPositive();
            assertThat(e.proposedQuota()).isNotNull();
            ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey("budget-evaluation")
                    .processInstanceBusinessKey(key).singleResult();
            assertThat(pi.getTenantId()).isEqualTo(regency);
        }
        assertThat(yearly.openNextYear(nextYear)).isZero();
    }
}
