package id.jamsos.rentan.enrollment;

import java.time.LocalDate;

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
}
