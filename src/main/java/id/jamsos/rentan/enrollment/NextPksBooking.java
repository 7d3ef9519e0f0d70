package id.jamsos.rentan.enrollment;

import id.jamsos.rentan.pks.PksSigned;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 13: when the regency's next PKS is signed, the candidates waiting for it ({@code waiting_for = NEXT_PKS})
 * are booked on it and enrolled: one {@code enrollment} instance per batch (business key
 * {@code ENR-<regency>-<batchId>-<pks>}), in the signing transaction.
 */
@Component
public class NextPksBooking {
    private final EnrollmentService service;
    private final RuntimeService runtime;

    public NextPksBooking(EnrollmentService service, @Lazy RuntimeService runtime) {
        this.service = service;
        this.runtime = runtime;
    }

    @EventListener
    public void onSigned(PksSigned signed) {
        List<Long> batches = service.bookWaitingOn(signed.pksNumber(), signed.regencyCode());
        for (Long batchId : batches) {
            Map<String, Object> vars = new HashMap<>();
            vars.put("regencyCode", signed.regencyCode());
            vars.put("batchId", batchId);
            vars.put("pksNumber", signed.pksNumber());
            runtime.startProcessInstanceByKey(EnrollmentProcessKeys.PROCESS_KEY,
                    "ENR-" + signed.regencyCode() + "-" + batchId + "-" + signed.pksNumber(), vars);
        }
    }
}
