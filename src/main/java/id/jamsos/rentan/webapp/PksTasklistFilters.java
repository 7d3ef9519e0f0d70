package id.jamsos.rentan.webapp;

import id.jamsos.rentan.budget.BudgetProcessKeys;
import id.jamsos.rentan.identity.IdentitySetup;
import id.jamsos.rentan.pks.PksProcessKeys;
import id.jamsos.rentan.premium.PremiumProcessKeys;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Tasklist filter for the yearly cycle: budget, PKS and premium tasks of the official's groups, by due date. */
@Component
@Order(30)
public class PksTasklistFilters implements ApplicationRunner {
    public static final String FILTER_NAME = "Anggaran, PKS & Iuran";

    private final IdentitySetup identitySetup;
    private final TaskService tasks;

    public PksTasklistFilters(IdentitySetup identitySetup, TaskService tasks) {
        this.identitySetup = identitySetup;
        this.tasks = tasks;
    }

    @Override
    public void run(ApplicationArguments args) {
        identitySetup.ensureFilter(FILTER_NAME, tasks.createTaskQuery()
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .processDefinitionKeyIn(BudgetProcessKeys.PROCESS_KEY, PksProcessKeys.PROCESS_KEY,
                                PremiumProcessKeys.PROCESS_KEY)
                        .orderByDueDate().asc(),
                5, "#8a5a00", "Evaluasi anggaran, PKS dan pencatatan iuran untuk jabatan Anda, urut tenggat");
    }
}
