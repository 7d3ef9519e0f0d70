package id.jamsos.rentan.pks;

import id.jamsos.rentan.common.NotFoundException;
import id.jamsos.rentan.identity.CurrentOfficial;
import id.jamsos.rentan.identity.RegionAccessPolicy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
@RequestMapping("/api/agreements")
public class AgreementController {
    private final AgreementRepository agreements;
    private final RegionAccessPolicy policy;

    public AgreementController(AgreementRepository agreements, RegionAccessPolicy policy) {
        this.agreements = agreements;
        this.policy = policy;
    }

    public record AgreementView(String pksNumber, String regencyCode, int fiscalYear, PksStatus status, int quota,
                                int enrolled, long budget, long premiumPerMonth, LocalDate startDate,
                                LocalDate endDate) {
    }

    @GetMapping("/{pksNumber}")
    public AgreementView get(@PathVariable String pksNumber) {
        Agreement a = agreements.find(pksNumber)
                .orElseThrow(() -> new NotFoundException("PKS " + pksNumber + " tidak ditemukan"));
        policy.requireRegency(CurrentOfficial.get(), a.regencyCode());
        return new AgreementView(a.pksNumber(), a.regencyCode(), a.fiscalYear(), a.status(), a.quota(),
                agreements.enrolledCount(a.pksNumber()), a.budget(), a.premiumPerMonth(), a.startDate(), a.endDate());
    }
}
