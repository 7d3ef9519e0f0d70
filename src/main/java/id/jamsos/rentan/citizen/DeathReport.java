package id.jamsos.rentan.citizen;

import java.time.LocalDate;

/**
 * A recorded death (table citizen_death_report).
 *
 * @param outcome           {@link #MEMBER_ENDED} or {@link #NOT_MEMBER}
 * @param correctedInvoices premium invoices the member was taken off (comma separated), or null
 * @param claimNumber       the JKM/JKK claim filed or linked from the BPJS officer's task (KLM-...), or null
 */
public record DeathReport(String reportNumber, String nik, String membershipNumber, String regencyCode,
                          LocalDate dateOfDeath, String place, String reportedBy, String deathCertificateNumber,
                          String source, String reporterUser, String outcome, String correctedInvoices,
                          String claimNumber) {
    public static final String MEMBER_ENDED = "MEMBER_ENDED";
    public static final String NOT_MEMBER = "NOT_MEMBER";

    public boolean member() {
        return membershipNumber != null;
    }
}
