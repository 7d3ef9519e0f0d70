package id.jamsos.rentan.citizen;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** In-app civil registry (mode simulated, the default): holds the deaths given to {@link #record}. */
@Component
@ConditionalOnProperty(name = "jamsos.citizen.civil-registry.mode", havingValue = "simulated", matchIfMissing = true)
public class SimulatedCivilRegistry implements CivilRegistry {
    private final List<Death> deaths = new CopyOnWriteArrayList<>();

    /** Adds a death as the registry would record it (demo, tests). */
    public void record(Death death) {
        deaths.add(death);
    }

    @Override
    public List<Death> deathsRecordedSince(LocalDate day) {
        return deaths.stream().filter(d -> !d.recordedOn().isBefore(day))
                .sorted(Comparator.comparing(Death::recordedOn)).toList();
    }
}
