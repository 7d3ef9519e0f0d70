package id.jamsos.rentan.verification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static id.jamsos.rentan.verification.VerificationProcessKeys.*;

/**
 * The counting steps of candidate-verification: each stores how many candidates reached the next stage in a variable
 * the following gateway reads, so no gateway condition queries the database (issue 15).
 */
public final class CandidateCountDelegates {
    private CandidateCountDelegates() {
    }

    static long batchId(DelegateExecution e) {
        return ((Number) e.getVariable(VAR_BATCH)).longValue();
    }

    /**
     * "Hitung calon disetujui Lurah" ({@code Task_CountVillageApproved}), after every Lurah list of a kecamatan:
     * {@code villageApprovedCount} = candidates of the kecamatan now AWAITING_KECAMATAN. Set locally on the kecamatan
     * subprocess instance (the service task runs on its execution), so parallel kecamatan do not share it.
     */
    @Component("countVillageApprovedDelegate")
    public static class VillageApproved implements JavaDelegate {
        private final VerificationService service;

        public VillageApproved(VerificationService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String kecamatan = (String) execution.getVariable(VAR_KECAMATAN);
            execution.setVariableLocal(VAR_VILLAGE_APPROVED_COUNT,
                    service.count(batchId(execution), CandidateStatus.AWAITING_KECAMATAN, kecamatan));
        }
    }

    /**
     * "Hitung calon disetujui Camat" ({@code Task_CountFinalCandidates}), after all kecamatan:
     * {@code finalCandidateCount} = candidates of the regency now AWAITING_FINAL.
     */
    @Component("countFinalCandidatesDelegate")
    public static class FinalCandidates implements JavaDelegate {
        private final VerificationService service;

        public FinalCandidates(VerificationService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String regency = (String) execution.getVariable(VAR_REGENCY);
            execution.setVariable(VAR_FINAL_CANDIDATE_COUNT,
                    service.count(batchId(execution), CandidateStatus.AWAITING_FINAL, regency));
        }
    }
}
