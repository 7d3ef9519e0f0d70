package id.jamsos.rentan.identity;

import id.jamsos.rentan.region.Region;
import id.jamsos.rentan.region.RegionRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;

/**
 * Who is calling and in which regions: start forms use it to offer (and preselect) the official's own
 * regency, so nobody picks a regency from a list of all of them.
 */
@RestController
public class MeController {
    private final RegionRepository regions;

    public MeController(RegionRepository regions) {
        this.regions = regions;
    }

    public record GrantView(String role, String title, String regionCode, String regionName, String regencyCode,
                            String regencyName) {
    }

    public record MeView(String userId, boolean admin, List<GrantView> grants) {
    }

    @GetMapping("/api/me")
    public MeView me() {
        Official me = CurrentOfficial.get();
        List<GrantView> grants = me.grants().stream()
                .map(g -> new GrantView(g.role().id(), g.role().title(), g.regionCode(), name(g.regionCode()),
                        g.regencyCode(), name(g.regencyCode())))
                .sorted(Comparator.comparing(GrantView::role).thenComparing(GrantView::regionCode))
                .toList();
        return new MeView(me.userId(), me.admin(), grants);
    }

    private String name(String code) {
        return regions.find(code).map(Region::label).orElse(code);
    }
}
