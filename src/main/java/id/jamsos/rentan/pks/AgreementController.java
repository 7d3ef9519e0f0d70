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

    /**
     * The body of {@code POST /api/agreements}.
     *
     * @param payer       {@code DINSOS_APBD} (default) | {@code OPD_APBD} | {@code DESA_APBDES} | {@code PROVINSI_APBD}
     * @param payerName   the paying office for {@code OPD_APBD}, e.g. "Kesbangpol"
     * @param villageCode the paying village (10 digits) for {@code DESA_APBDES}
     */
    public record CreateRequest(String regencyCode, Integer fiscalYear, Integer quota, Long budget, LocalDate startDate,
                                LocalDate endDate, String gapReason, String payer, String payerName, String villageCode) {
    }

    /**
     * Dinsos of the regency (or an admin) drafts a PKS for a payer; every rule is checked before anything is written.
     * Answers 201 {@code {"pksNumber"}}: {@code PKS-<regency>-<fiscalYear>} for Dinsos, with {@code -<payer>} (and
     * {@code -<villageCode>}) for another payer; 400 naming the field, 409 when the program has that year's PKS or
     * an overlapping one.
     */
    @PostMapping
    @Transactional
    public ResponseEntity<Map<String, String>> create(@RequestBody CreateRequest req) {
        Official me = CurrentOfficial.get();
        if (req.regencyCode() != null && req.regencyCode().matches("\\d{4}")) {
            policy.requireRole(me, Role.DINSOS, req.regencyCode());
        }
        Agreement a = service.create(new PksRules.Draft(req.regencyCode(), req.fiscalYear(), req.quota(), req.budget(),
                req.startDate(), req.endDate(), req.gapReason(), req.payer(), req.payerName(), req.villageCode()));
        process.start(a);
        return ResponseEntity.created(URI.create("/api/agreements/" + a.pksNumber())).body(Map.of("pksNumber", a.pksNumber()));
    }

    /** One PKS as {@code GET /api/agreements/{pksNumber}} and the list answer it; money in whole rupiah. */
    public record AgreementView(String pksNumber, String regencyCode, int fiscalYear, PksStatus status, int quota,
                                int enrolled, long budget, long premiumPerMonth, LocalDate startDate,
                                LocalDate endDate, String gapReason, String payer, String payerName, String villageCode,
                                String segment, boolean renews) {
        static AgreementView of(Agreement a, int enrolled) {
            return new AgreementView(a.pksNumber(), a.regencyCode(), a.fiscalYear(), a.status(), a.quota(), enrolled,
                    a.budget(), a.premiumPerMonth(), a.startDate(), a.endDate(), a.gapReason(), a.payer(),
                    a.payerName(), a.villageCode(), a.segment(), a.renews());
        }
    }

    /**
     * {@code GET /api/agreements?regencyCode=&fiscalYear=}: every program's PKS of the regency (issue 16), of one
     * fiscal year when given; any official of the regency. 400 naming {@code regencyCode} / {@code fiscalYear}.
     */
    @GetMapping
    public java.util.List<AgreementView> list(@org.springframework.web.bind.annotation.RequestParam(required = false) String regencyCode,
                                              @org.springframework.web.bind.annotation.RequestParam(required = false) String fiscalYear) {
        String regency = id.jamsos.rentan.web.QueryParams.regency(regencyCode, regions).code();
        Integer year = id.jamsos.rentan.web.QueryParams.year("fiscalYear", fiscalYear);
        policy.requireRegency(CurrentOfficial.get(), regency);
        return service.list(regency, year).stream().map(a -> AgreementView.of(a, agreements.enrolledCount(a.pksNumber())))
                .toList();
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
        return AgreementView.of(a, agreements.enrolledCount(a.pksNumber()));
    }
}
