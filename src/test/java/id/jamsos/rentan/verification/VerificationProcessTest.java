package id.jamsos.rentan.verification;

import id.jamsos.rentan.identity.Role;
import org.camunda.bpm.engine.delegate.ExecutionListener;
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
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

/**
 * Every path of candidate-verification (and the kecamatan-verification and enrollment it calls, and enrollment's
 * enrollment-chunk), delegates mocked.
 */
@Deployment(resources = {"bpmn/candidate-verification.bpmn", "bpmn/kecamatan-verification.bpmn", "bpmn/enrollment.bpmn",
        "bpmn/enrollment-chunk.bpmn"})
class VerificationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    VerificationLists lists = mock(VerificationLists.class);
    VerificationSla sla = mock(VerificationSla.class);
    VerificationService service = mock(VerificationService.class);
    VerificationForms forms = mock(VerificationForms.class);
    TaskListener taskListener = mock(TaskListener.class);
    TaskListener importReviewListener = mock(TaskListener.class);
    JavaDelegate slaMail = mock(JavaDelegate.class);
    JavaDelegate register = mock(JavaDelegate.class);
    JavaDelegate notify = mock(JavaDelegate.class);
    List<String> screenedKecamatan = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        long day = 24L * 3600 * 1000;
        when(sla.due(anyString())).thenReturn(new Date(System.currentTimeMillis() + 7 * day));
        when(sla.escalation(anyString())).thenReturn(new Date(System.currentTimeMillis() + 10 * day));
        Mocks.register("retry", new id.jamsos.rentan.config.RetryPolicy("R5/PT1M", "R3/PT1M"));
        Mocks.register("verificationLists", lists);
        Mocks.register("verificationForms", forms);
        when(forms.listForm(any())).thenReturn("embedded:deployment:forms/verification-list.html");
        Mocks.register("verificationSla", sla);
        Mocks.register("verificationTaskListener", taskListener);
        Mocks.register("importReviewTaskListener", importReviewListener);
        // The real listener stores an uploaded file; here only its decision: who (if anyone) reviews the import.
        Mocks.register("candidateImportStartListener",
                (ExecutionListener) e -> e.setVariable("reviewImport", e.getVariable("importedBy") != null));
        Mocks.register("slaMailDelegate", slaMail);
        Mocks.register("screenBatchDelegate", (JavaDelegate) e -> e.setVariable("kecamatanCodes", new ArrayList<>(screenedKecamatan)));
        Mocks.register("prepareEnrollmentDelegate", (JavaDelegate) e -> e.setVariable("chunkNumbers", new ArrayList<>(List.of(0, 1))));
        Mocks.register("registerChunkDelegate", register);
        Mocks.register("notifyEnrolledDelegate", notify);
        // The real counting steps over a mocked service: the gateways read the variables they set.
        Mocks.register("countVillageApprovedDelegate", new CandidateCountDelegates.VillageApproved(service));
        Mocks.register("countFinalCandidatesDelegate", new CandidateCountDelegates.FinalCandidates(service));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    ProcessInstance start() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("candidate-verification", "VER-6203-1",
                Map.of("regencyCode", "6203", "batchId", 1L));
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ScreenBatch");
        // Started by the API: nobody waits for an import review.
        BpmnAwareTests.assertThat(pi).hasPassed("Gateway_ImportReview", "EndEvent_NoImportReview");
        execute(job());
        return pi;
    }

    @Test
    void tasklistUploaderReviewsTheImportWhileTheBatchIsScreened() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("candidate-verification", "VER-6203-2",
                Map.of("regencyCode", "6203", "batchId", 2L, "importedBy", "dinsos.6203"));
        // The review task exists before screening runs, so its form can show progress.
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ScreenBatch", "Task_ReviewImport");
        Task review = taskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ReviewImport")
                .initializeFormKeys().singleResult();
        assertThat(review.getAssignee()).isEqualTo("dinsos.6203");
        assertThat(review.getDueDate()).isNotNull();
        assertThat(review.getFormKey()).isEqualTo("embedded:deployment:forms/candidate-import-result.html");

        execute(job());
        // Screening ended the verification branch (nothing screened); the instance waits for the review only.
        BpmnAwareTests.assertThat(pi).hasPassed("EndEvent_NothingToVerify").isWaitingAt("Task_ReviewImport");
        complete(review, withVariables("approved", true));
        BpmnAwareTests.assertThat(pi).hasPassed("EndEvent_ImportReviewed").isEnded();
        BpmnAwareTests.assertThat(pi).hasNotPassed("EndEvent_NoImportReview");
        verify(importReviewListener, times(2)).notify(any());
    }

    Task task(ProcessInstance pi, String key, String group) {
        return taskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).taskCandidateGroup(group)
                .singleResult();
    }

    /** The kecamatan-verification instance the batch's instance called for a kecamatan. */
    ProcessInstance kecamatan(ProcessInstance pi, String kecamatanCode) {
        return runtimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
                .variableValueEquals("kecamatanCode", kecamatanCode).singleResult();
    }

    void screenOneKecamatanTwoVillages(int awaitingCamat, int awaitingFinal) {
        screenedKecamatan.add("620301");
        when(lists.villages(any(), eq("620301"))).thenReturn(List.of("6203011001", "6203011002"));
        when(service.count(1L, CandidateStatus.AWAITING_KECAMATAN, "620301")).thenReturn(awaitingCamat);
        when(service.count(1L, CandidateStatus.AWAITING_FINAL, "6203")).thenReturn(awaitingFinal);
    }

    /** Completes the two village lists of kecamatan 620301; answers its kecamatan-verification instance. */
    ProcessInstance completeVillages(ProcessInstance pi) {
        ProcessInstance kec = kecamatan(pi, "620301");
        for (String village : List.of("6203011001", "6203011002")) {
            Task t = task(kec, "Task_VerifyVillageList", Role.LURAH.groupId(village));
            assertThat(t).isNotNull();
            complete(t, withVariables("approved", true));
        }
        continueAfter(kec, "Task_VerifyVillageList", 2);
        return kec;
    }

    /**
     * Runs the jobs that continue after the completed tasks of a parallel multi-instance ({@code asyncAfter}): until
     * they run, the instance has not moved on; each sibling's completion left its own job.
     */
    void continueAfter(ProcessInstance pi, String taskKey, int completed) {
        List<Job> after = managementService().createJobQuery().processInstanceId(pi.getId()).messages().list();
        assertThat(after).as("jobs after " + taskKey).hasSize(completed).allSatisfy(j -> assertThat(managementService()
                .createJobDefinitionQuery().jobDefinitionId(j.getJobDefinitionId()).singleResult().getActivityId())
                .isEqualTo(taskKey));
        after.forEach(BpmnAwareTests::execute);
    }

    void completeCamat(ProcessInstance pi) {
        ProcessInstance kec = kecamatan(pi, "620301");
        complete(task(kec, "Task_ApproveKecamatan", "camat-620301"), withVariables("approved", true));
        BpmnAwareTests.assertThat(kec).hasPassed("EndEvent_KecamatanDone").isEnded();
        continueAfter(pi, "Task_VerifyKecamatan", 1);
    }

    @Test
    void approvedListIsEnrolledInChunks() throws Exception {
        screenOneKecamatanTwoVillages(3, 3);
        ProcessInstance pi = start();
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_VerifyKecamatan");
        // The kecamatan runs in its own instance: the batch's business key and references, bound by our model.
        ProcessInstance kec = kecamatan(pi, "620301");
        BpmnAwareTests.assertThat(kec).hasBusinessKey("VER-6203-1").isWaitingAt("Task_VerifyVillageList")
                .variables().containsEntry("regencyCode", "6203").containsEntry("batchId", 1L);
        assertThat(taskQuery().processInstanceBusinessKey("VER-6203-1").count()).isEqualTo(2);
        for (String village : List.of("6203011001", "6203011002")) {
            complete(task(kec, "Task_VerifyVillageList", Role.LURAH.groupId(village)), withVariables("approved", true));
        }
        // Both lists are in; the kecamatan moves on only when the jobs after the village tasks have run.
        BpmnAwareTests.assertThat(kec).hasNotPassed("Task_CountVillageApproved");
        assertThat(taskQuery().processInstanceId(kec.getId()).count()).isZero();
        continueAfter(kec, "Task_VerifyVillageList", 2);

        BpmnAwareTests.assertThat(kec).hasPassed("Task_CountVillageApproved").isWaitingAt("Task_ApproveKecamatan");
        // Counted on the kecamatan's own instance, not on the batch's: parallel kecamatan keep their own.
        assertThat(runtimeService().getVariable(pi.getId(), "villageApprovedCount")).isNull();
        assertThat(runtimeService().getVariable(kec.getId(), "villageApprovedCount")).isEqualTo(3);
        assertThat(task(kec, "Task_ApproveKecamatan", "camat-620301")).isNotNull();
        completeCamat(pi);

        BpmnAwareTests.assertThat(pi).hasPassed("Task_CountFinalCandidates").isWaitingAt("Task_FinalizeRegencyList");
        BpmnAwareTests.assertThat(pi).variables().containsEntry("finalCandidateCount", 3);
        Task fin = task(pi, "Task_FinalizeRegencyList", "dinsos-6203");
        assertThat(fin.getDueDate()).isNotNull();
        assertThat(taskService().createTaskQuery().taskId(fin.getId()).initializeFormKeys().singleResult().getFormKey())
                .isEqualTo("embedded:deployment:forms/verification-list.html");
        complete(fin, withVariables("approved", true, "approvedCount", 3, "pksNumber", "PKS-6203-2026"));

        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_Enrollment");
        ProcessInstance enrollment = runtimeService().createProcessInstanceQuery().processDefinitionKey("enrollment").singleResult();
        BpmnAwareTests.assertThat(enrollment).hasBusinessKey("ENR-6203-1").hasVariables("regencyCode", "batchId", "pksNumber");
        BpmnAwareTests.assertThat(enrollment).isWaitingAt("Task_PrepareChunks");
        execute(job(enrollment));
        // One enrollment-chunk instance per chunk of 500 candidates (same business key, its chunk number passed in),
        // each with its own async job, retried on its own.
        List<ProcessInstance> chunks = runtimeService().createProcessInstanceQuery().processDefinitionKey("enrollment-chunk")
                .superProcessInstanceId(enrollment.getId()).list();
        assertThat(chunks).hasSize(2).allSatisfy(c -> {
            assertThat(c.getBusinessKey()).isEqualTo("ENR-6203-1");
            BpmnAwareTests.assertThat(c).isWaitingAt("Task_RegisterChunk").hasVariables("regencyCode", "batchId", "chunkNo");
        });
        assertThat(chunks.stream().map(c -> runtimeService().getVariable(c.getId(), "chunkNo"))).containsExactlyInAnyOrder(0, 1);
        chunks.forEach(c -> execute(job(c)));
        verify(register, times(2)).execute(any());
        chunks.forEach(c -> BpmnAwareTests.assertThat(c).hasPassed("Task_RegisterChunk").isEnded());
        // The bookkeeping after each chunk, in the enrollment's own exclusive jobs (asyncAfter).
        List<Job> after = managementService().createJobQuery().processInstanceId(enrollment.getId()).list();
        assertThat(after).hasSize(2);
        after.forEach(BpmnAwareTests::execute);
        verify(notify).execute(any());
        BpmnAwareTests.assertThat(enrollment).hasPassed("Task_NotifyEnrolled").isEnded();
        BpmnAwareTests.assertThat(pi).hasPassed("EndEvent_ListEnrolled").isEnded();
        // create and complete listener on each of the 4 tasks
        verify(taskListener, times(8)).notify(any());
    }

    @Test
    void eachKecamatanHasItsOwnInstanceAndTheBatchWaitsForAll() {
        screenOneKecamatanTwoVillages(2, 2);
        screenedKecamatan.add("620302");
        when(lists.villages(any(), eq("620302"))).thenReturn(List.of("6203021001"));
        when(service.count(1L, CandidateStatus.AWAITING_KECAMATAN, "620302")).thenReturn(0);
        ProcessInstance pi = start();
        assertThat(runtimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId()).count()).isEqualTo(2);
        ProcessInstance second = kecamatan(pi, "620302");
        // Each kecamatan instance holds only its own villages' tasks.
        assertThat(taskQuery().processInstanceId(second.getId()).count()).isEqualTo(1);
        assertThat(taskQuery().processInstanceId(kecamatan(pi, "620301").getId()).count()).isEqualTo(2);
        complete(task(second, "Task_VerifyVillageList", Role.LURAH.groupId("6203021001")), withVariables("approved", false,
                "note", "semua ditolak"));
        continueAfter(second, "Task_VerifyVillageList", 1);
        BpmnAwareTests.assertThat(second).hasPassed("EndEvent_KecamatanNoneApproved").isEnded();
        continueAfter(pi, "Task_VerifyKecamatan", 1);
        // One kecamatan is done; the batch still waits for the other before counting for Dinsos.
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_VerifyKecamatan").hasNotPassed("Task_CountFinalCandidates");
        completeVillages(pi);
        completeCamat(pi);
        BpmnAwareTests.assertThat(pi).hasPassed("Task_CountFinalCandidates").isWaitingAt("Task_FinalizeRegencyList");
    }

    @Test
    void batchWithoutScreenedCandidatesEnds() {
        ProcessInstance pi = start();
        BpmnAwareTests.assertThat(pi).hasPassed("EndEvent_NothingToVerify").isEnded();
    }

    @Test
    void kecamatanWithNothingApprovedSkipsCamatAndDinsos() {
        screenOneKecamatanTwoVillages(0, 0);
        ProcessInstance pi = start();
        ProcessInstance kec = completeVillages(pi);
        BpmnAwareTests.assertThat(kec).hasPassed("EndEvent_KecamatanNoneApproved").hasNotPassed("Task_ApproveKecamatan")
                .isEnded();
        continueAfter(pi, "Task_VerifyKecamatan", 1);
        BpmnAwareTests.assertThat(pi).hasPassed("EndEvent_NoneForDinsos").isEnded();
    }

    @Test
    void dinsosApprovingNobodyEndsWithoutEnrollment() {
        screenOneKecamatanTwoVillages(2, 2);
        ProcessInstance pi = start();
        completeVillages(pi);
        completeCamat(pi);
        complete(task(pi, "Task_FinalizeRegencyList", "dinsos-6203"), withVariables("approved", false, "approvedCount", 0));
        BpmnAwareTests.assertThat(pi).hasPassed("EndEvent_NoneFinal").hasNotPassed("Task_Enrollment").isEnded();
    }

    /** Fires the reminder and escalation timers of a task waiting in {@code pi} (the batch's or a kecamatan's). */
    void fireSla(ProcessInstance pi, String task) {
        for (String kind : List.of("Reminder", "Escalation")) {
            Job timer = managementService().createJobQuery().processInstanceId(pi.getId())
                    .activityId("BoundaryEvent_" + task + kind).singleResult();
            assertThat(timer).as(task + kind).isNotNull();
            execute(timer);
        }
        BpmnAwareTests.assertThat(pi).hasPassed("EndEvent_" + task + "Reminded", "EndEvent_" + task + "Escalated");
        // Non-interrupting: the official's task is still there after reminder and escalation.
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_" + task);
    }

    @Test
    void overdueTasksGetReminderThenEscalationAndStayOpen() throws Exception {
        screenOneKecamatanTwoVillages(1, 1);
        ProcessInstance pi = start();
        fireSla(kecamatan(pi, "620301"), "VerifyVillageList");
        ProcessInstance kec = completeVillages(pi);
        fireSla(kec, "ApproveKecamatan");
        completeCamat(pi);
        fireSla(pi, "FinalizeRegencyList");
        verify(slaMail, times(6)).execute(any());
        verify(sla, atLeastOnce()).due("LURAH");
        verify(sla, atLeastOnce()).escalation("DINSOS");
        complete(task(pi, "Task_FinalizeRegencyList", "dinsos-6203"), withVariables("approved", true, "approvedCount", 0));
        BpmnAwareTests.assertThat(pi).isEnded();
    }
}
