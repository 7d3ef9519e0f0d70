package id.jamsos.rentan.citizen;

import java.time.LocalDate;
import java.util.List;

/**
 * What the public status page shows a person who proved NIK and birth date: only what concerns them, no other
 * personal data. {@code found=false} is the one answer for an unknown NIK and for a wrong birth date alike.
 */
public record PublicStatus(boolean found, String message, String nikMasked, CandidateView candidate,
                           MembershipView membership, List<ClaimView> claims, List<GrievanceView> grievances) {

    /** The one answer for "unknown NIK" and "wrong birth date" (no enumeration). */
    public static PublicStatus notFound() {
        return new PublicStatus(false, "Data tidak ditemukan. Periksa kembali NIK dan tanggal lahir sesuai KTP. "
                + "Jika Anda merasa sudah diusulkan, hubungi kantor desa/kelurahan atau Dinas Sosial kabupaten.",
                null, null, null, List.of(), List.of());
    }

    /**
     * The latest proposal of the person as a candidate.
     *
     * @param status          contract status (SCREENING ... ENROLLED)
     * @param statusText      the status in Bahasa Indonesia
     * @param rejectionReason why, when rejected (SCREENING_REJECTED or REJECTED)
     * @param howToObject     how to object (sanggahan), when rejected
     */
    public record CandidateView(String status, String statusText, String rejectionReason, String howToObject) {
    }

    /**
     * The person's membership.
     *
     * @param status        ACTIVE, LAPSED or ENDED
     * @param statusText    Aktif / Tidak aktif (tunggakan iuran) / Berakhir
     * @param reason        why not active, in Bahasa Indonesia (e.g. "Meninggal dunia"), or null
     * @param coverageStart first covered day (WIB)
     * @param coverageEnd   last covered day (WIB), null when open-ended
     * @param program       the program and who pays the premium
     */
    public record MembershipView(String membershipNumber, String status, String statusText, String reason,
                                 LocalDate coverageStart, LocalDate coverageEnd, String program) {
    }

    /**
     * A claim where the person is the member or an heir.
     *
     * @param role               PESERTA (the member) or AHLI_WARIS (an heir)
     * @param nextStep           what happens next, in Bahasa Indonesia
     * @param expectedPayoutDate when the payout is due (WIB) once the file is complete, else null
     */
    public record ClaimView(String claimNumber, String role, String type, String status, String statusText,
                            String nextStep, LocalDate expectedPayoutDate) {
    }

    /**
     * An objection (sanggahan) of the person, with its outcome once decided.
     *
     * @param subject       CANDIDATE_REJECTED, CLAIM, MEMBERSHIP or OTHER
     * @param status        OPEN, ACCEPTED or REJECTED
     * @param statusText    Sedang diproses / Diterima / Ditolak
     * @param filedOn       the day it was filed (WIB)
     * @param dueDate       the decision's due date (WIB, working days)
     * @param outcomeReason the deciding official's reason, once decided
     * @param decidedOn     the day of the decision (WIB), once decided
     * @param nextStep      what happens next, in Bahasa Indonesia
     */
    public record GrievanceView(String grievanceNumber, String subject, String subjectText, String reference,
                                String status, String statusText, LocalDate filedOn, LocalDate dueDate,
                                String outcomeReason, LocalDate decidedOn, String nextStep) {
    }
}
