package id.jamsos.rentan.verification;

/** Contract statuses of a candidate, in the order a candidate passes them. */
public enum CandidateStatus {
    SCREENING, SCREENING_REJECTED, AWAITING_VILLAGE, AWAITING_KECAMATAN, AWAITING_FINAL, REJECTED, APPROVED, ENROLLED
}
