package id.jamsos.rentan.claim;

/** One benefit for one payee; status PAYABLE, PAID or NOT_PAID (stays in the fund, recorded with the reason). */
public record Benefit(long id, String claimNumber, String kind, long amount, Long heirId, String payeeName,
                      String bankName, String bankAccount, String status, String note) {
}
