package id.jamsos.rentan.verification;

import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Expressions the BPMN evaluates on our tables: which villages of a kecamatan have a list (the Lurah tasks'
 * multi-instance collection). Gateways read variables set by the step before them ({@link CandidateCountDelegates}).
 */
@Component("verificationLists")
public class VerificationLists {
    private final VerificationService service;

    public VerificationLists(VerificationService service) {
        this.service = service;
    }

    public List<String> villages(Object batchId, String kecamatanCode) {
        return service.villages(((Number) batchId).longValue(), kecamatanCode);
    }

    /**
     * Candidates of the batch in a status within a region. Only the gateways of candidate-verification versions
     * deployed before issue 15 still call it (instances started on them keep their version); current models read
     * {@link VerificationProcessKeys#VAR_VILLAGE_APPROVED_COUNT} and {@link VerificationProcessKeys#VAR_FINAL_CANDIDATE_COUNT}.
     */
    public int count(Object batchId, String status, String regionCode) {
        return service.count(((Number) batchId).longValue(), CandidateStatus.valueOf(status), regionCode);
    }
}
