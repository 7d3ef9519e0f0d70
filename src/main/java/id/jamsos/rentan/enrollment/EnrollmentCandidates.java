package id.jamsos.rentan.enrollment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The approved candidates enrollment registers, and what enrollment records about them. Enrollment owns this
 * interface; verification owns table {@code candidate} (and {@code candidate_decision}) and implements it (issue 15:
 * one owner per table; verification may import enrollment, never the reverse). Every method works on a whole set
 * (one statement, or one JDBC batch, per call), so a chunk of 500 workers costs a few round trips, not 500.
 */
public interface EnrollmentCandidates {

    /** An approved candidate as enrollment needs it; {@code pksNumber} is the PKS the list was finalised on. */
    record Approved(long id, String nik, String name, LocalDate birthDate, String sex, String category,
                    String address, String phone, String email, String villageCode, String kecamatanCode,
                    String regencyCode, String pksNumber) {
    }

    /** A candidate registered with BPJS: membership number (11 digits) and the PKS it is booked on. */
    record Enrolled(long candidateId, String membershipNumber, String pksNumber) {
    }

    /** An enrolled candidate who gave an e-mail address (for the {@code peserta-terdaftar} mail). */
    record Contact(long candidateId, String name, String nik, String email, String regencyCode,
                   String membershipNumber) {
    }

    /**
     * Numbers the batch's APPROVED candidates into chunks of {@code chunkSize} (in id order).
     *
     * @return the number of chunks (0 when none is approved)
     */
    int numberChunks(long batchId, int chunkSize);

    /** The APPROVED candidates of one chunk of the batch, in id order (ENROLLED ones are not listed: a retry skips them). */
    List<Approved> chunk(long batchId, int chunkNo);

    /** The candidates stay APPROVED with the reason (candidate id → reason), e.g. the PKS quota is full. */
    void keepWaiting(Map<Long, String> reasonById);

    /** The candidates stay APPROVED, marked as waiting for the regency's next PKS, with the reason (id → reason). */
    void waitForNextPks(Map<Long, String> reasonById);

    /** How many of the batch's candidates wait for the next PKS. */
    int waitingForNextPks(long batchId);

    /** The candidates are booked on another PKS (the next one, signed already); they no longer wait. */
    void rebook(Collection<Long> candidateIds, String pksNumber);

    /** The candidates are ENROLLED with their membership number; each gets an ENROLLMENT decision by "bpjs". */
    void enrolled(List<Enrolled> enrolled);

    /**
     * The regency's candidates waiting for the next PKS on one of {@code fromPks} (the earlier agreements of the
     * signed PKS's program, issue 16) are booked on the signed one {@code pksNumber}.
     *
     * @return their batch ids, ascending, each to be enrolled again
     */
    List<Long> moveWaitingTo(String pksNumber, String regencyCode, Collection<String> fromPks);

    /** The batch's ENROLLED candidates with an e-mail address. */
    List<Contact> enrolledWithEmail(long batchId);
}
