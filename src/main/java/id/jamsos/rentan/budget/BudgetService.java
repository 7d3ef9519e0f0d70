package id.jamsos.rentan.budget;

import id.jamsos.rentan.common.ConflictException;
import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.NotFoundException;
import id.jamsos.rentan.common.ProgramSettings;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.AgreementRepository;
import id.jamsos.rentan.region.RegionLevel;
import id.jamsos.rentan.region.RegionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Rules of the yearly budget evaluation: open, compute the figures, propose, review, approve. No Camunda types. */
@Service
public class BudgetService {
    private final BudgetEvaluationRepository evaluations;
    private final AgreementRepository agreements;
    private final RegionRepository regions;
    private final ClaimStatistics claims;
    private final long premiumPerMonth;
    private final int months;
    private final int targetCoveragePercent;
    private final List<Integer> candidatePercents;

    public BudgetService(BudgetEvaluationRepository evaluations, AgreementRepository agreements,
                         RegionRepository regions, ClaimStatistics claims,
                         ProgramSettings program, BudgetSettings settings) {
        this.evaluations = evaluations;
        this.agreements = agreements;
        this.regions = regions;
        this.claims = claims;
        this.premiumPerMonth = program.premiumPerMonth();
        this.months = settings.months();
        this.targetCoveragePercent = settings.targetCoveragePercent();
        this.candidatePercents = List.copyOf(settings.candidateCoveragePercents());
    }

    public BudgetEvaluation get(String key) {
        return evaluations.find(key).orElseThrow(() -> new NotFoundException("Evaluasi anggaran " + key + " tidak ditemukan"));
    }

    public Optional<BudgetEvaluation> find(String key) {
        return evaluations.find(key);
    }

    /** Validates, then records the evaluation and the population it starts from. */
    @Transactional
    public BudgetEvaluation open(String regencyCode, Integer fiscalYear, Integer population, String userId, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (regencyCode == null || !regencyCode.matches("\\d{4}")) {
            errors.add(FieldError.of("regencyCode", "kode kabupaten wajib 4 digit"));
        } else if (regions.find(regencyCode).filter(r -> r.level() == RegionLevel.REGENCY).isEmpty()) {
            errors.add(FieldError.of("regencyCode", "kabupaten " + regencyCode + " tidak dikenal"));
        }
        if (fiscalYear == null || fiscalYear < today.getYear() || fiscalYear > today.getYear() + 2) {
            errors.add(FieldError.of("fiscalYear", "tahun anggaran wajib antara " + today.getYear() + " dan "
                    + (today.getYear() + 2)));
        }
        if (population == null && regencyCode != null && fiscalYear != null) {
            // The recorded figure (import, DOMAIN "Coverage indicator") is the evaluation's input when none is typed.
            // Only a current figure: of the fiscal year or the year before.
            population = evaluations.populationFigure(regencyCode, fiscalYear).filter(f -> f.year() >= fiscalYear - 1)
                    .map(BudgetEvaluationRepository.PopulationFigure::population).orElse(null);
            if (population == null) {
                errors.add(FieldError.of("vulnerablePopulation", "wajib diisi: belum ada data penduduk rentan kabupaten "
                        + regencyCode + " tahun " + (fiscalYear - 1) + " atau " + fiscalYear + " (impor lewat POST /api/vulnerable-population/import)"));
            }
        } else if (population == null || population <= 0) {
            errors.add(FieldError.of("vulnerablePopulation", "jumlah pekerja rentan harus lebih dari 0"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String key = BudgetEvaluation.key(regencyCode, fiscalYear);
        if (evaluations.find(key).isPresent()) {
            throw new ConflictException("fiscalYear", "evaluasi anggaran " + key + " sudah ada");
        }
        evaluations.insert(key, regencyCode, fiscalYear, population, userId);
        evaluations.savePopulation(regencyCode, fiscalYear, population, "evaluasi anggaran " + key, userId);
        return get(key);
    }

    /** The latest population recorded for the regency up to the year, if any. */
    public Optional<Integer> knownPopulation(String regencyCode, int fiscalYear) {
        return evaluations.population(regencyCode, fiscalYear);
    }

    /** Members active/lapsed/ended, claims paid, coverage and the proposal, from our own tables. */
    @Transactional
    public BudgetCalculator.Result computeFigures(String key, LocalDate today) {
        BudgetEvaluation e = get(key);
        int active = evaluations.countMembers(e.regencyCode(), "ACTIVE");
        int lapsed = evaluations.countMembers(e.regencyCode(), "LAPSED");
        int ended = evaluations.countMembers(e.regencyCode(), "ENDED");
        int currentQuota = agreements.activeOn(e.regencyCode(), today).map(Agreement::quota)
                .or(() -> agreements.byRegency(e.regencyCode()).stream().max(Comparator.comparing(Agreement::endDate))
                        .map(Agreement::quota)).orElse(0);
        ClaimStatistics.Paid paid = claims.paidClaims(e.regencyCode());
        BudgetCalculator.Result r = BudgetCalculator.compute(new BudgetCalculator.Input(e.vulnerablePopulation(), active,
                currentQuota, premiumPerMonth, months, targetCoveragePercent, candidatePercents));
        evaluations.saveFigures(key, active, lapsed, ended, paid, r, currentQuota);
        return r;
    }

    /** Dinsos proposes (or revises) quota and budget; unsent values stay as proposed. */
    @Transactional
    public BudgetEvaluation propose(String key, Long quota, Long budget, String userId) {
        BudgetEvaluation e = get(key);
        if (e.status() != BudgetStatus.PROPOSAL) {
            throw ValidationException.of("status", "evaluasi " + key + " berstatus " + e.status() + ", bukan usulan");
        }
        long q = quota != null ? quota : e.quota();
        long b = budget != null ? budget : e.budget();
        List<FieldError> errors = new ArrayList<>();
        if (q <= 0 || q > Integer.MAX_VALUE) {
            errors.add(FieldError.of("quota", "kuota harus lebih dari 0"));
        } else if (q > e.vulnerablePopulation()) {
            errors.add(FieldError.of("quota", "kuota " + q + " melebihi jumlah pekerja rentan " + e.vulnerablePopulation()));
        }
        long cost = e.costPerWorker() == null ? premiumPerMonth * months : e.costPerWorker();
        if (q > 0 && b < q * cost) {
            errors.add(FieldError.of("budget", "anggaran " + Formats.rupiah(b) + " kurang dari kuota × biaya per pekerja = "
                    + q + " × " + Formats.rupiah(cost) + " = " + Formats.rupiah(q * cost)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        evaluations.saveProposal(key, (int) q, b, BudgetStatus.TAPD_REVIEW);
        evaluations.recordDecision(key, "PROPOSAL", userId, true, null);
        return get(key);
    }

    /** TAPD review or Sekda approval; a return needs a note and sends the proposal back to Dinsos. */
    @Transactional
    public BudgetEvaluation review(String key, BudgetStatus step, boolean approved, String note, String userId) {
        BudgetEvaluation e = get(key);
        if (e.status() != step) {
            throw ValidationException.of("status", "evaluasi " + key + " tidak menunggu langkah ini (" + e.status() + ")");
        }
        if (!approved && (note == null || note.isBlank())) {
            throw ValidationException.of("note", "catatan wajib diisi bila usulan dikembalikan");
        }
        evaluations.recordDecision(key, step.name(), userId, approved, note);
        BudgetStatus next = !approved ? BudgetStatus.PROPOSAL
                : step == BudgetStatus.TAPD_REVIEW ? BudgetStatus.SEKDA_APPROVAL : BudgetStatus.APPROVED;
        evaluations.updateStatus(key, next, approved ? null : note);
        return get(key);
    }

    @Transactional
    public void linkPks(String key, String pksNumber) {
        evaluations.linkPks(key, pksNumber);
    }

    public long premiumPerMonth() {
        return premiumPerMonth;
    }

    public int months() {
        return months;
    }
}
