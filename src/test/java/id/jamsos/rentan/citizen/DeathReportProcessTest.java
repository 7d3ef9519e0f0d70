package id.jamsos.rentan.citizen;

import id.jamsos.rentan.boundary.ProcessBindings;
import id.jamsos.rentan.claim.ClaimRequest;
import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.identity.Official;
import id.jamsos.rentan.common.TaskInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.spin.Spin;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
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
 * {@link DeathReportService} (the claim rules have their ITs); flow-node coverage must be 100%.
 */
@Deployment(resources = "bpmn/death-report.bpmn")
class DeathReportProcessTest {
    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    static final String REPORT = "KMT-6203-2026-00001";
    static final DeathReport MEMBER = new DeathReport(REPORT, "6203011707790001", "62039700001", "6203",
            LocalDate.of(2026, 11, 20), "Rumah", "Lurah Uji", null, "API", "lurah.6203011001",
            DeathReport.MEMBER_ENDED, null, null);

    DeathReportService service;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        service = mock(DeathReportService.class);
        ProcessBindings bindings = mock(ProcessBindings.class);
        when(bindings.recordId(any(DelegateExecution.class), anyString()))
                .thenAnswer(i -> ((DelegateExecution) i.getArgument(0)).getVariable(DeathReportProcessKeys.VAR_REPORT_NUMBER));
        when(bindings.recordId(any(DelegateTask.class), anyString()))
                .thenAnswer(i -> ((DelegateTask) i.getArgument(0)).getVariable(DeathReportProcessKeys.VAR_REPORT_NUMBER));
        when(service.get(REPORT)).thenReturn(MEMBER);
        DeathReportDelegates d = new DeathReportDelegates();
        Mocks.register("endMembershipForDeathDelegate", d.endMembershipForDeathDelegate(service, bindings));
        Mocks.register("deathReportStartListener", d.deathReportStartListener(service, null));
        Mocks.register("openClaimTaskListener", d.openClaimTaskListener(service, bindings));
    }

    @AfterEach
    void tearDown() {
        identityService().clearAuthentication();
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

    static final String HEIRS = "[{\"name\":\"Siti Aminah\",\"nik\":\"6203014502810001\",\"relation\":\"SPOUSE\","
            + "\"birthDate\":\"03-02-1981\",\"bankName\":\"BRI\",\"bankAccount\":\"1234567890\",\"email\":\"\"}]";

    @Test
    void aMemberEndsAndTheBpjsOfficerFilesTheClaimFromTheTask() {
        ProcessInstance p = start(true);
        verify(service).endMembership(REPORT);
        assertThat(p).isWaitingAt(DeathReportProcessKeys.TASK_OPEN_CLAIM);
        assertThat(task(p)).hasCandidateGroup("bpjs-6203");
        // Only a logged-in official may file: without one the completion is refused and nothing is filed.
        assertThatThrownBy(() -> complete(task(p), withVariables("approved", true, "claimType", "JKM",
                "heirs", Spin.JSON(HEIRS)))).hasRootCauseInstanceOf(TaskInputException.class)
                .hasMessageContaining("petugas yang masuk");
        identityService().setAuthentication("bpjs.6203", List.of("bpjs-6203"));
        when(service.openClaim(eq(REPORT), eq("JKM"), any(), isNull(), any(Official.class))).thenReturn("KLM-6203-2026-0009");
        complete(task(p), withVariables("approved", "true", "claimType", "JKM", "heirs", Spin.JSON(HEIRS)));
        org.mockito.ArgumentCaptor<List<ClaimRequest.HeirInput>> heirs = org.mockito.ArgumentCaptor.captor();
        verify(service).openClaim(eq(REPORT), eq("JKM"), heirs.capture(), isNull(), any(Official.class));
        org.assertj.core.api.Assertions.assertThat(heirs.getValue()).singleElement().satisfies(h -> {
            org.assertj.core.api.Assertions.assertThat(h.nik()).isEqualTo("6203014502810001");
            org.assertj.core.api.Assertions.assertThat(h.birthDate()).isEqualTo(LocalDate.of(1981, 2, 3));
            org.assertj.core.api.Assertions.assertThat(h.email()).isNull();
        });
        assertThat(p).isEnded().hasPassed("EndEvent_ClaimFiled").variables()
                .containsEntry(DeathReportProcessKeys.VAR_CLAIM_NUMBER, "KLM-6203-2026-0009")
                .doesNotContainKey(DeathReportProcessKeys.IN_HEIRS);
    }

    @Test
    void theClaimRulesRefusalNamesTheFieldAndKeepsTheTask() {
        ProcessInstance p = start(true);
        identityService().setAuthentication("bpjs.6203", List.of("bpjs-6203"));
        when(service.openClaim(eq(REPORT), any(), any(), any(), any(Official.class)))
                .thenThrow(new ValidationException(List.of(FieldError.of("heirs[0].nik", "NIK wajib 16 angka"))));
        assertThatThrownBy(() -> complete(task(p), withVariables("approved", true, "heirs", Spin.JSON(HEIRS))))
                .hasRootCauseInstanceOf(TaskInputException.class).hasMessageContaining("heirs[0].nik");
        assertThat(p).isWaitingAt(DeathReportProcessKeys.TASK_OPEN_CLAIM);
        // An unreadable birth date is refused before the claim service is asked.
        String bad = HEIRS.replace("03-02-1981", "31-02-1981");
        assertThatThrownBy(() -> complete(task(p), withVariables("approved", true, "heirs", bad)))
                .hasRootCauseInstanceOf(TaskInputException.class).hasMessageContaining("heirs[0].birthDate");
        assertThatThrownBy(() -> complete(task(p), withVariables("approved", true, "heirs", "{not json")))
                .hasRootCauseInstanceOf(TaskInputException.class).hasMessageContaining("heirs");
        verify(service, org.mockito.Mockito.times(1)).openClaim(any(), any(), any(), any(), any());
        assertThat(p).isWaitingAt(DeathReportProcessKeys.TASK_OPEN_CLAIM);
    }

    @Test
    void noClaimNeedsANote() {
        ProcessInstance p = start(true);
        assertThatThrownBy(() -> complete(task(p), withVariables("approved", false)))
                .hasRootCauseInstanceOf(TaskInputException.class);
        complete(task(p), withVariables("approved", false, "note", "Tidak ada ahli waris yang datang",
                "heirs", Spin.JSON(HEIRS)));
        assertThat(p).isEnded().hasPassed("EndEvent_NoClaim").variables().doesNotContainKey(DeathReportProcessKeys.IN_HEIRS);
        verify(service, never()).openClaim(any(), any(), any(), any(), any());
    }
}
