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
}
