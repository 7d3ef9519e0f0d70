package id.jamsos.rentan.premium;

import id.jamsos.rentan.pks.PksProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

@Deployment(resources = "bpmn/premium-invoice.bpmn")
class PremiumInvoiceProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    private final List<String> steps = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        Mocks.register("premiumTaskListener", (TaskListener) (DelegateTask t) -> steps.add("paid"));
        Mocks.register("premiumReminderDelegate", (JavaDelegate) e -> steps.add("reminder"));
        Mocks.register("premiumEscalationDelegate", (JavaDelegate) e -> steps.add("escalation"));
        Mocks.register("premiumLapseDelegate", (JavaDelegate) e -> steps.add("lapse"));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("premium-invoice", "IUR-6203-2027-01", Map.of(
                "regencyCode", "6203", "invoiceNumber", "IUR-6203-2027-01",
                "dueAt", PksProcess.at(LocalDate.of(2027, 1, 15), 23),
                "escalateAt", PksProcess.at(LocalDate.of(2027, 1, 22), 8),
                "lapseCheckAt", PksProcess.at(LocalDate.of(2027, 4, 16), 1)));
    }

    @Test
    void paidOnTimeEndsWithoutReminder() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("Task_RecordPayment");
        assertThat(task(pi)).hasName("Catat pembayaran iuran").hasCandidateGroup("dinsos-6203")
                .hasDueDate(PksProcess.at(LocalDate.of(2027, 1, 15), 23));
        complete(task(pi), withVariables("paidOn", "2027-01-10", "paymentReference", "SP2D-001"));
        assertThat(pi).isEnded().hasPassed("EndEvent_Paid").hasNotPassed("Task_SendReminder");
        assertThat(steps).containsExactly("paid");
    }

    @Test
    void unpaidAtDueGetsReminderThenLatePayment() {
        ProcessInstance pi = start();
        execute(job("BoundaryEvent_PaymentDue", pi));
        assertThat(pi).isWaitingAt("Task_RecordPayment").hasPassed("EndEvent_Reminded");
        complete(task(pi), withVariables("paidOn", "2027-01-20", "paymentReference", "SP2D-002"));
        assertThat(pi).isEnded();
        assertThat(steps).containsExactly("reminder", "paid");
    }

    @Test
    void longUnpaidEscalatesToSekdaLapsesMembersAndALaterPaymentRestores() {
        ProcessInstance pi = start();
        execute(job("BoundaryEvent_PaymentDue", pi));
        execute(job("BoundaryEvent_EscalateToSekda", pi));
        assertThat(pi).hasPassed("EndEvent_Escalated");
        execute(job("BoundaryEvent_LapseCheck", pi));
        assertThat(pi).isWaitingAt("Task_RecordPayment").hasPassed("Task_ApplyLapse", "EndEvent_LapseChecked");
        complete(task(pi), withVariables("paidOn", "2027-05-02", "paymentReference", "SP2D-003"));
        assertThat(pi).isEnded();
        assertThat(steps).containsExactly("reminder", "escalation", "lapse", "paid");
    }
}
