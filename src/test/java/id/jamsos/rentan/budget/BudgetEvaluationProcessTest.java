package id.jamsos.rentan.budget;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

@Deployment(resources = "bpmn/budget-evaluation.bpmn")
class BudgetEvaluationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    private final List<String> completedTasks = new ArrayList<>();
    private int computed;
    private int pksStarted;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        Mocks.register("computeBudgetFiguresDelegate", (JavaDelegate) e -> {
            computed++;
            e.setVariable("quota", 5500L);
            e.setVariable("budget", 1_108_800_000L);
        });
        Mocks.register("budgetTaskListener", (TaskListener) (DelegateTask t) -> completedTasks.add(t.getTaskDefinitionKey()));
        // Tested on its own (StartFormsIntegrationIT); here it only has to run at the start.
        Mocks.register("budgetStartListener", (ExecutionListener) e -> completedTasks.add("start"));
        Mocks.register("startPksFromBudgetDelegate", (JavaDelegate) e -> {
            pksStarted++;
            e.setVariable("pksNumber", "PKS-6203-2027");
        });
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("budget-evaluation", "6203-2027",
                Map.of("regencyCode", "6203", "evaluationKey", "6203-2027", "fiscalYear", 2027L, "taskDueDays", 14));
    }

    @Test
    void proposalApprovedByTapdAndSekdaStartsThePks() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("Task_ProposeBudget").hasBusinessKey("6203-2027");
        assertThat(computed).isEqualTo(1);
        assertThat(task(pi)).hasCandidateGroup("dinsos-6203").hasDueDate(task(pi).getDueDate());
        assertThat(task(pi).getDueDate()).isNotNull();
        // The form sends nothing back: the prefilled proposal stays.
        complete(task(pi));
        assertThat(pi).isWaitingAt("Task_TapdReview").variables().containsEntry("quota", 5500L);
        assertThat(task(pi)).hasCandidateGroup("tapd-6203");
        complete(task(pi), withVariables("approved", true));
        assertThat(pi).isWaitingAt("Task_SekdaApproval");
        assertThat(task(pi)).hasCandidateGroup("sekda-6203");
        complete(task(pi), withVariables("approved", true));
        assertThat(pi).isEnded().hasPassed("Task_StartPks", "EndEvent_BudgetApproved")
                .variables().containsEntry("pksNumber", "PKS-6203-2027");
        assertThat(pksStarted).isEqualTo(1);
        assertThat(completedTasks).containsExactly("start", "Task_ProposeBudget", "Task_TapdReview", "Task_SekdaApproval");
    }

    @Test
    void tapdSendsBackAndDinsosRevises() {
        ProcessInstance pi = start();
        complete(task(pi));
        complete(task(pi), withVariables("approved", false, "note", "Kuota terlalu besar untuk APBD"));
        assertThat(pi).isWaitingAt("Task_ProposeBudget").hasPassed("Gateway_TapdApproved");
        complete(task(pi), withVariables("quota", 5000L, "budget", 1_008_000_000L));
        assertThat(pi).isWaitingAt("Task_TapdReview").variables().containsEntry("quota", 5000L);
        assertThat(pksStarted).isZero();
    }

    @Test
    void sekdaSendsBackThenApprovesTheRevision() {
        ProcessInstance pi = start();
        complete(task(pi));
        complete(task(pi), withVariables("approved", true));
        complete(task(pi), withVariables("approved", false, "note", "Sesuaikan dengan KUA-PPAS"));
        assertThat(pi).isWaitingAt("Task_ProposeBudget");
        complete(task(pi));
        complete(task(pi), withVariables("approved", true));
        complete(task(pi), withVariables("approved", true));
        assertThat(pi).isEnded();
        assertThat(pksStarted).isEqualTo(1);
        assertThat(computed).isEqualTo(1);
    }
}
