package id.jamsos.rentan.claim;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * In-app bank for demo and tests (default): deterministic references, idempotent per key like a real bank
 * API, and it can be told to fail the next transfers so retries and incidents can be shown.
 */
@Component
@ConditionalOnProperty(name = "jamsos.claim.bank.mode", havingValue = "simulated", matchIfMissing = true)
public class SimulatedBankTransfers implements BankTransfers {
    private final Map<String, String> done = new ConcurrentHashMap<>();
    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicInteger transfers = new AtomicInteger();

    @Override
    public String transfer(TransferRequest r) {
        if (failNext.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            throw new BankTransferException("Simulator bank: transfer " + r.idempotencyKey() + " gagal (disengaja)");
        }
        return done.computeIfAbsent(r.idempotencyKey(), k -> "SIM-" + String.format("%08d", transfers.incrementAndGet()));
    }

    /** The next {@code n} transfers fail (tests, demo of retries and incidents). */
    public void failNext(int n) {
        failNext.set(n);
    }

    /** How many distinct transfers actually moved money. */
    public int transferCount() {
        return done.size();
    }
}
