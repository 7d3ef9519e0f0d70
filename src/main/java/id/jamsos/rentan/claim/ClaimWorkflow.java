package id.jamsos.rentan.claim;

/** The claim-payout process as the service sees it (implemented with the Camunda engine). */
public interface ClaimWorkflow {
    void start(Claim claim);

    /** @return false when the claim is not waiting for documents */
    boolean documentsSubmitted(String claimNumber);
}
