package id.jamsos.rentan.verification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/** The national social-welfare registry (DTKS, now DTSEN): is the worker's household registered as poor. */
public interface DtksRegistry {

    /** The registry's answer for one NIK, with the snapshot it comes from (recorded on the candidate). */
    record Answer(boolean registered, Integer desil, LocalDate snapshotDate, String text) {
    }

    /** Looks up many NIKs at once (screening is set-based); every NIK asked is in the answer. */
    Map<String, Answer> lookup(Collection<String> niks);
}
