package id.jamsos.rentan.citizen;

import java.time.LocalDate;
import java.util.List;

/**
 * The civil registry (Dukcapil) as a source of deaths: {@code jamsos.citizen.civil-registry.mode} {@code simulated}
 * (in-app, default) or {@code http} ({@link HttpCivilRegistry}). A failure throws; the feed retries on its next run.
 */
public interface CivilRegistry {
    /**
     * A death recorded by the civil registry.
     *
     * @param dateOfDeath WIB date
     * @param recordedOn  the day the registry recorded it (the feed asks by this day)
     */
    record Death(String nik, LocalDate dateOfDeath, String place, String deathCertificateNumber, LocalDate recordedOn) {
    }

    /** Deaths recorded on or after the day, oldest first. */
    List<Death> deathsRecordedSince(LocalDate day);
}
