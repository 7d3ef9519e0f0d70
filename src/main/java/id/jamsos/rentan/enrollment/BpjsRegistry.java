package id.jamsos.rentan.enrollment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** BPJS Ketenagakerjaan membership registration (the branch's core system). */
public interface BpjsRegistry {

    record Registration(String nik, String name, LocalDate birthDate, String sex, String regencyCode,
                        String pksNumber, String segment, LocalDate coverageStart, LocalDate coverageEnd) {
        /** Sent with every call: BPJS answers a repeated key with the first membership number. */
        public String idempotencyKey() {
            return nik + "|" + pksNumber;
        }
    }

    /** Registers (or finds, for a NIK BPJS already knows) the worker; returns the 11-digit membership number. */
    String register(Registration r);

    /**
     * Registers a whole chunk (enrollment is set-based). By default one {@link #register} per worker, in order
     * (the branch web service takes one worker per call); the simulator answers the chunk with two queries.
     *
     * @return idempotency key (NIK|PKS) → membership number, for every registration given; any failure throws
     *         (nothing is skipped silently: the enrollment job retries and then becomes an incident)
     */
    default Map<String, String> registerAll(List<Registration> registrations) {
        Map<String, String> numbers = new LinkedHashMap<>();
        for (Registration r : registrations) {
            numbers.put(r.idempotencyKey(), register(r));
        }
        return numbers;
    }
}
