package id.jamsos.rentan.pks;

import id.jamsos.rentan.common.NotFoundException;
import id.jamsos.rentan.identity.CurrentOfficial;
import id.jamsos.rentan.identity.RegionAccessPolicy;
import id.jamsos.rentan.identity.Official;
import id.jamsos.rentan.identity.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

@RestController
@RequestMapping("/api/agreements")
public class AgreementController {
    private final AgreementRepository agreements;
    private final RegionAccessPolicy policy;
    private final PksService service;
    private final PksProcess process;
    private final id.jamsos.rentan.region.RegionRepository regions;

    public AgreementController(AgreementRepository agreements, RegionAccessPolicy policy, PksService service,
                               PksProcess process, id.jamsos.rentan.region.RegionRepository regions) {
        this.agreements = agreements;
        this.policy = policy;
        this.service = service;
        this.process = process;
        this.regions = regions;
    }

    public record CreateRequest(String regencyCode, Integer fiscalYear, Integer quota, Long budget, LocalDate startDate,
                                LocalDate endDate, String gapReason) {
    }

    /** Dinsos of the regency (or an admin) drafts a PKS; every rule is checked before anything is written. */
    @PostMapping
    @Transactional
    public ResponseEntity<Map<String, String>> create(@RequestBody CreateRequest req) {
        Official me = CurrentOfficial.get();
        if (req.regencyCode() != null && req.regencyCode().matches("\\d{4}")) {
            policy.requireRole(me, Role.DINSOS, req.regencyCode());
        }
        Agreement a = service.create(new PksRules.Draft(req.regencyCode(), req.fiscalYear(), req.quota(), req.budget(),
                req.startDate(), req.endDate(), req.gapReason()));
        process.start(a);
        return ResponseEntity.created(URI.create("/api/agreements/" + a.pksNumber())).body(Map.of("pksNumber", a.pksNumber()));
    }

    public record AgreementView(String pksNumber, String regencyCode, int fiscalYear, PksStatus status, int quota,
                                int enrolled, long budget, long premiumPerMonth, LocalDate startDate,
                                LocalDate endDate, String gapReason) {
    }

    /** One-page summary for signing (Kepala Dinas Sosial and Kepala Kantor Cabang). */
    @GetMapping(value = "/{pksNumber}/summary.pdf", produces = "application/pdf")
    public ResponseEntity<byte[]> summaryPdf(@PathVariable String pksNumber) {
        Agreement a = agreements.find(pksNumber)
                .orElseThrow(() -> new NotFoundException("PKS " + pksNumber + " tidak ditemukan"));
        policy.requireRegency(CurrentOfficial.get(), a.regencyCode());
        String regency = regions.find(a.regencyCode()).map(r -> r.name()).orElse(a.regencyCode());
        byte[] pdf = AgreementSummaryPdf.render(AgreementSummaryPdf.lines(a, regency, agreements.enrolledCount(pksNumber)));
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"" + pksNumber + ".pdf\"").body(pdf);
    }

    @GetMapping("/{pksNumber}")
    public AgreementView get(@PathVariable String pksNumber) {
        Agreement a = agreements.find(pksNumber)
                .orElseThrow(() -> new NotFoundException("PKS " + pksNumber + " tidak ditemukan"));
        policy.requireRegency(CurrentOfficial.get(), a.regencyCode());
        return new AgreementView(a.pksNumber(), a.regencyCode(), a.fiscalYear(), a.status(), a.quota(),
                agreements.enrolledCount(a.pksNumber()), a.budget(), a.premiumPerMonth(), a.startDate(), a.endDate(),
                a.gapReason());
    }
}
