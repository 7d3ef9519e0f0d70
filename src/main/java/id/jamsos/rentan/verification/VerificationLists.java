package id.jamsos.rentan.verification;

import org.springframework.stereotype.Component;

import java.util.List;

/** Expressions the BPMN evaluates on our tables: which villages have a list, how many wait at a stage. */
@Component("verificationLists")
public class VerificationLists {
    private final VerificationService service;

    public VerificationLists(VerificationService service) {
        this.service = service;
    }

    public List<String> villages(Object batchId, String kecamatanCode) {
        return service.villages(((Number) batchId).longValue(), kecamatanCode);
    }

    public int count(Object batchId, String status, String regionCode) {
        return service.count(((Number) batchId).longValue(), CandidateStatus.valueOf(status), regionCode);
    }
}
