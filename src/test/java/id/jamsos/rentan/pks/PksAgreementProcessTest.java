package id.jamsos.rentan.pks;

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

@Deployment(resources = "bpmn/pks-agreement.bpmn")
class PksAgreementProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    private final List<String> steps = new ArrayList<>();
    private int invoicesLeft;
    private boolean renews = true;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        Mocks.register("pksTaskListener", (TaskListener) (DelegateTask t) -> steps.add(t.getTaskDefinitionKey()));
        // Tested on its own (StartFormsIntegrationIT); here it only has to run at the start.
        Mocks.register("pksStartListener", (ExecutionListener) e -> steps.add("start"));
        Mocks.register("markPksSignedDelegate", (JavaDelegate) e -> {
            steps.add("signed");
            e.setVariable("startAt", PksProcess.at(LocalDate.of(2027, 1, 1), 0));
            e.setVariable("expireAt", PksProcess.at(LocalDate.of(2028, 1, 1), 0));
            e.setVariable("renewalAt", PksProcess.at(LocalDate.of(2027, 10, 2), 8));
            e.setVariable("renews", renews);
        });
        Mocks.register("activatePksDelegate", (JavaDelegate) e -> steps.add("active"));
        Mocks.register("issuePremiumInvoiceDelegate", (JavaDelegate) e -> {
            steps.add("invoice");
            invoicesLeft--;
            e.setVariable("moreInvoices", invoicesLeft > 0);
            e.setVariable("nextInvoiceAt", PksProcess.at(LocalDate.of(2027, 2, 1), 1));
        });
        Mocks.register("openRenewalDelegate", (JavaDelegate) e -> steps.add("renewal"));
        Mocks.register("expirePksDelegate", (JavaDelegate) e -> steps.add("expired"));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("pks-agreement", "PKS-6203-2027",
                Map.of("regencyCode", "6203", "pksNumber", "PKS-6203-2027", "taskDueDays", 7, "payer", "DINSOS_APBD"));
    }

    private void reviewsApprove(ProcessInstance pi) {
        assertThat(pi).isWaitingAt("Task_DraftAgreement");
        assertThat(task(pi)).hasCandidateGroup("dinsos-6203");
        complete(task(pi));
        assertThat(task(pi)).hasDefinitionKey("Task_LegalReview").hasCandidateGroup("hukum-6203");
        complete(task(pi), withVariables("approved", true));
        assertThat(task(pi)).hasDefinitionKey("Task_BpjsReview").hasCandidateGroup("bpjs-6203");
        complete(task(pi), withVariables("approved", true));
    }

    @Test
    void signedInEitherOrderActivatesInvoicesMonthlyRenewsAndExpires() {
        invoicesLeft = 2;
        ProcessInstance pi = start();
        reviewsApprove(pi);
        assertThat(pi).isWaitingAt("Task_SignKadinsos", "Task_SignKacab");
        assertThat(task("Task_SignKacab", pi)).hasCandidateGroup("kacab-6203");
        complete(task("Task_SignKacab", pi));
        assertThat(pi).isWaitingAt("Task_SignKadinsos");
        assertThat(task("Task_SignKadinsos", pi)).hasCandidateGroup("kadinsos-6203");
        complete(task("Task_SignKadinsos", pi));
        assertThat(pi).isWaitingAt("Event_StartDate");
        assertThat(steps).contains("signed").doesNotContain("active");

        execute(job("Event_StartDate", pi));
        assertThat(pi).isWaitingAt("Event_RenewalDue", "Event_NextMonth", "Event_EndDate");
        assertThat(steps).containsSubsequence("active", "invoice");

        execute(job("Event_NextMonth", pi));
        assertThat(pi).isWaitingAt("Event_RenewalDue", "Event_EndDate")
                .hasPassed("Gateway_MoreInvoices");
        execute(job("Event_RenewalDue", pi));
        assertThat(steps).contains("renewal");
        assertThat(pi).isWaitingAt("Event_EndDate");
        execute(job("Event_EndDate", pi));
        assertThat(pi).isEnded().hasPassed("Task_Expire", "EndEvent_Expired");
        assertThat(steps).filteredOn("invoice"::equals).hasSize(2);
    }

    @Test
    void kadinsosSignsFirst() {
        invoicesLeft = 1;
        ProcessInstance pi = start();
        reviewsApprove(pi);
        complete(task("Task_SignKadinsos", pi));
        assertThat(pi).isWaitingAt("Task_SignKacab");
        complete(task("Task_SignKacab", pi));
        assertThat(pi).isWaitingAt("Event_StartDate");
        assertThat(steps).containsSubsequence("Task_SignKadinsos", "Task_SignKacab", "signed");
    }

    @Test
    void legalReturnsTheDraftAndDinsosRevises() {
        ProcessInstance pi = start();
        complete(task(pi));
        complete(task(pi), withVariables("approved", false, "note", "Pasal 5 belum memuat sanksi"));
        assertThat(pi).isWaitingAt("Task_DraftAgreement");
        complete(task(pi), withVariables("quota", 5100L));
        assertThat(pi).isWaitingAt("Task_LegalReview");
        assertThat(steps).containsExactly("start", "Task_DraftAgreement", "Task_LegalReview", "Task_DraftAgreement");
    }

    @Test
    void bpjsReturnsTheDraftAndDinsosRevises() {
        ProcessInstance pi = start();
        complete(task(pi));
        complete(task(pi), withVariables("approved", true));
        complete(task(pi), withVariables("approved", false, "note", "Kuota melebihi kapasitas kantor cabang"));
        assertThat(pi).isWaitingAt("Task_DraftAgreement").hasPassed("Gateway_BpjsApproved");
        complete(task(pi));
        complete(task(pi), withVariables("approved", true));
        complete(task(pi), withVariables("approved", true));
        assertThat(pi).isWaitingAt("Task_SignKadinsos", "Task_SignKacab");
    }

    /** Issue 16: a village's program (APBDes) is signed by its Kepala Desa, not by the Kepala Dinas Sosial. */
    @Test
    void aVillageProgramIsSignedByItsKepalaDesa() {
        invoicesLeft = 1;
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("pks-agreement", "PKS-6203-2027-DESA_APBDES-6203011001",
                Map.of("regencyCode", "6203", "pksNumber", "PKS-6203-2027-DESA_APBDES-6203011001", "taskDueDays", 7,
                        "payer", "DESA_APBDES", "payerVillageCode", "6203011001"));
        reviewsApprove(pi);
        assertThat(pi).isWaitingAt("Task_SignKepalaDesa", "Task_SignKacab");
        assertThat(task("Task_SignKepalaDesa", pi)).hasCandidateGroup("lurah-6203011001");
        complete(task("Task_SignKepalaDesa", pi));
        complete(task("Task_SignKacab", pi));
        assertThat(pi).isWaitingAt("Event_StartDate").hasPassed("Gateway_PayerSigner", "Gateway_PayerSigned")
                .hasNotPassed("Task_SignKadinsos");
    }

    /** Issue 16: a PKS for a period of duty (Pilkada officers) expects no renewal: no timer, it just ends. */
    @Test
    void aPeriodOfDutyIsNotRenewed() {
        invoicesLeft = 1;
        renews = false;
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("pks-agreement", "PKS-6208-2027-OPD_APBD",
                Map.of("regencyCode", "6208", "pksNumber", "PKS-6208-2027-OPD_APBD", "taskDueDays", 7, "payer", "OPD_APBD"));
        complete(task(pi));
        complete(task(pi), withVariables("approved", true));
        complete(task(pi), withVariables("approved", true));
        assertThat(task("Task_SignKadinsos", pi)).hasCandidateGroup("kadinsos-6208");
        complete(task("Task_SignKadinsos", pi));
        complete(task("Task_SignKacab", pi));
        execute(job("Event_StartDate", pi));
        assertThat(pi).isWaitingAt("Event_EndDate").hasPassed("Gateway_Renews", "Gateway_RenewalMerge");
        execute(job("Event_EndDate", pi));
        assertThat(pi).isEnded().hasPassed("Task_Expire", "EndEvent_Expired").hasNotPassed("Event_RenewalDue");
        assertThat(steps).doesNotContain("renewal");
    }
}
