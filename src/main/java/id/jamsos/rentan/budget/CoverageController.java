package id.jamsos.rentan.budget;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.identity.CurrentOfficial;
import id.jamsos.rentan.identity.RegionAccessPolicy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

@RestController
@RequestMapping("/api/coverage")
public class CoverageController {
    private final CoverageService coverage;
    private final RegionAccessPolicy policy;
    private final Clock clock;

    /** @param clock the application's WIB clock ({@code config.ClockConfig}): its year is the coverage year */
    public CoverageController(CoverageService coverage, RegionAccessPolicy policy, Clock clock) {
        this.clock = clock;
        this.coverage = coverage;
        this.policy = policy;
    }

    /** Population: the latest figure recorded by a budget evaluation up to next year. */
    @GetMapping("/{regencyCode}")
    public CoverageService.Coverage get(@PathVariable String regencyCode) {
        if (!regencyCode.matches("\\d{4}")) {
            throw ValidationException.of("regencyCode", "kode kabupaten wajib 4 digit");
        }
        policy.requireRegency(CurrentOfficial.get(), regencyCode);
        return coverage.of(regencyCode, LocalDate.now(clock.withZone(Formats.WIB)).getYear());
    }
}
