package id.jamsos.rentan.claim;

public enum ClaimStatus {
    /** Filed, eligibility not yet checked. */
    RECEIVED,
    CHECKING_DOCUMENTS,
    AWAITING_DOCUMENTS,
    AWAITING_APPROVAL,
    PAYING,
    PAID,
    REJECTED,
    CLOSED_INCOMPLETE;

    public boolean open() {
        return this != PAID && this != REJECTED && this != CLOSED_INCOMPLETE;
    }
}
