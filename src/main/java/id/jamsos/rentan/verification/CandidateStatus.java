package id.jamsos.rentan.verification;

/** Contract statuses of a candidate, in the order a candidate passes them. */
public enum CandidateStatus {
    SCREENING, SCREENING_REJECTED, AWAITING_VILLAGE, AWAITING_KECAMATAN, AWAITING_FINAL, REJECTED, APPROVED, ENROLLED;

    /**
     * An open candidacy blocks another candidacy of the same NIK (in any regency); only a final refusal closes it.
     * Stored as {@code candidate.open_nik}, unique.
     */
    public boolean open() {
        return this != SCREENING_REJECTED && this != REJECTED;
    }
}
