package id.jamsos.rentan.verification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.*;

/** Every path of deferred-candidates (issue 16) and the enrollment it calls per batch, delegates mocked. */
@Deployment(resources = {"bpmn/deferred-candidates.bpmn", "bpmn/enrollment.bpmn", "bpmn/enrollment-chunk.bpmn"})
class DeferredCandidatesProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    VerificationSla sla = mock(VerificationSla.class);
    VerificationForms forms = mock(VerificationForms.class);
    JavaDelegate register = mock(JavaDelegate.class);
    JavaDelegate notify = mock(JavaDelegate.class);
    final List<String> events = new ArrayList<>();
    /** What the mocked Dinsos decision sets, as the real listener does from the service's outcome. */
    int approvedCount;
    List<Long> batchIds = List.of();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        when(sla.due(anyString())).thenReturn(new Date(System.currentTimeMillis() + 7L * 24 * 3600 * 1000));
        when(forms.listForm(any())).thenReturn("embedded:deployment:forms/verification-list.html");
        Mocks.register("retry", new id.jamsos.rentan.config.RetryPolicy("R5/PT1M", "R3/PT1M"));
        Mocks.register("verificationForms", forms);
        Mocks.register("verificationSla", sla);
        Mocks.register("deferredTaskListener", (TaskListener) (DelegateTask t) -> {
            events.add(t.getEventName());
            if ("complete".equals(t.getEventName())) {
                t.getExecution().setVariable("approvedCount", approvedCount);
                t.getExecution().setVariable("batchIds", new ArrayList<>(batchIds));
            }
        });
        Mocks.register("prepareEnrollmentDelegate", (JavaDelegate) e -> e.setVariable("chunkNumbers", new ArrayList<>(List.of(0))));
        Mocks.register("registerChunkDelegate", register);
        Mocks.register("notifyEnrolledDelegate", notify);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    ProcessInstance start() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("deferred-candidates", "TND-PKS-6203-2027",
                Map.of("regencyCode", "6203", "pksNumber", "PKS-6203-2027", "program", "6203-DINSOS_APBD"));
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_FinalizeDeferred");
        return pi;
    }

    @Test
    void dinsosFinalisesWithinTheNewQuotaAndEachBatchIsEnrolled() throws Exception {
        ProcessInstance pi = start();
        Task t = task(pi);
        BpmnAwareTests.assertThat(t).hasCandidateGroup("dinsos-6203");
        assertThat(t.getDueDate()).isNotNull();
        assertThat(taskService().createTaskQuery().taskId(t.getId()).initializeFormKeys().singleResult().getFormKey())
                .isEqualTo("embedded:deployment:forms/verification-list.html");
        approvedCount = 3;
        batchIds = List.of(11L, 12L);
        complete(t, withVariables("approved", true));

        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_EnrollDeferred");
        List<ProcessInstance> enrollments = runtimeService().createProcessInstanceQuery().processDefinitionKey("enrollment")
                .orderByBusinessKey().asc().list();
        assertThat(enrollments).extracting(ProcessInstance::getBusinessKey)
                .containsExactly("ENR-6203-11-PKS-6203-2027", "ENR-6203-12-PKS-6203-2027");
        for (ProcessInstance enrollment : enrollments) {
            BpmnAwareTests.assertThat(enrollment).hasVariables("regencyCode", "batchId", "pksNumber");
            execute(job(enrollment));
            // Each chunk in an enrollment-chunk instance of its own, then its bookkeeping job in the enrollment.
            runtimeService().createProcessInstanceQuery().processDefinitionKey("enrollment-chunk")
                    .superProcessInstanceId(enrollment.getId()).list().forEach(c -> execute(job(c)));
            List<Job> chunks = managementService().createJobQuery().processInstanceId(enrollment.getId()).list();
            chunks.forEach(BpmnAwareTests::execute);
            BpmnAwareTests.assertThat(enrollment).hasPassed("Task_NotifyEnrolled").isEnded();
        }
        verify(register, times(2)).execute(any());
        // Each ended enrollment left a job in this instance (asyncAfter): sibling enrollments ending at once do not
        // update the multi-instance execution they share, so no enrollment's last step is rolled back and redone.
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_EnrollDeferred");
        List<Job> after = managementService().createJobQuery().processInstanceId(pi.getId()).list();
        assertThat(after).hasSize(2);
        after.forEach(BpmnAwareTests::execute);
        BpmnAwareTests.assertThat(pi).hasPassed("EndEvent_DeferredEnrolled").isEnded();
        assertThat(events).containsExactly("create", "complete");
    }

    @Test
    void nobodyFinalisedEndsWithoutEnrollment() {
        ProcessInstance pi = start();
        approvedCount = 0;
        complete(task(pi), withVariables("approved", true));
        BpmnAwareTests.assertThat(pi).hasPassed("EndEvent_NoneDeferredApproved").hasNotPassed("Task_EnrollDeferred").isEnded();
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("enrollment").count()).isZero();
    }
}
