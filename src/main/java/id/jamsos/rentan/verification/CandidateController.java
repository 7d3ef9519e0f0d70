package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.NotFoundException;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.identity.CurrentOfficial;
import id.jamsos.rentan.identity.Official;
import id.jamsos.rentan.identity.RegionAccessPolicy;
import id.jamsos.rentan.web.QueryParams;
import id.jamsos.rentan.identity.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@RestController
public class CandidateController {
    private final CandidateIntakeService intake;
    private final CandidateRepository repo;
    private final RegionAccessPolicy policy;

    private static final Map<String, String> STAGES = Map.of("VILLAGE", "Lurah/Kepala Desa", "KECAMATAN", "Camat",
            "FINAL", "Dinas Sosial", "ENROLLMENT", "BPJS Ketenagakerjaan");
    private static final Map<String, String> DECISIONS = Map.of("APPROVED", "menyetujui", "REJECTED", "menolak",
            "DEFERRED", "menunda", "ENROLLED", "mendaftarkan");

    public CandidateController(CandidateIntakeService intake, CandidateRepository repo, RegionAccessPolicy policy) {
        this.intake = intake;
        this.repo = repo;
        this.policy = policy;
    }

    public record CandidateInput(String nik, String name, String birthDate, String sex, String villageCode,
                                 String category, String address, String phone, String email, String dtksId) {
    }

    /** @param pksNumber optional (issue 16): the program's PKS the candidates are proposed for; default the Dinsos PKS */
    public record SubmitRequest(String regencyCode, List<CandidateInput> candidates, String pksNumber) {
    }

    public record BatchView(long batchId, String status, int total, int processed, int accepted, int rejected,
                            List<Long> candidateIds, List<FieldError> errors) {
    }

    public record CandidateView(long id, String nikMasked, String name, String villageCode, CandidateStatus status,
                                List<String> reasons) {
    }

    @PostMapping(path = "/api/candidates", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Map<String, Long> submit(@RequestBody SubmitRequest req) {
        Official me = CurrentOfficial.get();
        intake.checkRegency(req.regencyCode());
        policy.requireRole(me, Role.DINSOS, req.regencyCode());
        List<CandidateRow> rows = new ArrayList<>();
        if (req.candidates() != null) {
            for (CandidateInput c : req.candidates()) {
                if (c == null) {
                    throw ValidationException.of("candidates", "Baris " + (rows.size() + 1) + " kosong");
                }
                rows.add(new CandidateRow(rows.size() + 1, c.nik(), c.name(), c.birthDate(), c.sex(), c.villageCode(),
                        c.category(), c.address(), c.phone(), c.email(), c.dtksId()));
            }
        }
        return Map.of("batchId", intake.submit(req.regencyCode(), req.pksNumber(), "JSON", rows, me.userId()));
    }

    @PostMapping(path = "/api/candidates/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Map<String, Long> importFile(@RequestParam("file") MultipartFile file, @RequestParam String regencyCode,
                                        @RequestParam(required = false) String pksNumber)
            throws IOException {
        Official me = CurrentOfficial.get();
        intake.checkRegency(regencyCode);
        policy.requireRole(me, Role.DINSOS, regencyCode);
        if (file.isEmpty()) {
            throw ValidationException.of("file", "Berkas kosong");
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        List<CandidateRow> rows = CandidateFileParser.parse(name, file.getInputStream());
        return Map.of("batchId", intake.submit(regencyCode, pksNumber, name.toLowerCase().endsWith(".xlsx") ? "XLSX" : "CSV",
                rows, me.userId()));
    }

    @GetMapping("/api/batches/{batchId}")
    public BatchView batch(@PathVariable long batchId) {
        CandidateRepository.Batch b = repo.findBatch(batchId)
                .orElseThrow(() -> new NotFoundException("Kiriman " + batchId + " tidak ditemukan"));
        Official me = CurrentOfficial.get();
        policy.requireRegency(me, b.regencyCode());
        if (policy.covers(me, b.regencyCode())) {
            return new BatchView(b.id(), b.status(), b.total(), b.processed(), b.accepted(), b.rejected(),
                    repo.acceptedIds(batchId), repo.errors(batchId));
        }
        // A Lurah or Camat: the rule of the candidate lists, only the candidates of their own villages; the refused
        // rows (with NIKs of any village) are for Dinsos.
        List<Long> own = repo.acceptedIdsByVillage(batchId).entrySet().stream()
                .filter(e -> policy.covers(me, e.getValue())).map(Map.Entry::getKey).toList();
        return new BatchView(b.id(), b.status(), b.total(), b.processed(), b.accepted(), b.rejected(), own, List.of());
    }

    /**
     * Candidates with a NIK ({@code nik}: the full 16 digits), newest first, with the same masked view as
     * {@code /api/candidates/{id}}: only those in the caller's region (others are left out, not refused).
     */
    @GetMapping("/api/candidates")
    public List<CandidateView> byNik(@RequestParam(required = false) String nik) {
        String wanted = QueryParams.nik(nik);
        var me = CurrentOfficial.get();
        return repo.byNik(wanted).stream().filter(c -> policy.covers(me, c.villageCode())).map(this::view).toList();
    }

    @GetMapping("/api/candidates/{id}")
    public CandidateView candidate(@PathVariable long id) {
        CandidateRepository.Candidate c = repo.find(id)
                .orElseThrow(() -> new NotFoundException("Calon peserta " + id + " tidak ditemukan"));
        policy.requireCovers(CurrentOfficial.get(), c.villageCode());
        return view(c);
    }

    private CandidateView view(CandidateRepository.Candidate c) {
        long id = c.id();
        List<String> reasons = new ArrayList<>();
        if (c.warnings() != null) {
            reasons.add("Peringatan: " + c.warnings());
        }
        if (c.dtksAnswer() != null) {
            reasons.add("DTKS/DTSEN: " + c.dtksAnswer() + " (data " + Formats.date(c.dtksSnapshot()) + ")");
        }
        for (CandidateRepository.Decision d : repo.decisions(id)) {
            reasons.add(Formats.date(java.util.Date.from(d.decidedAt())) + " " + STAGES.getOrDefault(d.stage(), d.stage())
                    + " (" + d.decidedBy() + ") " + DECISIONS.getOrDefault(d.decision(), d.decision())
                    + (d.reason() == null ? "" : ": " + d.reason()));
        }
        if (c.statusReason() != null && (c.status() == CandidateStatus.SCREENING_REJECTED)) {
            reasons.add(c.statusReason());
        }
        return new CandidateView(c.id(), Formats.maskNik(c.nik()), c.name(), c.villageCode(), c.status(), reasons);
    }
}
