package id.jamsos.rentan.claim;

import id.jamsos.rentan.common.TaskInputException;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberStatus;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.Spin;
import id.jamsos.rentan.common.WorkingDays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Every path of claim-payout with the real thin delegates and task listener over a mocked {@link ClaimService}
 * (its rules have their own tests); flow-node coverage must be 100%.
 */
@Deployment(resources = "bpmn/claim-payout.bpmn")
class ClaimPayoutProcessTest {
    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    static final String CLAIM = "KLM-6203-2026-0001";
    static final List<String> ALL_DOCUMENTS = DocumentType.codes();

    ClaimService service;
    ClaimDocuments documents;
    ClaimPayments payments;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        service = mock(ClaimService.class);
        documents = mock(ClaimDocuments.class);
        payments = mock(ClaimPayments.class);
        ClaimDelegates d = new ClaimDelegates(java.time.Clock.system(id.jamsos.rentan.common.Formats.WIB));
        ClaimSettings settings = new ClaimSettings(50_000_000L, 3, 2, "R3/P7D", "P30D", 5,
                new ClaimSettings.Beasiswa(2, 23, 174_000_000L, java.time.MonthDay.of(7, 15), 14),
                new ClaimSettings.Bank("simulated", "http://localhost:9090/bank", "", 20));
        Mocks.register("retry", new id.jamsos.rentan.config.RetryPolicy("R5/PT1M", "R3/PT1M"));
        Mocks.register("checkEligibilityDelegate", d.checkEligibilityDelegate(service));
        Mocks.register("requestDocumentsDelegate", d.requestDocumentsDelegate(documents));
        Mocks.register("remindDocumentsDelegate", d.remindDocumentsDelegate(documents));
        Mocks.register("closeIncompleteDelegate", d.closeIncompleteDelegate(documents));
        Mocks.register("computeBenefitsDelegate", d.computeBenefitsDelegate(service));
        Mocks.register("rejectClaimDelegate", d.rejectClaimDelegate(service));
        Mocks.register("preparePaymentsDelegate", d.preparePaymentsDelegate(payments));
        Mocks.register("transferPaymentDelegate", d.transferPaymentDelegate(payments));
        Mocks.register("markPaidDelegate", d.markPaidDelegate(payments));
        Mocks.register("payBeasiswaDelegate", d.payBeasiswaDelegate(payments, settings));
        Mocks.register("claimTaskListener", new ClaimTaskListener(service, documents));
        Mocks.register("claimFactsListener", new ClaimFactsListener(service));
        when(service.facts(CLAIM)).thenReturn(facts());
        Mocks.register("claimStartListener", new ClaimStartListener(service,
                new ClaimProcess(runtimeService(), settings, new WorkingDays(List.of()),
                        java.time.Clock.system(id.jamsos.rentan.common.Formats.WIB))));
        when(service.checkEligibility(eq(CLAIM), anyString())).thenReturn(true);
        when(payments.preparePayments(CLAIM)).thenReturn(List.of("11", "12", "13"));
        computes(false, 42_000_000, List.of());
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        identityService().clearAuthentication();
    }

    void computes(boolean approvalNeeded, long total, List<String> children) {
        when(service.computeBenefits(eq(CLAIM), anyString())).thenReturn(
                new ClaimService.Computed(approvalNeeded, total, LocalDate.now().plusDays(5), children,
                        "  - Santunan sekaligus: Rp20.000.000 kepada Siti"));
    }

    ProcessInstance start() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("claimNumber", CLAIM);
        vars.put("regencyCode", "6203");
        vars.put("claimType", "JKM");
        vars.put("documentsReminderCycle", "R3/P7D");
        vars.put("documentsTimeout", "P30D");
        vars.put("documentsCheckDue", new Date());
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(ClaimProcessKeys.PROCESS_KEY, CLAIM, vars);
        assertThat(pi).isWaitingAt("StartEvent_ClaimReported");
        execute(job());
        return pi;
    }

    void completeDocuments(ProcessInstance pi, boolean complete, List<String> present, String note) {
        assertThat(pi).isWaitingAt(ClaimProcessKeys.TASK_CHECK_DOCUMENTS);
        assertThat(task()).hasCandidateGroup("bpjs-6203");
        Map<String, Object> vars = new HashMap<>();
        vars.put("approved", complete);
        vars.put("presentDocuments", Spin.JSON(present));
        if (note != null) {
            vars.put("note", note);
        }
        complete(task(), vars);
    }

    void payAll(ProcessInstance pi) {
        for (int i = 0; i < 3; i++) {
            assertThat(job()).hasActivityId("Task_TransferPayment");
            execute(job());
        }
    }

    static ClaimService.Facts facts() {
        Claim claim = new Claim(CLAIM, "6203", "62030000001", ClaimType.JKM, LocalDate.of(2026, 11, 3), "AK-12/2026", null,
                ClaimStatus.values()[0], true, null, null, null, null, null, null, null, null, null, "bpjs.6203");
        Member member = new Member("62030000001", "6203014507800001", "Rusdi Hamzah", LocalDate.of(1980, 7, 5), "M",
                "NELAYAN", "RT 01", null, null, "6203011001", "620301", "6203", "PKS-6203-2026", "PEMERINTAH_APBD",
                MemberStatus.ACTIVE, LocalDate.of(2024, 1, 1), null, 34);
        Heir heir = new Heir(1, CLAIM, "Siti Aminah", "6203015505850001", Relation.SPOUSE, LocalDate.of(1985, 5, 15),
                "BRI", "001201000312345", null, 1, true);
        return new ClaimService.Facts(claim, member, List.of(heir));
    }

    @Test
    void documentCheckShowsTheFactsReadOnlyInTaskVariables() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt(ClaimProcessKeys.TASK_CHECK_DOCUMENTS);
        Map<String, Object> local = taskService().getVariablesLocal(task().getId());
        assertThat((String) local.get(ClaimFactsListener.VAR_DECEASED)).contains("Rusdi Hamzah").contains("620301********01")
                .doesNotContain("6203014507800001");
        assertThat((String) local.get(ClaimFactsListener.VAR_EVENT)).contains("JKM").contains("03-11-2026");
        assertThat((String) local.get(ClaimFactsListener.VAR_CONTRIBUTION)).startsWith("34 bulan");
        assertThat((String) local.get(ClaimFactsListener.VAR_HEIRS)).contains("Siti Aminah").contains("janda/duda")
                .contains("BRI").contains("***********2345").doesNotContain("001201000312345");
        assertThat(local.get(ClaimFactsListener.VAR_CLAIM_VIEW)).isEqualTo("/klaim/" + CLAIM);
        // Nothing of it reaches the process scope.
        assertThat(runtimeService().getVariables(pi.getId())).doesNotContainKeys(ClaimFactsListener.VAR_DECEASED,
                ClaimFactsListener.VAR_HEIRS);
    }

    @Test
    void aRadioGroupSendsTheDecisionAsText() {
        ProcessInstance pi = start();
        Map<String, Object> vars = new HashMap<>();
        vars.put("approved", "true");
        vars.put("presentDocuments", Spin.JSON(ALL_DOCUMENTS));
        complete(task(), vars);
        verify(documents).recordDocumentCheck(eq(CLAIM), eq(ALL_DOCUMENTS), eq(true), eq(null), any());
        assertThat(pi).hasPassed("Task_ComputeBenefits");
        assertThat(runtimeService().getVariables(pi.getId())).doesNotContainKey("approved");
    }

    @Test
    void noDecisionIsRefused() {
        ProcessInstance pi = start();
        assertThatThrownBy(() -> complete(task(), Map.of("presentDocuments", Spin.JSON(ALL_DOCUMENTS))))
                .hasRootCauseInstanceOf(TaskInputException.class).hasMessageContaining("approved: wajib dipilih");
        assertThatThrownBy(() -> complete(task(), Map.of("approved", "ya", "presentDocuments", Spin.JSON(ALL_DOCUMENTS))))
                .hasRootCauseInstanceOf(TaskInputException.class).hasMessageContaining("approved: wajib dipilih");
        assertThat(pi).isWaitingAt(ClaimProcessKeys.TASK_CHECK_DOCUMENTS);
    }

    @Test
    void ineligibleClaimIsRejected() {
        when(service.checkEligibility(eq(CLAIM), anyString())).thenReturn(false);
        ProcessInstance pi = start();
        assertThat(pi).hasPassed("Task_RejectClaim").isEnded().hasPassed("EndEvent_ClaimRejected");
        verify(service).reject(eq(CLAIM), anyString());
        verify(service, never()).computeBenefits(any(), any());
    }

    @Test
    void eligibleCompleteBelowThresholdIsPaidWithoutApproval() {
        ProcessInstance pi = start();
        completeDocuments(pi, true, ALL_DOCUMENTS, null);
        verify(documents).recordDocumentCheck(eq(CLAIM), eq(ALL_DOCUMENTS), eq(true), eq(null), any());
        assertThat(pi).hasPassed("Task_ComputeBenefits").hasNotPassed(ClaimProcessKeys.TASK_APPROVE_CLAIM);
        payAll(pi);
        assertThat(pi).isEnded().hasPassed("Task_MarkPaid", "EndEvent_ClaimPaid");
        verify(payments).transfer(11L);
        verify(payments).transfer(12L);
        verify(payments).transfer(13L);
        verify(payments).markPaid(eq(CLAIM), anyString());
    }

    @Test
    void documentsCannotBeMarkedCompleteWithAnUncheckedDocument() {
        ProcessInstance pi = start();
        assertThatThrownBy(() -> completeDocuments(pi, true, ALL_DOCUMENTS.subList(0, 6), null))
                .hasRootCauseInstanceOf(TaskInputException.class).hasMessageContaining("Buku tabungan");
        assertThatThrownBy(() -> completeDocuments(pi, false, ALL_DOCUMENTS.subList(0, 6), " "))
                .hasRootCauseInstanceOf(TaskInputException.class).hasMessageContaining("note");
        assertThat(pi).isWaitingAt(ClaimProcessKeys.TASK_CHECK_DOCUMENTS);
        verify(documents, never()).recordDocumentCheck(any(), any(), anyBoolean(), any(), any());
    }

    @Test
    void missingDocumentsThenReminderThenSubmittedThenApprovedAboveThreshold() {
        computes(true, 70_000_000, List.of());
        ProcessInstance pi = start();
        completeDocuments(pi, false, List.of("MEMBERSHIP_CARD", "DEATH_CERTIFICATE"), "KK dan surat ahli waris belum ada");
        verify(documents).recordDocumentCheck(CLAIM, List.of("MEMBERSHIP_CARD", "DEATH_CERTIFICATE"), false,
                "KK dan surat ahli waris belum ada", null);
        assertThat(pi).hasPassed("Task_RequestDocuments").isWaitingAt("Task_AwaitDocuments");
        verify(documents).requestDocuments(eq(CLAIM), anyString());

        execute(timer("BoundaryEvent_DocumentsReminder"));
        assertThat(pi).hasPassed("Task_RemindHeirs", "EndEvent_ReminderSent").isWaitingAt("Task_AwaitDocuments");
        verify(documents).remindDocuments(eq(CLAIM), anyString());

        runtimeService().createMessageCorrelation(ClaimProcessKeys.MSG_DOCUMENTS_SUBMITTED)
                .processInstanceBusinessKey(CLAIM).correlate();
        completeDocuments(pi, true, ALL_DOCUMENTS, null);

        assertThat(pi).isWaitingAt(ClaimProcessKeys.TASK_APPROVE_CLAIM);
        assertThat(task()).hasCandidateGroup("kacab-6203").hasDueDate((Date) runtimeService().getVariable(pi.getId(), "payoutDue"));
        assertThat(pi).variables().containsEntry("totalPayable", 70_000_000L).containsEntry("totalPayableText", "Rp70.000.000")
                .containsEntry("benefitSummary", "  - Santunan sekaligus: Rp20.000.000 kepada Siti");
        complete(task(), withVariables("approved", true));
        verify(service).recordDecision(CLAIM, true, null);
        payAll(pi);
        assertThat(pi).isEnded().hasPassed("EndEvent_ClaimPaid");
    }

    @Test
    void missingDocumentsTimeoutClosesTheClaim() {
        ProcessInstance pi = start();
        completeDocuments(pi, false, List.of(), "belum ada dokumen");
        execute(timer("BoundaryEvent_DocumentsTimeout"));
        assertThat(pi).isEnded().hasPassed("Task_CloseIncomplete", "EndEvent_ClaimClosedIncomplete");
        verify(documents).closeIncomplete(eq(CLAIM), anyString());
    }

    @Test
    void approvalAboveThresholdRefusedRejectsTheClaim() {
        computes(true, 90_000_000, List.of());
        ProcessInstance pi = start();
        completeDocuments(pi, true, ALL_DOCUMENTS, null);
        assertThat(pi).isWaitingAt(ClaimProcessKeys.TASK_APPROVE_CLAIM);
        assertThatThrownBy(() -> complete(task(), withVariables("approved", false)))
                .hasRootCauseInstanceOf(TaskInputException.class).hasMessageContaining("note");
        complete(task(), withVariables("approved", false, "note", "upah yang dilaporkan tidak wajar"));
        verify(service).recordDecision(CLAIM, false, "upah yang dilaporkan tidak wajar");
        assertThat(pi).isEnded().hasPassed("Task_RejectClaim", "EndEvent_ClaimRejected");
        verify(payments, never()).preparePayments(any());
    }

    @Test
    void failedTransferIsRetriedAndPaysOnce() {
        doThrow(new BankTransfers.BankTransferException("bank tidak tersedia")).doNothing().when(payments).transfer(11L);
        ProcessInstance pi = start();
        completeDocuments(pi, true, ALL_DOCUMENTS, null);
        Job first = job();
        assertThatThrownBy(() -> managementService().executeJob(first.getId())).hasMessageContaining("bank tidak tersedia");
        Job retried = managementService().createJobQuery().jobId(first.getId()).singleResult();
        assertThat(retried.getRetries()).isEqualTo(2);
        assertThat(retried.getExceptionMessage()).contains("bank tidak tersedia");
        payAll(pi);
        assertThat(pi).isEnded().hasPassed("EndEvent_ClaimPaid");
        verify(payments, times(2)).transfer(11L);
        verify(payments, times(1)).transfer(12L);
    }

    @Test
    void transferFailingEveryRetryEndsAsAnIncident() {
        doThrow(new BankTransfers.BankTransferException("rekening ditutup")).when(payments).transfer(anyLong());
        ProcessInstance pi = start();
        completeDocuments(pi, true, ALL_DOCUMENTS, null);
        for (int i = 0; i < 3; i++) {
            Job j = job();
            assertThatThrownBy(() -> managementService().executeJob(j.getId())).hasMessageContaining("rekening ditutup");
        }
        assertThat(job().getRetries()).isZero();
        assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
        assertThat(job()).hasActivityId("Task_TransferPayment");
        verify(payments, never()).markPaid(any(), any());
    }

    @Test
    void beasiswaIsPaidEachSchoolYearUntilItEnds() {
        computes(false, 42_000_000, List.of("Rina"));
        when(payments.payBeasiswa(eq(CLAIM), any(), anyBoolean(), any(), anyString())).thenReturn(
                new ClaimPayments.BeasiswaYear(true, LocalDate.now().plusYears(1), 1_500_000),
                new ClaimPayments.BeasiswaYear(false, LocalDate.now().plusYears(2), 1_500_000));
        ProcessInstance pi = start();
        completeDocuments(pi, true, ALL_DOCUMENTS, null);
        payAll(pi);
        assertThat(pi).hasPassed("Task_MarkPaid").hasNotPassed("EndEvent_ClaimPaid").isWaitingAt("Event_SchoolYear");

        execute(job());
        assertThat(pi).isWaitingAt(ClaimProcessKeys.TASK_CHECK_SCHOOL);
        assertThat(task()).hasCandidateGroup("bpjs-6203");
        assertThatThrownBy(() -> complete(task(), withVariables("approved", true)))
                .hasRootCauseInstanceOf(TaskInputException.class).hasMessageContaining("child1Level").hasMessageContaining("Rina");
        complete(task(), withVariables("approved", true, "child1Level", "SD"));
        execute(job());
        verify(payments).payBeasiswa(eq(CLAIM), eq(Map.of(1, "SD")), eq(true), any(), anyString());
        assertThat(pi).isWaitingAt("Event_SchoolYear");
        Date next = (Date) runtimeService().getVariable(pi.getId(), "nextBeasiswaCheck");
        assertThat(job().getDuedate()).isEqualTo(next);

        execute(job());
        complete(task(), withVariables("approved", false, "note", "surat keterangan sekolah belum ada"));
        execute(job());
        assertThat(pi).isEnded().hasPassed("EndEvent_BeasiswaFinished");
    }

    Map<String, Object> startFormVariables() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("regencyCode", "6203");
        vars.put("membershipNumber", "62030000001");
        vars.put("type", "JKM");
        vars.put("eventDate", "2026-11-01");
        vars.put("declaredMonthlyIncome", "");
        vars.put("heirs", Spin.JSON("[{\"name\":\"Siti\",\"nik\":\"6203015505850001\",\"relation\":\"SPOUSE\","
                + "\"birthDate\":\"1985-05-15\",\"bankName\":\"BRI\",\"bankAccount\":\"001201000312345\",\"email\":\"\"},"
                + "{\"name\":\"\",\"nik\":\"\"}]"));
        return vars;
    }

    @Test
    void startedFromTheTasklistFormRegistersTheClaimAndUsesItsNumber() {
        Claim registered = new Claim(CLAIM, "6203", "62030000001", ClaimType.JKM, LocalDate.of(2026, 11, 1), null, null,
                ClaimStatus.RECEIVED, null, null, null, null, null, null, null, null, null, null, "bpjs.6203");
        when(service.register(any(), any(), eq("6203"))).thenReturn(registered);
        identityService().setAuthentication("bpjs.6203", List.of("bpjs-6203"));
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(ClaimProcessKeys.PROCESS_KEY, startFormVariables());
        verify(service).register(org.mockito.ArgumentMatchers.argThat(r -> r.membershipNumber().equals("62030000001")
                && r.eventDate().equals(LocalDate.of(2026, 11, 1)) && r.heirs().size() == 2
                && r.heirs().get(0).nik().equals("6203015505850001") && r.heirs().get(0).birthDate().equals(LocalDate.of(1985, 5, 15))
                && r.declaredMonthlyIncome() == null),
                org.mockito.ArgumentMatchers.argThat(o -> o.userId().equals("bpjs.6203")), eq("6203"));
        assertThat(pi).hasBusinessKey(CLAIM).hasVariables("claimNumber", "documentsTimeout", "documentsReminderCycle");
        assertThat(pi).isWaitingAt("StartEvent_ClaimReported");
    }

    @Test
    void badStartFormInputRefusesTheStartWithTheFieldMessages() {
        when(service.register(any(), any(), any())).thenThrow(new id.jamsos.rentan.common.ValidationException(List.of(
                id.jamsos.rentan.common.FieldError.of("heirs[0].nik", "NIK harus 16 digit angka"))));
        identityService().setAuthentication("bpjs.6203", List.of("bpjs-6203"));
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(ClaimProcessKeys.PROCESS_KEY, startFormVariables()))
                .hasMessageContaining("heirs[0].nik: NIK harus 16 digit angka");
        Map<String, Object> badDate = startFormVariables();
        badDate.put("eventDate", "kemarin");
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(ClaimProcessKeys.PROCESS_KEY, badDate))
                .hasMessageContaining("eventDate: tanggal tidak valid");
        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }

    Job timer(String activityId) {
        return managementService().createJobQuery().processInstanceId(runtimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(CLAIM).singleResult().getId()).activityId(activityId).singleResult();
    }
}
