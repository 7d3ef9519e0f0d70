package id.jamsos.rentan.citizen;

/**
 * An objection as sent to {@code POST /api/grievances} and {@code POST /api/public/grievances}: raw strings, checked
 * by {@link GrievanceService}.
 *
 * @param nik       the person's NIK (16 digits)
 * @param birthDate the person's birth date, yyyy-MM-dd (with the NIK, the identity check)
 * @param subject   CANDIDATE_REJECTED, CLAIM, MEMBERSHIP or OTHER
 * @param reference the claim number (CLAIM), membership number or other reference; optional otherwise
 * @param text      the objection in the person's words (at most 2000 characters)
 * @param contact   e-mail address (the outcome is mailed there) or telephone number, optional
 */
public record GrievanceRequest(String nik, String birthDate, String subject, String reference, String text,
                               String contact) {
}
