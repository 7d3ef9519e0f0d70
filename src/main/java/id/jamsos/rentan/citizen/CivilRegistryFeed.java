package id.jamsos.rentan.citizen;

import id.jamsos.rentan.common.ConflictException;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.identity.Official;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Reports the civil registry's deaths as death reports (source CIVIL_REGISTRY) on a cron
 * ({@code jamsos.citizen.civil-registry.cron}, daily 02:00 WIB by default), looking back
 * {@code jamsos.citizen.civil-registry.lookback-days}. A death reported before (by the village or an earlier run) is
 * skipped (the service's 409); a record the rules refuse is logged and skipped; a registry failure is logged and the
 * next run asks again.
 */
@Component
public class CivilRegistryFeed {
    private static final Logger log = LoggerFactory.getLogger(CivilRegistryFeed.class);
    static final Official DUKCAPIL = Official.of("dukcapil", List.of());

    private final CivilRegistry registry;
    private final DeathReportService reports;
    private final int lookbackDays;
    private final Clock clock;

    /**
     * The feed asking {@code jamsos.citizen.civil-registry.lookback-days} back.
     *
     * @param clock the application's WIB clock ({@code config.ClockConfig}): the day the look-back counts from
     */
    @Autowired
    public CivilRegistryFeed(CivilRegistry registry, DeathReportService reports, CitizenSettings settings, Clock clock) {
        this(registry, reports, settings.civilRegistry().lookbackDays(), clock);
    }

    /** A feed asking {@code lookbackDays} days back from today by {@code clock} (tests). */
    public CivilRegistryFeed(CivilRegistry registry, DeathReportService reports, int lookbackDays, Clock clock) {
        this.registry = registry;
        this.reports = reports;
        this.lookbackDays = lookbackDays;
        this.clock = clock;
    }

    @Scheduled(cron = "${jamsos.citizen.civil-registry.cron}", zone = "Asia/Jakarta")
    public void scheduled() {
        try {
            pollRecent();
        } catch (RuntimeException e) {
            log.error("Umpan kematian Dukcapil gagal; dicoba lagi pada jadwal berikutnya", e);
        }
    }

    /**
     * One scheduled run: the deaths recorded since today (WIB, by the application clock) less the look-back days.
     *
     * @return how many new reports were made
     */
    public int pollRecent() {
        return poll(LocalDate.now(clock.withZone(Formats.WIB)).minusDays(lookbackDays));
    }

    /** Reports every death recorded since the day not reported yet; returns how many new reports were made. */
    public int poll(LocalDate since) {
        int made = 0;
        for (CivilRegistry.Death d : registry.deathsRecordedSince(since)) {
            DeathReportRequest req = new DeathReportRequest(d.nik(), null, d.dateOfDeath().toString(),
                    d.place() == null || d.place().isBlank() ? "Tidak disebutkan (Dukcapil)" : d.place(),
                    "Dukcapil", d.deathCertificateNumber());
            try {
                reports.report(req, DUKCAPIL, DeathReportService.SOURCE_CIVIL_REGISTRY);
                made++;
            } catch (ConflictException e) {
                log.debug("Kematian {} sudah dilaporkan", Formats.maskNik(d.nik()));
            } catch (ValidationException e) {
                log.warn("Data Dukcapil untuk {} ditolak: {}", Formats.maskNik(d.nik()), e.getMessage());
            }
        }
        return made;
    }
}
