package id.jamsos.rentan.enrollment;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * The enrollment process on the engine, the one place the enrollment feature starts it. A concrete class, like every
 * {@code <Feature>Process} (docs/DEVELOPING.md "Processes"); verification starts enrollment as a call activity.
 */
@Component
public class EnrollmentProcess {
    private final RuntimeService runtime;

    public EnrollmentProcess(@Lazy RuntimeService runtime) {
        this.runtime = runtime;
    }

    /**
     * Enrolls the candidates of a batch booked on a (next) PKS: business key {@code ENR-<regency>-<batchId>-<pks>}.
     *
     * @param regencyCode 4-digit code of the regency
     * @param batchId     the batch whose booked candidates are registered
     * @param pksNumber   the PKS they are booked on
     */
    public void startBooked(String regencyCode, long batchId, String pksNumber) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("regencyCode", regencyCode);
        vars.put("batchId", batchId);
        vars.put("pksNumber", pksNumber);
        runtime.startProcessInstanceByKey(EnrollmentProcessKeys.PROCESS_KEY,
                "ENR-" + regencyCode + "-" + batchId + "-" + pksNumber, vars);
    }
}
