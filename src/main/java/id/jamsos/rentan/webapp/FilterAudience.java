package id.jamsos.rentan.webapp;

import id.jamsos.rentan.claim.ClaimSetup;
import id.jamsos.rentan.identity.CurrentOfficial;
import id.jamsos.rentan.identity.Official;
import id.jamsos.rentan.identity.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which shared Tasklist filters concern which officials. Every official may read every filter (a filter only
 * shows tasks the official may see anyway), but a Lurah should not face "Anggaran, PKS &amp; Iuran" or the supervisors'
 * filter: Tasklist (jamsos/officials.js) hides the filters this endpoint names for the caller.
 *
 * <p>{@code GET /api/tasklist/hidden-filters}: the names of the filters not meant for the caller (none for an
 * administrator). Filters not listed in {@link #AUDIENCE} ("Tugas Saya", "Tugas Kelompok", "Lewat Tenggat") are
 * everybody's.
 */
@RestController
public class FilterAudience {
    /** Filter name → the roles it is for. */
    static final Map<String, Set<Role>> AUDIENCE = new LinkedHashMap<>();

    static {
        AUDIENCE.put(SupervisionFilters.FILTER_ALL_OVERDUE, EnumSet.of(Role.SUPERVISOR));
        AUDIENCE.put(PksTasklistFilters.FILTER_NAME, EnumSet.of(Role.DINSOS, Role.KADINSOS, Role.HUKUM, Role.TAPD,
                Role.SEKDA, Role.BPJS, Role.KACAB));
        AUDIENCE.put(ClaimSetup.FILTER_OVERDUE_CLAIMS, EnumSet.of(Role.BPJS, Role.KACAB));
    }

    public record Hidden(List<String> names) {
    }

    @GetMapping("/api/tasklist/hidden-filters")
    public Hidden hiddenFilters() {
        return new Hidden(hiddenFor(CurrentOfficial.get()));
    }

    static List<String> hiddenFor(Official official) {
        if (official.admin()) {
            return List.of();
        }
        return AUDIENCE.entrySet().stream()
                .filter(e -> official.grants().stream().noneMatch(g -> e.getValue().contains(g.role())))
                .map(Map.Entry::getKey).toList();
    }
}
