package id.jamsos.rentan.citizen;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An objection (sanggahan, table citizen_grievance).
 *
 * @param subject         {@link GrievanceSubject}
 * @param candidateId     the rejected candidate it is about (CANDIDATE_REJECTED), or null
 * @param source          {@link #PUBLIC} (/status) or {@link #API} (an official)
 * @param decider         {@link #DINSOS} or {@link #BPJS}
 * @param status          {@link #OPEN}, {@link #ACCEPTED} or {@link #REJECTED}
 * @param dueDate         the deciding official's due date (WIB, working days from filing)
 * @param outcomeNote     the reason of the decision, once decided
 * @param reopenedBatchId the candidate batch of the new verification round, when the candidate was reopened
 */
public record Grievance(String grievanceNumber, String nik, String regencyCode, GrievanceSubject subject,
                        String reference, Long candidateId, String text, String contact, String source,
                        String filedBy, String decider, String status, LocalDate dueDate, String outcomeNote,
                        String decidedBy, Instant decidedAt, Long reopenedBatchId, Instant createdAt) {
    public static final String PUBLIC = "PUBLIC";
    public static final String API = "API";
    public static final String DINSOS = "DINSOS";
    public static final String BPJS = "BPJS";
    public static final String OPEN = "OPEN";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";

    /** Whether the contact is an e-mail address (the outcome is mailed there). */
    public boolean mailable() {
        return contact != null && GrievanceService.EMAIL.matcher(contact).matches();
    }
}
