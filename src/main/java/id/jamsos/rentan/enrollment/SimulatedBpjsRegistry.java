package id.jamsos.rentan.enrollment;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * In-app BPJS simulator (default; demo and tests). Deterministic: a NIK BPJS already knows keeps its
 * number; a new NIK gets "8" + 10 digits from the SHA-256 of the NIK, probing upwards only if that number
 * already belongs to another person (or to another worker of the same chunk). Numbers starting with 8 never clash
 * with the demo seed's. A chunk costs two queries (known NIKs, taken numbers), plus one per probe beyond them.
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
        return registerAll(List.of(r)).get(r.idempotencyKey());
    }

    @Override
    public Map<String, String> registerAll(List<Registration> registrations) {
        if (unavailable.get()) {
            throw new IllegalStateException("BPJS Ketenagakerjaan tidak dapat dihubungi (simulator: gangguan)");
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (registrations.isEmpty()) {
            return out;
        }
        Map<String, String> known = new HashMap<>();
        jdbc.query("select nik, membership_number from member where nik in (" + marks(registrations.size()) + ")",
                rs -> {
                    known.put(rs.getString(1), rs.getString(2));
                }, registrations.stream().map(Registration::nik).toArray());
        List<String> hashed = registrations.stream().filter(r -> !known.containsKey(r.nik()))
                .map(r -> numberFor(r.nik())).collect(java.util.stream.Collectors.toCollection(HashSet::new))
                .stream().toList();
        Set<String> asked = new HashSet<>(hashed);
        Set<String> taken = new HashSet<>(taken(hashed));
        Set<String> given = new HashSet<>();
        for (Registration r : registrations) {
            String number = known.get(r.nik());
            if (number == null) {
                number = out.get(r.idempotencyKey());
            }
            if (number == null) {
                long n = Long.parseLong(numberFor(r.nik()));
                while (given.contains(String.valueOf(n)) || taken.contains(String.valueOf(n))
                        || (!asked.contains(String.valueOf(n)) && !taken(List.of(String.valueOf(n))).isEmpty())) {
                    n = n == 89_999_999_999L ? 80_000_000_000L : n + 1;
                }
                number = String.valueOf(n);
                given.add(number);
                known.put(r.nik(), number);
            }
            out.put(r.idempotencyKey(), number);
        }
        return out;
    }

    private List<String> taken(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("select membership_number from member where membership_number in ("
                + marks(numbers.size()) + ")", String.class, numbers.toArray());
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
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
