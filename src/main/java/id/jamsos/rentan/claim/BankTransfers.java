package id.jamsos.rentan.claim;

/**
 * The bank that pays a benefit into the payee's account. Implementations: {@link HttpBankTransfers} (real HTTP
 * client, {@code jamsos.claim.bank.mode=http}) and {@link SimulatedBankTransfers} (in-app, the default).
 * The idempotency key identifies the benefit: the same key never moves money twice.
 */
public interface BankTransfers {
    record TransferRequest(String idempotencyKey, String bankName, String bankAccount, String payeeName, long amount,
                           String description) {
    }

    /** @return the bank's transfer reference; throws {@link BankTransferException} when the transfer failed */
    String transfer(TransferRequest request);

    class BankTransferException extends RuntimeException {
        public BankTransferException(String message) {
            super(message);
        }

        public BankTransferException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
