package id.jamsos.rentan.enrollment;

import id.jamsos.rentan.pks.PksSigned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Issue 13: when the regency's next PKS is signed, the candidates waiting for it ({@code waiting_for = NEXT_PKS})
 * are booked on it and enrolled: one {@code enrollment} instance per batch (business key
 * {@code ENR-<regency>-<batchId>-<pks>}), in the signing transaction.
 */
@Component
public class NextPksBooking {
    private final EnrollmentService service;
    private final EnrollmentProcess process;

    public NextPksBooking(EnrollmentService service, EnrollmentProcess process) {
        this.service = service;
        this.process = process;
    }

    @EventListener
    public void onSigned(PksSigned signed) {
        List<Long> batches = service.bookWaitingOn(signed.pksNumber(), signed.regencyCode());
        for (Long batchId : batches) {
            process.startBooked(signed.regencyCode(), batchId, signed.pksNumber());
        }
    }
}
