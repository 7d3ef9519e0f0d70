package id.jamsos.rentan.enrollment;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * In-app BPJS simulator (default; demo and tests). Deterministic: a NIK BPJS already knows keeps its
 * number; a new NIK gets "8" + 10 digits from the SHA-256 of the NIK, probing upwards only if that number
 * already belongs to another person. Numbers starting with 8 never clash with the demo seed's.
 */
@Component
@ConditionalOnProperty(name = "jamsos.enrollment.bpjs.mode", havingValue = "simulator", matchIfMissing = true)
public class SimulatedBpjsRegistry implements BpjsRegistry {
    private final JdbcTemplate jdbc;
    private final AtomicBoolean unavailable = new AtomicBoolean();

    public SimulatedBpjsRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String register(Registration r) {
        if (unavailable.get()) {
            throw new IllegalStateException("BPJS Ketenagakerjaan tidak dapat dihubungi (simulator: gangguan)");
        }
        List<String> known = jdbc.queryForList("select membership_number from member where nik = ?", String.class, r.nik());
        if (!known.isEmpty()) {
            return known.get(0);
        }
        long n = Long.parseLong(numberFor(r.nik()));
        while (true) {
            String candidate = String.valueOf(n);
            Integer taken = jdbc.queryForObject("select count(*) from member where membership_number = ?", Integer.class, candidate);
            if (taken == null || taken == 0) {
                return candidate;
            }
            n = n == 89_999_999_999L ? 80_000_000_000L : n + 1;
        }
    }

    /** Simulates an outage of the BPJS core (tests, and demos of retries and incidents in Cockpit). */
    public void setUnavailable(boolean down) {
        unavailable.set(down);
    }

    /** 11 digits starting with 8, from the NIK alone. */
    static String numberFor(String nik) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(nik.getBytes(StandardCharsets.US_ASCII));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return "8" + String.format("%010d", Math.floorMod(v, 10_000_000_000L));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
