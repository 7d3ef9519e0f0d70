package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.enrollment.CoverageStart;
import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.AgreementRepository;
import id.jamsos.rentan.region.ProgramRegencyRepository;
import id.jamsos.rentan.region.RegionLevel;
import id.jamsos.rentan.region.RegionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Accepts a batch: checks only the envelope (regency, row count), stores the raw rows and starts one
 * candidate-verification instance, all in the request's transaction. The rules run later in the process.
 */
@Service
public class CandidateIntakeService {
    private final CandidateRepository repo;
    private final RegionRepository regions;
    private final ProgramRegencyRepository program;
    private final AgreementRepository agreements;
    private final VerificationProcess process;
    private final int maxRows;
    private final CandidatePrograms programs;
    private final Clock clock;

    /** @param clock the application's WIB clock ({@code config.ClockConfig}): "today" a batch's coverage start follows */
    public CandidateIntakeService(CandidateRepository repo, RegionRepository regions, ProgramRegencyRepository program,
                                  AgreementRepository agreements, VerificationProcess process,
                                  VerificationSettings settings, CandidatePrograms programs, Clock clock) {
        this.programs = programs;
        this.clock = clock;
        this.repo = repo;
        this.regions = regions;
        this.program = program;
        this.agreements = agreements;
        this.process = process;
        this.maxRows = settings.maxRows();
    }

    /** The batch's regency must be a regency that joined the program (it has a tenant and groups). */
    public void checkRegency(String regencyCode) {
        if (regencyCode == null || regions.find(regencyCode).filter(r -> r.level() == RegionLevel.REGENCY).isEmpty()) {
            throw ValidationException.of("regencyCode", "Kode kabupaten '" + regencyCode + "' tidak dikenal");
        }
        if (!program.contains(regencyCode)) {
            throw ValidationException.of("regencyCode", "Kabupaten " + regencyCode + " belum ikut program "
                    + "(administrator: POST /api/admin/regencies/" + regencyCode + "/join)");
        }
    }

    @Transactional
    public long submit(String regencyCode, String source, List<CandidateRow> rows, String userId) {
        return submit(regencyCode, null, source, rows, userId);
    }

    /**
     * As {@link #submit(String, String, List, String)}, for the program of {@code pksNumber} (issue 16; null or blank:
     * the regency's Dinsos program). A PKS unknown, of another regency or EXPIRED is a 400 naming {@code pksNumber}.
     */
    @Transactional
    public long submit(String regencyCode, String pksNumber, String source, List<CandidateRow> rows, String userId) {
        long batchId = store(regencyCode, pksNumber, source, rows, userId);
        String pi = process.start(regencyCode, batchId);
        repo.setProcessInstance(batchId, pi);
        return batchId;
    }

    /**
     * Checks the envelope and stores the batch and its raw rows, without starting a process: the Tasklist
     * upload calls this from inside the start of the instance that will screen it.
     */
    @Transactional
    public long store(String regencyCode, String source, List<CandidateRow> rows, String userId) {
        return store(regencyCode, null, source, rows, userId);
    }

    /** As {@link #store(String, String, List, String)}, for the program of {@code pksNumber} (null: Dinsos). */
    @Transactional
    public long store(String regencyCode, String pksNumber, String source, List<CandidateRow> rows, String userId) {
        checkRegency(regencyCode);
        java.util.Optional<Agreement> program = programs.named(regencyCode, pksNumber);
        if (rows == null || rows.isEmpty()) {
            throw ValidationException.of("candidates", "Daftar calon peserta kosong");
        }
        if (rows.size() > maxRows) {
            throw ValidationException.of("candidates", "Paling banyak " + maxRows + " calon per kiriman; diterima " + rows.size());
        }
        LocalDate today = LocalDate.now(clock.withZone(Formats.WIB));
        // Age is judged on the day protection would start: the active PKS start, or the first of next month.
        LocalDate coverageStart = CoverageStart.of(program.map(Agreement::startDate)
                .or(() -> agreements.activeOn(regencyCode, today).map(Agreement::startDate)).orElse(null), today);
        long batchId = repo.insertBatch(regencyCode, source, rows.size(), coverageStart, userId,
                program.map(Agreement::pksNumber).orElse(null));
        repo.insertRows(batchId, rows);
        return batchId;
    }

    public void linkProcessInstance(long batchId, String processInstanceId) {
        repo.setProcessInstance(batchId, processInstanceId);
    }
}
