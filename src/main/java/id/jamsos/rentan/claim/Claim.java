package id.jamsos.rentan.claim;

import java.time.LocalDate;
import java.time.OffsetDateTime;

public record Claim(String claimNumber, String regencyCode, String membershipNumber, ClaimType type,
                    LocalDate eventDate, String deathCertificateNumber, Long declaredMonthlyIncome, ClaimStatus status,
                    Boolean eligible, String eligibilityReason, Integer heirGroup, FuneralPayee funeralPayee,
                    String documentsNote, String decisionNote, Long totalPayable, OffsetDateTime completeAt,
                    LocalDate payoutDue, OffsetDateTime paidAt, String createdBy) {

    /** Whoever buried the member: receives the funeral benefit when there is no heir and no will. */
    public record FuneralPayee(String name, String nik, String bankName, String bankAccount, String email) {
    }
}
