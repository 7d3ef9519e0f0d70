package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.TableStatistics;
import id.jamsos.rentan.identity.Nik;
import id.jamsos.rentan.region.Region;
import id.jamsos.rentan.region.RegionLevel;
import id.jamsos.rentan.region.RegionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import id.jamsos.rentan.common.ProgramSettings;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Screens a whole batch set-based: row rules and one DTSEN lookup per chunk, each chunk committed on its
 * own so {@code GET /api/batches/{id}} shows progress and a retried job resumes after the last chunk.
 */
@Service
public class ScreeningService {
    /** Field of a row refused by the DTSEN registry in the batch's errors and rejected.xlsx. */
    public static final String SCREENING_FIELD = "dtsen";
    private static final Logger log = LoggerFactory.getLogger(ScreeningService.class);

    private final CandidateRepository repo;
    private final RegionRepository regions;
    private final DtksRegistry dtks;
    private final TransactionTemplate chunkTx;
    private final int chunkSize;
    private final int minAge;
    private final int maxAge;
    private final int maxDesil;

    private final CandidatePrograms programs;
    private final TableStatistics statistics;

    public ScreeningService(CandidateRepository repo, RegionRepository regions, DtksRegistry dtks,
                            PlatformTransactionManager txManager, CandidatePrograms programs,
                            VerificationSettings settings, ProgramSettings program, TableStatistics statistics) {
        this.programs = programs;
        this.statistics = statistics;
        this.repo = repo;
        this.regions = regions;
        this.dtks = dtks;
        this.chunkTx = new TransactionTemplate(txManager);
        this.chunkTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.chunkSize = settings.screeningChunkSize();
        this.minAge = program.minAge();
        this.maxAge = program.maxAge();
        this.maxDesil = settings.dtks().maxDesil();
    }

    /** @return the kecamatan codes that have candidates waiting for their Lurah */
    public List<String> screen(long batchId) {
        long start = System.currentTimeMillis();
        CandidateRepository.Batch batch = repo.findBatch(batchId).orElseThrow(() -> new IllegalStateException("batch " + batchId));
        if (!"DONE".equals(batch.status())) {
            // A NIK's kecamatan anywhere in Indonesia, retired ones too (a NIK outlives its kecamatan's code);
            // the address only in this regency's villages in force.
            Set<String> kecamatan = regions.byLevel(RegionLevel.KECAMATAN).stream().map(Region::code).collect(Collectors.toSet());
            Set<String> villages = regions.within(batch.regencyCode()).stream()
                    .filter(r -> r.level() == RegionLevel.VILLAGE && !r.retired()).map(Region::code)
                    .collect(Collectors.toSet());
            int after = repo.lastProcessedRow(batchId);
            while (true) {
                List<CandidateRow> rows = repo.rowsAfter(batchId, after, chunkSize);
                if (rows.isEmpty()) {
                    break;
                }
                screenChunkOnce(batch, rows, kecamatan, villages);
                after = rows.get(rows.size() - 1).rowNo();
            }
            repo.finishBatch(batchId);
            // Up to 20,000 new candidates: the next batch's and the officials' queries plan with them.
            statistics.refresh("candidate", "candidate_row_error");
            log.info("Batch {}: {} rows screened in {} ms", batchId, batch.total(), System.currentTimeMillis() - start);
        }
        return repo.regionsInStatus(batchId, CandidateStatus.AWAITING_VILLAGE, batch.regencyCode(), false);
    }

    /**
     * One chunk in its own transaction. Another batch screened at the same moment (on this node or another) may
     * accept the same NIK between our check and our insert: the unique {@code candidate.open_nik} refuses the second
     * insert, the chunk rolls back and runs again, and then sees the other candidacy and reports the row as a
     * duplicate ("NIK sudah diusulkan sebagai calon peserta"). Each NIK ends up in the program once.
     */
    private void screenChunkOnce(CandidateRepository.Batch batch, List<CandidateRow> rows, Set<String> kecamatan,
                                 Set<String> villages) {
        for (int attempt = 1; ; attempt++) {
            try {
                chunkTx.executeWithoutResult(s -> screenChunk(batch, rows, kecamatan, villages));
                return;
            } catch (DuplicateKeyException race) {
                if (attempt >= 5) {
                    throw race;
                }
                log.info("Batch {}: a NIK of this chunk was accepted by another batch meanwhile; screening the chunk again",
                        batch.id());
            }
        }
    }

    private void screenChunk(CandidateRepository.Batch batch, List<CandidateRow> rows, Set<String> kecamatan,
                             Set<String> villages) {
        Set<String> niks = rows.stream().map(r -> CandidateRules.trim(r.nik())).filter(Nik::hasSixteenDigits)
                .collect(Collectors.toSet());
        // Earlier chunks of this batch are committed, so they count as candidates already.
        Set<String> known = new HashSet<>(repo.openCandidateNiks(niks));
        // Issue 16: a member of another program for an overlapping period is refused naming that program; a member of
        // the batch's own program (or of a program over before it) keeps the rule "NIK sudah menjadi peserta aktif".
        CandidatePrograms.Insured insured = programs.insured(repo.activeMemberPks(niks), batch);
        Map<String, String> elsewhere = insured.elsewhere();
        Set<String> members = insured.members();
        // Their candidacy (ENROLLED under the other program) is open too: one refusal naming the program is enough.
        known.removeAll(elsewhere.keySet());
        List<FieldError> errors = new ArrayList<>();
        Map<CandidateRow, CandidateRules.Result> accepted = new LinkedHashMap<>();
        for (CandidateRow row : rows) {
            CandidateRules.Context ctx = new CandidateRules.Context(batch.regencyCode(), batch.coverageStart(), minAge,
                    maxAge, kecamatan, villages, known, members);
            CandidateRules.Result r = CandidateRules.check(row, ctx);
            String covered = row.nik() == null ? null : elsewhere.get(row.nik().trim());
            if (covered != null) {
                errors.add(new FieldError(row.rowNo(), "nik", covered));
                if (r.accepted()) {
                    continue;
                }
            }
            if (r.accepted()) {
                accepted.put(row, r);
                known.add(row.nik().trim()); // the same NIK twice in one batch: the second is reported
            } else {
                errors.addAll(r.errors());
            }
        }
        Map<String, DtksRegistry.Answer> answers = accepted.isEmpty() ? Map.of()
                : dtks.lookup(accepted.keySet().stream().map(r -> r.nik().trim()).toList());
        List<CandidateRepository.NewCandidate> fresh = new ArrayList<>();
        int screenedOut = 0;
        for (Map.Entry<CandidateRow, CandidateRules.Result> e : accepted.entrySet()) {
            DtksRegistry.Answer a = answers.get(e.getKey().nik().trim());
            List<String> warnings = new ArrayList<>(e.getValue().warnings());
            CandidateStatus status = CandidateStatus.AWAITING_VILLAGE;
            String reason = null;
            if (!a.registered()) {
                // Villages may propose workers the registry does not know yet: the Lurah decides.
                warnings.add("Belum terdaftar di DTKS/DTSEN (data " + id.jamsos.rentan.common.Formats.date(a.snapshotDate()) + ")");
            } else if (a.desil() != null && a.desil() > maxDesil) {
                status = CandidateStatus.SCREENING_REJECTED;
                reason = "DTSEN desil " + a.desil() + " di atas batas desil " + maxDesil + " (data "
                        + id.jamsos.rentan.common.Formats.date(a.snapshotDate()) + ")";
                // A registry refusal is a rejected row like a rule's: counted, listed with its reason, in the
                // Excel file of rejected rows (the candidate record keeps the DTSEN answer for the audit).
                errors.add(new FieldError(e.getKey().rowNo(), SCREENING_FIELD, reason));
                screenedOut++;
            }
            fresh.add(new CandidateRepository.NewCandidate(batch.id(), e.getKey(), e.getValue().birthDate(),
                    batch.regencyCode(), warnings.isEmpty() ? null : String.join("; ", warnings), a, status, reason));
        }
        repo.insertCandidates(fresh);
        repo.insertErrors(batch.id(), errors);
        int rejectedRows = (int) errors.stream().map(FieldError::row).distinct().count();
        repo.addProgress(batch.id(), rows.size(), accepted.size() - screenedOut, rejectedRows);
    }
}
