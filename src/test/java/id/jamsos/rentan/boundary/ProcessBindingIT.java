package id.jamsos.rentan.boundary;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code process_binding} on PostgreSQL: our code binds an instance to its record when it starts, one running
 * instance per record, and the binding ends with the instance.
 */
class ProcessBindingIT extends BoundaryAttacks {
    @Autowired
    ProcessBindings bindings;
    @Autowired
    RuntimeService runtime;

    @Test
    void aClaimStartedThroughTheApiIsBoundToItsClaimAndRegency() {
        String number = claim(member("6203011001"));
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
        ProcessBinding b = bindings.find(pi).orElseThrow();
        assertThat(b.processKey()).isEqualTo("claim-payout");
        assertThat(b.recordKind()).isEqualTo("claim");
        assertThat(b.recordId()).isEqualTo(number);
        assertThat(b.regencyCode()).isEqualTo("6203");
        assertThat(bindings.active("claim", number)).map(ProcessBinding::processInstanceId).contains(pi);
    }

    @Test
    void aCandidateBatchIsBoundToItsBatch() {
        long batch = batch("6208011001");
        String pi = runtime.createProcessInstanceQuery().processDefinitionKey("candidate-verification")
                .processInstanceBusinessKey("VER-6208-" + batch).singleResult().getId();
        ProcessBinding b = bindings.find(pi).orElseThrow();
        assertThat(b.recordKind()).isEqualTo("batch");
        assertThat(b.recordIdAsLong()).isEqualTo(batch);
        assertThat(b.regencyCode()).isEqualTo("6208");
        assertThat(bindings.active("batch", String.valueOf(batch))).map(ProcessBinding::processInstanceId).contains(pi);

        // The kecamatan instance the batch's instance called serves the same batch, without taking it over.
        String kecamatan = runtime.createProcessInstanceQuery().superProcessInstanceId(pi).singleResult().getId();
        ProcessBinding k = bindings.find(kecamatan).orElseThrow();
        assertThat(k.processKey()).isEqualTo("kecamatan-verification");
        assertThat(k.recordKind()).isEqualTo("batch");
        assertThat(k.recordIdAsLong()).isEqualTo(batch);
        assertThat(k.regencyCode()).isEqualTo("6208");
        assertThat(bindings.active("batch", String.valueOf(batch))).map(ProcessBinding::processInstanceId).contains(pi);
    }

    @Test
    void twoRunningInstancesCannotServeOneRecordAndAnEndedOneFreesIt() {
        String number = claim(member("6203011002"));
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
        String intruder = UUID.randomUUID().toString();
        // The database constraint refuses it, whatever the code above it checks.
        assertThatThrownBy(() -> jdbc.update("insert into process_binding (process_instance_id, process_key, record_kind,"
                + " record_id, regency_code, active_record_id, bound_at) values (?, 'claim-payout', 'claim', ?, '6208', ?,"
                + " current_timestamp)", intruder, number, number)).hasMessageContaining("process_binding_one_active");
        assertThatThrownBy(() -> bindings.bind(intruder, "claim-payout", "claim", number, "6208"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(number);
        // Once the instance is gone the binding ends, and stays as a record of what it served.
        runtime.deleteProcessInstance(pi, "ProcessBindingIT");
        assertThat(bindings.active("claim", number)).isEmpty();
        assertThat(bindings.find(pi)).map(ProcessBinding::recordId).contains(number);
        bindings.bind(intruder, "claim-payout", "claim", number, "6203");
        assertThat(bindings.active("claim", number)).map(ProcessBinding::processInstanceId).contains(intruder);
    }

    @Test
    void anInstanceKeepsTheRecordItWasBoundTo() {
        String number = claim(member("6203011001"));
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
        assertThatThrownBy(() -> bindings.bind(pi, "claim-payout", "claim", "KLM-6208-2026-0001", "6208"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(bindings.find(pi).orElseThrow().recordId()).isEqualTo(number);
    }
}
