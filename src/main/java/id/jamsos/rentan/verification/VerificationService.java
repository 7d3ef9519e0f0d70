package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.AgreementRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The officials' decisions on a list: who approves, rejects (with a reason each) or, at Dinsos, defers
 * candidates beyond the PKS quota. Validates everything first and changes nothing on bad input.
 */
@Service
public class VerificationService {

    public enum Stage {
        VILLAGE(CandidateStatus.AWAITING_VILLAGE, CandidateStatus.AWAITING_KECAMATAN, "Lurah/Kepala Desa"),
        KECAMATAN(CandidateStatus.AWAITING_KECAMATAN, CandidateStatus.AWAITING_FINAL, "Camat"),
        FINAL(CandidateStatus.AWAITING_FINAL, CandidateStatus.APPROVED, "Dinas Sosial");

        final CandidateStatus from;
        final CandidateStatus to;
        final String official;

        Stage(CandidateStatus from, CandidateStatus to, String official) {
            this.from = from;
            this.to = to;
            this.official = official;
        }

        public CandidateStatus from() {
            return from;
        }
    }

    /** A completion as the form sends it. */
    public record Decision(Boolean approved, String note, List<Long> rejectedIds, Map<String, String> reasons,
                           List<Long> deferredIds) {
    }

    /** @param batchIds the batches of the candidates approved now (each to be enrolled) */
    public record Outcome(int approved, int rejected, int deferred, String pksNumber, List<Long> batchIds) {
        public Outcome(int approved, int rejected, int deferred, String pksNumber) {
            this(approved, rejected, deferred, pksNumber, List.of());
        }
    }

    private final CandidateRepository repo;
    private final AgreementRepository agreements;

    private final java.time.Clock clock;

    /**
     * @param clock "today" (WIB) that picks the PKS in force for the Dinsos final list ({@code ClockConfig}, pinned by
     *              integration tests and the five-year history benchmark), the same day enrollment books on
     */
    public VerificationService(CandidateRepository repo, AgreementRepository agreements, java.time.Clock clock) {
        this.repo = repo;
        this.agreements = agreements;
        this.clock = clock;
    }

    public List<CandidateRepository.Candidate> list(long batchId, Stage stage, String regionCode) {
        return repo.inStatus(batchId, stage.from, regionCode);
    }

    public int count(long batchId, CandidateStatus status, String regionCode) {
        return repo.countInStatus(batchId, status, regionCode);
    }

    public List<String> villages(long batchId, String kecamatanCode) {
        return repo.regionsInStatus(batchId, CandidateStatus.AWAITING_VILLAGE, kecamatanCode, true);
    }

    public static int age(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }

    /** The ACTIVE PKS of the regency's Dinsos program today, if any (Dinsos cannot finalise without one). */
    public java.util.Optional<Agreement> activePks(String regencyCode) {
        return agreements.activeOn(regencyCode, LocalDate.now(clock.withZone(Formats.WIB)));
    }

    /**
     * The ACTIVE PKS today of the program the batch was proposed for (issue 16): its quota is the one checked; the
     * Dinsos program's for a batch that named none.
     */
    public java.util.Optional<Agreement> activePks(long batchId, String regencyCode) {
        String named = repo.findBatch(batchId).map(CandidateRepository.Batch::pksNumber).orElse(null);
        if (named == null) {
            return activePks(regencyCode);
        }
        return agreements.find(named).flatMap(a -> agreements.activeInProgram(a, LocalDate.now(clock.withZone(Formats.WIB))));
    }

    /** Places left in the PKS: quota minus members enrolled minus approved candidates not yet registered. */
    public int remainingQuota(Agreement pks) {
        return pks.quota() - agreements.enrolledCount(pks.pksNumber()) - repo.approvedPending(pks.pksNumber());
    }

    @Transactional
    public Outcome decide(Stage stage, long batchId, String regionCode, String regencyCode, Decision d, String userId,
                          String taskId) {
        List<CandidateRepository.Candidate> list = repo.inStatus(batchId, stage.from, regionCode);
        return decideOn(list, stage, regencyCode, d, userId, taskId, () -> activePks(batchId, regencyCode),
                () -> programSuffix(batchId));
    }

    /**
     * Candidates Dinsos deferred for want of quota in the program of {@code pksNumber} (issue 16), waiting for the
     * program's next PKS: any official may read them, the deferred-candidates task decides on them.
     */
    public List<CandidateRepository.Candidate> deferred(String regencyCode, String pksNumber) {
        Agreement pks = agreements.find(pksNumber).orElse(null);
        if (pks == null || !pks.regencyCode().equals(regencyCode)) {
            return List.of();
        }
        List<String> program = agreements.byProgram(pks).stream().map(Agreement::pksNumber).toList();
        return repo.deferred(regencyCode, program, pks.isDinsos());
    }

    /**
     * Dinsos finalises the deferred candidates of a program within the quota of its PKS {@code pksNumber}, which must be
     * ACTIVE (issue 16): the same rules as the final list (reasons, quota, defer again); approved candidates are booked
     * on that PKS. Refuses with 400 naming the field and changes nothing on bad input.
     */
    @Transactional
    public Outcome decideDeferred(String regencyCode, String pksNumber, Decision d, String userId, String taskId) {
        List<CandidateRepository.Candidate> list = deferred(regencyCode, pksNumber);
        return decideOn(list, Stage.FINAL, regencyCode, d, userId, taskId,
                () -> agreements.find(pksNumber).filter(a -> a.status() == id.jamsos.rentan.pks.PksStatus.ACTIVE),
                () -> " (program " + pksNumber + ")");
    }

    private Outcome decideOn(List<CandidateRepository.Candidate> list, Stage stage, String regencyCode, Decision d,
                             String userId, String taskId, java.util.function.Supplier<java.util.Optional<Agreement>> activePks,
                             java.util.function.Supplier<String> programSuffix) {
        Map<Long, CandidateRepository.Candidate> byId = new LinkedHashMap<>();
        list.forEach(c -> byId.put(c.id(), c));
        List<FieldError> errors = new ArrayList<>();
        ListDecisionRules.Plan plan = ListDecisionRules.plan(byId, stage, d, errors);
        List<Long> approvedIds = plan.approvedIds();
        Agreement pks = null;
        if (stage == Stage.FINAL && !approvedIds.isEmpty()) {
            pks = activePks.get().orElse(null);
            if (pks == null) {
                errors.add(FieldError.of("approved", "Belum ada PKS aktif untuk kabupaten " + regencyCode
                        + programSuffix.get() + ": daftar belum dapat ditetapkan (tolak atau tunda semua calon, atau tunggu PKS aktif)"));
            } else {
                int left = remainingQuota(pks);
                if (approvedIds.size() > left) {
                    errors.add(FieldError.of("deferredCandidateIds", "Kuota " + pks.pksNumber() + " tersisa " + Math.max(left, 0)
                            + " peserta, disetujui " + approvedIds.size() + ": tandai " + (approvedIds.size() - Math.max(left, 0))
                            + " calon sebagai menunggu PKS berikutnya"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }

        Map<Long, String> rejectedReasons = plan.rejectedReasons();
        Map<Long, String> deferredReasons = plan.deferredReasons();
        String stageName = stage.name();
        if (!approvedIds.isEmpty()) {
            Map<Long, String> note = approvedIds.stream().collect(Collectors.toMap(id -> id, id -> blank(d.note()) ? "" : d.note().trim(),
                    (a, b) -> a, LinkedHashMap::new));
            repo.updateStatus(approvedIds, stage.to, null, pks == null ? null : pks.pksNumber());
            repo.insertDecisions(note, stageName, "APPROVED", userId, taskId);
        }
        if (!rejectedReasons.isEmpty()) {
            repo.updateStatusWithReasons(rejectedReasons, CandidateStatus.REJECTED);
            repo.insertDecisions(rejectedReasons, stageName, "REJECTED", userId, taskId);
        }
        if (!deferredReasons.isEmpty()) {
            repo.updateStatusWithReasons(deferredReasons, CandidateStatus.AWAITING_FINAL);
            repo.insertDecisions(deferredReasons, stageName, "DEFERRED", userId, taskId);
        }
        return new Outcome(approvedIds.size(), rejectedReasons.size(), deferredReasons.size(),
                pks == null ? null : pks.pksNumber(),
                approvedIds.stream().map(id -> byId.get(id).batchId()).distinct().sorted().toList());
    }

    private String programSuffix(long batchId) {
        return repo.findBatch(batchId).map(CandidateRepository.Batch::pksNumber).map(n -> " (program " + n + ")").orElse("");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
