package id.jamsos.rentan.verification;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The candidate-verification process on the engine, the one place the verification feature starts it: one instance
 * per uploaded batch, business key {@code VER-<regency>-<batchId>} ({@link VerificationProcessKeys#businessKey}).
 * A concrete class, like every {@code <Feature>Process} (docs/DEVELOPING.md "Processes").
 */
@Component
public class VerificationProcess {
    private final RuntimeService runtime;

    public VerificationProcess(@Lazy RuntimeService runtime) {
        this.runtime = runtime;
    }

    /**
     * Starts the instance that screens and verifies a stored batch.
     *
     * @param regencyCode 4-digit code of the batch's regency
     * @param batchId     the stored batch
     * @return the process instance id
     */
    public String start(String regencyCode, long batchId) {
        return runtime.createProcessInstanceByKey(VerificationProcessKeys.PROCESS_KEY)
                .businessKey(VerificationProcessKeys.businessKey(regencyCode, batchId))
                .setVariables(Map.of(VerificationProcessKeys.VAR_REGENCY, regencyCode, VerificationProcessKeys.VAR_BATCH, batchId))
                .execute().getId();
    }

    /**
     * Starts {@code deferred-candidates} for a program whose new PKS became active, unless an instance of the
     * program is still open (business key {@code TND-<pksNumber>}, {@link DeferredProcessKeys#businessKey}); runs
     * without the caller's authorization, as the PKS step that activates it is a system step.
     *
     * @param regencyCode 4-digit code of the program's regency
     * @param pksNumber   the PKS that became active
     * @param program     {@code <regency>-<program>}: the key that makes one open instance per program
     * @return the started instance's id, or null when one of the program is open
     */
    public String startDeferred(String regencyCode, String pksNumber, String program) {
        if (runtime.createProcessInstanceQuery().processDefinitionKey(DeferredProcessKeys.PROCESS_KEY)
                .variableValueEquals(DeferredProcessKeys.VAR_PROGRAM, program).count() > 0) {
            return null;
        }
        Map<String, Object> vars = new java.util.HashMap<>();
        vars.put(DeferredProcessKeys.VAR_REGENCY, regencyCode);
        vars.put(DeferredProcessKeys.VAR_PKS, pksNumber);
        vars.put(DeferredProcessKeys.VAR_PROGRAM, program);
        return id.jamsos.rentan.pks.PksProcess.withoutAuthorization(() -> runtime.startProcessInstanceByKey(
                DeferredProcessKeys.PROCESS_KEY, DeferredProcessKeys.businessKey(pksNumber), vars)).getId();
    }
}
