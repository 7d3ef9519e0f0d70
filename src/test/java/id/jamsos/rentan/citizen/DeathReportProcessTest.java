package id.jamsos.rentan.citizen;

import id.jamsos.rentan.boundary.ProcessBindings;
import id.jamsos.rentan.claim.ClaimRepository;
import id.jamsos.rentan.common.TaskInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
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
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Every path of death-report with the real thin delegates and task listener over a mocked
 * {@link DeathReportService} and claim lookup (the rules have their ITs); flow-node coverage must be 100%.
 */
@Deployment(resources = "bpmn/death-report.bpmn")
class DeathReportProcessTest {
    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    static final String REPORT = "KMT-6203-2026-00001";
    static final DeathReport MEMBER = new DeathReport(REPORT, "6203011707790001", "62039700001", "6203",
            LocalDate.of(2026, 11, 20), "Rumah", "Lurah Uji", null, "API", "lurah.6203011001",
            DeathReport.MEMBER_ENDED, null);

    DeathReportService service;
    ClaimRepository claims;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        service = mock(DeathReportService.class);
        claims = mock(ClaimRepository.class);
        ProcessBindings bindings = mock(ProcessBindings.class);
        when(bindings.recordId(any(DelegateExecution.class), anyString()))
                .thenAnswer(i -> ((DelegateExecution) i.getArgument(0)).getVariable(DeathReportProcessKeys.VAR_REPORT_NUMBER));
        when(bindings.recordId(any(DelegateTask.class), anyString()))
                .thenAnswer(i -> ((DelegateTask) i.getArgument(0)).getVariable(DeathReportProcessKeys.VAR_REPORT_NUMBER));
        when(service.get(REPORT)).thenReturn(MEMBER);
        DeathReportDelegates d = new DeathReportDelegates();
        Mocks.register("endMembershipForDeathDelegate", d.endMembershipForDeathDelegate(service, bindings));
        Mocks.register("deathReportStartListener", d.deathReportStartListener(service, null));
        Mocks.register("openClaimTaskListener", d.openClaimTaskListener(service, claims, bindings));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    ProcessInstance start(boolean member) {
        return runtimeService().startProcessInstanceByKey(DeathReportProcessKeys.PROCESS_KEY, REPORT, Map.of(
                DeathReportProcessKeys.VAR_REPORT_NUMBER, REPORT, DeathReportProcessKeys.VAR_REGENCY, "6203",
                DeathReportProcessKeys.VAR_MEMBER, member,
                DeathReportProcessKeys.VAR_OPEN_CLAIM_DUE, new Date()));
    }

    @Test
    void aNonMemberIsRecordedAndNothingElseHappens() {
        ProcessInstance p = start(false);
        assertThat(p).isEnded().hasPassed("EndEvent_NotMemberRecorded").hasNotPassed("Task_EndMembership");
        verify(service, never()).endMembership(anyString());
    }

    @Test
    void aMemberEndsAndTheBpjsOfficerOpensTheClaimOnceFiled() {
        ProcessInstance p = start(true);
        verify(service).endMembership(REPORT);
        assertThat(p).isWaitingAt(DeathReportProcessKeys.TASK_OPEN_CLAIM);
        assertThat(task(p)).hasCandidateGroup("bpjs-6203");
        when(claims.claimNumberOfMember("62039700001")).thenReturn(Optional.empty());
        assertThatThrownBy(() -> complete(task(p), withVariables("approved", true)))
                .hasRootCauseInstanceOf(TaskInputException.class).hasMessageContaining("belum diajukan");
        assertThat(p).isWaitingAt(DeathReportProcessKeys.TASK_OPEN_CLAIM);
        when(claims.claimNumberOfMember("62039700001")).thenReturn(Optional.of("KLM-6203-2026-0009"));
        complete(task(p), withVariables("approved", true));
        assertThat(p).isEnded().hasPassed("EndEvent_ClaimFiled");
    }

    @Test
    void noClaimNeedsANote() {
        ProcessInstance p = start(true);
        assertThatThrownBy(() -> complete(task(p), withVariables("approved", false)))
                .hasRootCauseInstanceOf(TaskInputException.class);
        complete(task(p), withVariables("approved", false, "note", "Tidak ada ahli waris yang datang"));
        assertThat(p).isEnded().hasPassed("EndEvent_NoClaim");
    }
}
