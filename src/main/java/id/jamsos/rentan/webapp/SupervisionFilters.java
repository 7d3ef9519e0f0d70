package id.jamsos.rentan.webapp;

import id.jamsos.rentan.identity.IdentitySetup;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist filter for supervisors: every overdue task they may read, whoever it waits for. "Lewat
 * Tenggat" only lists the caller's own tasks, so a supervisor (who is no candidate anywhere) would see
 * nothing there. Visibility stays with the engine: a supervisor reads the tasks of the own regency
 * (tenant), any other official only the tasks he may work on.
 */
@Component
@Order(20)
public class SupervisionFilters implements ApplicationRunner {
    public static final String FILTER_ALL_OVERDUE = "Pengawasan: Semua Lewat Tenggat";

    private final IdentitySetup identitySetup;
    private final TaskService tasks;

    public SupervisionFilters(IdentitySetup identitySetup, TaskService tasks) {
        this.identitySetup = identitySetup;
        this.tasks = tasks;
    }

    @Override
    public void run(ApplicationArguments args) {
        identitySetup.ensureFilter(FILTER_ALL_OVERDUE,
                tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc(),
                20, "#7a1f1f", "Semua tugas di wilayah Anda yang melewati tenggat, siapa pun penanggung jawabnya (pengawas)");
    }
}
