package id.jamsos.rentan.premium;

import id.jamsos.rentan.boundary.BoundaryDeclaration;
import id.jamsos.rentan.boundary.ProcessBoundary;
import org.springframework.stereotype.Component;

import java.util.List;

import static id.jamsos.rentan.premium.PremiumProcessKeys.*;

/** premium-invoice is started only by an active PKS (monthly); Dinsos records the payment's date and reference. */
@Component
public class PremiumBoundary implements BoundaryDeclaration {
    @Override
    public List<ProcessBoundary> processes() {
        return List.of(ProcessBoundary.of(PROCESS_KEY)
                .serves("invoice", VAR_INVOICE_NUMBER)
                .task(TASK_RECORD_PAYMENT, "paidOn", "paymentReference"));
    }
}
