package id.jamsos.rentan.claim;

import java.time.OffsetDateTime;

public record Payment(long id, String claimNumber, Long benefitId, Long beasiswaId, long amount, String payeeName,
                      String bankName, String bankAccount, String status, String transferRef, OffsetDateTime paidAt) {
}
