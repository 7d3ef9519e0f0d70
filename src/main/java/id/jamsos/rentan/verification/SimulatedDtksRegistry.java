package id.jamsos.rentan.verification;

import id.jamsos.rentan.identity.Nik;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * In-app DTSEN simulator (default; demo and tests), deterministic from the NIK's serial so tests and demos
 * can choose outcomes: serial ending in 9 → not registered; ending in 8 → desil 7 (not poor enough);
 * otherwise registered in desil 1–5 (serial modulo 5, plus 1).
 */
@Component
@ConditionalOnProperty(name = "jamsos.verification.dtks.mode", havingValue = "simulator", matchIfMissing = true)
public class SimulatedDtksRegistry implements DtksRegistry {
    private final LocalDate snapshot;
    private final java.util.concurrent.atomic.AtomicBoolean unavailable = new java.util.concurrent.atomic.AtomicBoolean();

    /** The simulator answering as of {@code jamsos.verification.dtks.simulator-snapshot-date}. */
    @Autowired
    public SimulatedDtksRegistry(VerificationSettings settings) {
        this(settings.dtks().simulatorSnapshotDate());
    }

    /** A simulator answering as of {@code snapshot} (tests). */
    public SimulatedDtksRegistry(LocalDate snapshot) {
        this.snapshot = snapshot;
    }

    @Override
    public Map<String, Answer> lookup(Collection<String> niks) {
        if (unavailable.get()) {
            throw new IllegalStateException("DTSEN tidak dapat dihubungi (simulator: gangguan)");
        }
        Map<String, Answer> out = new LinkedHashMap<>();
        for (String nik : niks) {
            int serial = Nik.of(nik).serial();
            if (serial % 10 == 9) {
                out.put(nik, new Answer(false, null, snapshot, "Tidak terdaftar di DTSEN (simulator)"));
            } else {
                int desil = serial % 10 == 8 ? 7 : 1 + serial % 5;
                out.put(nik, new Answer(true, desil, snapshot, "Terdaftar di DTSEN desil " + desil + " (simulator)"));
            }
        }
        return out;
    }

    /** Simulates an outage of the DTSEN service (tests, and demos of retries and incidents in Cockpit). */
    public void setUnavailable(boolean down) {
        unavailable.set(down);
    }
}
