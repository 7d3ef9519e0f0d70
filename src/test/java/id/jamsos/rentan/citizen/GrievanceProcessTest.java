package id.jamsos.rentan.citizen;

import id.jamsos.rentan.boundary.ProcessBindings;
import id.jamsos.rentan.common.TaskInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
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
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.jamsos.rentan.citizen.GrievanceProcessKeys.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Every path of grievance with the real thin delegates and decision listener over a mocked {@link GrievanceService}
 * (its rules have {@code GrievanceRulesTest} and {@code GrievanceIT}): Dinsos upholds an objection against a rejected
 * candidate (reopened), Dinsos refuses one (nothing reopened), the BPJS officer decides a claim objection, and the
 * reminder and escalation timers of both tasks; flow-node coverage must be 100%.
 */
@Deployment(resources = "bpmn/grievance.bpmn")
class GrievanceProcessTest {
    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    static final String NUMBER = "SGH-6203-2026-00001";

    GrievanceService service;
    final List<String> slaMails = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        service = mock(GrievanceService.class);
        ProcessBindings bindings = mock(ProcessBindings.class);
        when(bindings.recordId(any(DelegateExecution.class), anyString()))
                .thenAnswer(i -> ((DelegateExecution) i.getArgument(0)).getVariable(VAR_GRIEVANCE_NUMBER));
        when(bindings.recordId(any(DelegateTask.class), anyString()))
                .thenAnswer(i -> ((DelegateTask) i.getArgument(0)).getVariable(VAR_GRIEVANCE_NUMBER));
        when(service.decide(anyString(), anyBoolean(), isNull(), any()))
                .thenThrow(new TaskInputException("note", "Alasan keputusan (note) wajib diisi"));
        GrievanceDelegates d = new GrievanceDelegates();
        Mocks.register("grievanceDecisionListener", d.grievanceDecisionListener(service, bindings));
        Mocks.register("reopenCandidateDelegate", d.reopenCandidateDelegate(service, bindings));
        Mocks.register("grievanceOutcomeDelegate", d.grievanceOutcomeDelegate(service, bindings));
        JavaDelegate sla = ex -> slaMails.add(ex.getVariableLocal("slaKind") + " " + ex.getVariableLocal("slaTaskKey")
                + " " + ex.getVariableLocal("slaGroupPrefix") + " " + ex.getVariableLocal("slaEscalateToGroup"));
        Mocks.register("slaMailDelegate", sla);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    ProcessInstance start(String subject, String decider) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_GRIEVANCE_NUMBER, NUMBER);
        vars.put(VAR_REGENCY, "6203");
        vars.put(VAR_SUBJECT, subject);
        vars.put(VAR_DECIDER, decider);
        vars.put(VAR_DECISION_DUE, new Date(System.currentTimeMillis() + 14L * 24 * 3600 * 1000));
        vars.put(VAR_ESCALATION_DUE, new Date(System.currentTimeMillis() + 19L * 24 * 3600 * 1000));
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, NUMBER, vars);
    }

    @Test
    void dinsosUpholdsAnObjectionAgainstARejectionAndTheCandidateIsReopened() {
        ProcessInstance p = start("CANDIDATE_REJECTED", "DINSOS");
        assertThat(p).isWaitingAt(TASK_DECIDE_DINSOS);
        assertThat(task(p)).hasCandidateGroup("dinsos-6203").hasDueDate((Date) runtimeService()
                .getVariable(p.getId(), VAR_DECISION_DUE));
        assertThatThrownBy(() -> complete(task(p), withVariables("approved", "true")))
                .hasRootCauseInstanceOf(TaskInputException.class).hasMessageContaining("wajib diisi");
        assertThat(p).isWaitingAt(TASK_DECIDE_DINSOS);
        complete(task(p), withVariables("approved", "true", "note", "Pekerja memang buruh tani harian"));
        verify(service).decide(eq(NUMBER), eq(true), eq("Pekerja memang buruh tani harian"), any());
        verify(service).reopenCandidate(NUMBER);
        verify(service).sendOutcome(NUMBER);
        assertThat(p).isEnded().hasPassed(TASK_REOPEN_CANDIDATE, TASK_SEND_OUTCOME, "EndEvent_GrievanceDecided");
    }

    @Test
    void dinsosRefusesAnObjectionAndNothingIsReopened() {
        ProcessInstance p = start("CANDIDATE_REJECTED", "DINSOS");
        complete(task(p), withVariables("approved", false, "note", "Penghasilan di atas batas"));
        verify(service).decide(NUMBER, false, "Penghasilan di atas batas", null);
        verify(service, never()).reopenCandidate(anyString());
        assertThat(p).isEnded().hasPassed(TASK_SEND_OUTCOME).hasNotPassed(TASK_REOPEN_CANDIDATE);
    }

    @Test
    void anUpheldMembershipObjectionReopensNothing() {
        ProcessInstance p = start("MEMBERSHIP", "DINSOS");
        complete(task(p), withVariables("approved", true, "note", "Iuran sudah dibayar, kepesertaan dipulihkan"));
        verify(service, never()).reopenCandidate(anyString());
        assertThat(p).isEnded().hasNotPassed(TASK_REOPEN_CANDIDATE);
    }

    @Test
    void theBpjsOfficerDecidesAClaimObjection() {
        ProcessInstance p = start("CLAIM", "BPJS");
        assertThat(p).isWaitingAt(TASK_DECIDE_BPJS);
        assertThat(task(p)).hasCandidateGroup("bpjs-6203");
        complete(task(p), withVariables("approved", false, "note", "Masa iur kurang dari 3 bulan"));
        verify(service).sendOutcome(NUMBER);
        assertThat(p).isEnded().hasPassed(TASK_DECIDE_BPJS, TASK_SEND_OUTCOME).hasNotPassed(TASK_DECIDE_DINSOS);
    }

    @Test
    void anOverdueDinsosTaskIsRemindedThenEscalatedToTheHeadAndStaysOpen() {
        ProcessInstance p = start("OTHER", "DINSOS");
        fireTimers(p);
        assertThat(p).hasPassed("Task_RemindDinsos", "EndEvent_DinsosReminded", "Task_EscalateDinsos",
                "EndEvent_DinsosEscalated").isWaitingAt(TASK_DECIDE_DINSOS);
        org.assertj.core.api.Assertions.assertThat(slaMails).containsExactlyInAnyOrder(
                "REMINDER Task_DecideObjectionDinsos dinsos-6203 null",
                "ESCALATION Task_DecideObjectionDinsos dinsos-6203 kadinsos-6203");
        complete(task(p), withVariables("approved", true, "note", "Ditindaklanjuti"));
        assertThat(p).isEnded();
    }

    @Test
    void anOverdueBpjsTaskIsRemindedThenEscalatedToTheBranchHead() {
        ProcessInstance p = start("CLAIM", "BPJS");
        fireTimers(p);
        assertThat(p).hasPassed("Task_RemindBpjs", "EndEvent_BpjsReminded", "Task_EscalateBpjs",
                "EndEvent_BpjsEscalated").isWaitingAt(TASK_DECIDE_BPJS);
        org.assertj.core.api.Assertions.assertThat(slaMails).containsExactlyInAnyOrder(
                "REMINDER Task_DecideObjectionBpjs bpjs-6203 null",
                "ESCALATION Task_DecideObjectionBpjs bpjs-6203 kacab-6203");
        verify(service, never()).sendOutcome(anyString());
    }

    private void fireTimers(ProcessInstance p) {
        List<Job> timers = managementService().createJobQuery().processInstanceId(p.getId()).timers()
                .orderByJobDuedate().asc().list();
        org.assertj.core.api.Assertions.assertThat(timers).hasSize(2);
        for (Job j : timers) {
            managementService().executeJob(j.getId());
        }
    }
}
