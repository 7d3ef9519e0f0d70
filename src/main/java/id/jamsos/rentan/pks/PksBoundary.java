package id.jamsos.rentan.pks;

import id.jamsos.rentan.boundary.BoundaryDeclaration;
import id.jamsos.rentan.boundary.ProcessBoundary;
import org.springframework.stereotype.Component;

import java.util.List;

import static id.jamsos.rentan.pks.PksProcessKeys.*;

/**
 * What callers may send to pks-agreement: the Dinsos start form (checked by {@link PksStartListener} as
 * {@code POST /api/agreements}), the draft's figures, the reviews' and signatures' decisions.
 */
@Component
public class PksBoundary implements BoundaryDeclaration {
    @Override
    public List<ProcessBoundary> processes() {
        return List.of(ProcessBoundary.of(PROCESS_KEY)
                .startedByCallers("regencyCode", "fiscalYear", "quota", "budget", "startDate", "endDate", "gapReason",
                        "payer", "payerName", "villageCode")
                .serves("agreement", VAR_PKS_NUMBER)
                .task(TASK_DRAFT, "quota", "budget", "startDate", "endDate", "gapReason")
                .task(TASK_LEGAL_REVIEW)
                .task(TASK_BPJS_REVIEW)
                .task(TASK_SIGN_KADINSOS)
                .task(TASK_SIGN_KACAB)
                .task(TASK_SIGN_KEPALA_DESA));
    }
}
