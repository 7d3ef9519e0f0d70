package id.jamsos.rentan.claim;

import id.jamsos.rentan.boundary.BoundaryDeclaration;
import id.jamsos.rentan.boundary.ProcessBoundary;
import org.springframework.stereotype.Component;

import java.util.List;

import static id.jamsos.rentan.claim.ClaimProcessKeys.*;

/**
 * What callers may send to claim-payout: the Tasklist start form's fields (registered by {@link ClaimStartListener}
 * with the rules of {@code POST /api/claims}), and per task its form's inputs. The claim is bound by our code.
 */
@Component
public class ClaimBoundary implements BoundaryDeclaration {
    @Override
    public List<ProcessBoundary> processes() {
        return List.of(ProcessBoundary.of(PROCESS_KEY)
                .startedByCallers(VAR_REGENCY, "membershipNumber", "type", "eventDate", "deathCertificateNumber",
                        "declaredMonthlyIncome", "heirs")
                .serves("claim", VAR_CLAIM_NUMBER)
                .task(TASK_CHECK_DOCUMENTS, VAR_PRESENT_DOCUMENTS)
                .task(TASK_APPROVE_CLAIM)
                .task(TASK_CHECK_SCHOOL, childLevelVar(1), childLevelVar(2)));
    }
}
