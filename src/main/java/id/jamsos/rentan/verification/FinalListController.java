package id.jamsos.rentan.verification;

import id.jamsos.rentan.web.QueryParams;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.common.excel.XlsxDownload;
import id.jamsos.rentan.identity.CurrentOfficial;
import id.jamsos.rentan.identity.RegionAccessPolicy;
import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.AgreementRepository;
import id.jamsos.rentan.region.Region;
import id.jamsos.rentan.region.RegionRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The final candidate list of a regency as the SK Bupati annex (Excel): APPROVED and ENROLLED candidates, or
 * with {@code draft=true} those AWAITING_FINAL, so Dinsos can show the Bupati's office the list it is about
 * to decide. Regency-level officials of the regency only (the file holds full NIKs, see FinalListWorkbook).
 */
@RestController
public class FinalListController {
    static final List<CandidateStatus> FINAL = List.of(CandidateStatus.APPROVED, CandidateStatus.ENROLLED);
    static final List<CandidateStatus> DRAFT = List.of(CandidateStatus.AWAITING_FINAL);

    private final CandidateRepository candidates;
    private final RegionRepository regions;
    private final AgreementRepository agreements;
    private final VerificationService verification;
    private final RegionAccessPolicy policy;
    private final Clock clock;

    /** @param clock the application's WIB clock ({@code config.ClockConfig}): the day in the file name */
    public FinalListController(CandidateRepository candidates, RegionRepository regions, AgreementRepository agreements,
                               VerificationService verification, RegionAccessPolicy policy, Clock clock) {
        this.clock = clock;
        this.candidates = candidates;
        this.regions = regions;
        this.agreements = agreements;
        this.verification = verification;
        this.policy = policy;
    }

    @GetMapping("/api/candidates/final-list.xlsx")
    public ResponseEntity<byte[]> finalList(@RequestParam(required = false) String regencyCode,
                                            @RequestParam(required = false) String batchId,
                                            @RequestParam(required = false) String draft) {
        Region regency = QueryParams.regency(regencyCode, regions);
        Long batch = QueryParams.id("batchId", batchId);
        boolean isDraft = QueryParams.flag("draft", draft);
        // requireCovers, not requireRegency: a Lurah or Camat of the regency does not get the regency's full NIKs.
        policy.requireCovers(CurrentOfficial.get(), regency.code());
        if (batch != null && candidates.findBatch(batch).filter(b -> b.regencyCode().equals(regency.code())).isEmpty()) {
            // Same answer for an unknown batch and another regency's: ids of other regencies are not revealed.
            throw ValidationException.of("batchId", "kiriman " + batch + " tidak ada di " + regency.name());
        }

        List<CandidateRepository.Candidate> found = candidates.ofRegency(regency.code(), batch, isDraft ? DRAFT : FINAL);
        Map<String, Region> names = regions.within(regency.code()).stream()
                .collect(Collectors.toMap(Region::code, Function.identity()));
        List<FinalListWorkbook.Line> lines = new ArrayList<>(found.size());
        for (CandidateRepository.Candidate c : found) {
            lines.add(new FinalListWorkbook.Line(lines.size() + 1, c, names.get(c.villageCode()), names.get(c.kecamatanCode())));
        }
        FinalListWorkbook.Heading heading = new FinalListWorkbook.Heading(regency.name(),
                agreementsOf(regency.code(), found, isDraft, batch), isDraft, batch);
        String base = "lampiran-sk-peserta-" + regency.code() + (batch == null ? "" : "-kiriman-" + batch)
                + (isDraft ? "-draf" : "");
        return XlsxDownload.attachment(FinalListWorkbook.write(heading, lines), XlsxDownload.filename(base, LocalDate.now(clock.withZone(Formats.WIB))));
    }

    /**
     * The PKS the listed workers are paid under: their own, or for a draft (no PKS assigned yet) the regency's
     * ACTIVE PKS today, which is the one Dinsos's decision assigns (VerificationService.decide).
     */
    private List<Agreement> agreementsOf(String regencyCode, List<CandidateRepository.Candidate> found, boolean draft,
                                         Long batchId) {
        List<Agreement> own = found.stream().map(CandidateRepository.Candidate::pksNumber).filter(Objects::nonNull)
                .distinct().sorted().map(agreements::find).flatMap(Optional::stream).toList();
        if (!own.isEmpty() || !draft) {
            return own;
        }
        // Issue 16: a batch proposed for another payer's program is finalised within that program's PKS.
        return (batchId == null ? verification.activePks(regencyCode) : verification.activePks(batchId, regencyCode))
                .stream().toList();
    }
}
