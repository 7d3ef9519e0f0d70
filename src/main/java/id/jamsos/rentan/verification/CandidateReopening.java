package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.NotFoundException;
import id.jamsos.rentan.common.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/**
 * Reopens a rejected candidate for the village's next verification round after an upheld objection (sanggahan,
 * issue 17): the refusal stays on record with a decision row {@code SANGGAHAN/REOPENED}, and the person is proposed
 * again as a batch of one (source {@code SANGGAHAN}) that runs the whole round: screening with a fresh DTSEN answer,
 * the Lurah/Kepala Desa of the village, the Camat, Dinas Sosial. Only verification writes its tables.
 */
@Service
public class CandidateReopening {
    public static final String SOURCE = "SANGGAHAN";
    public static final String STAGE = "SANGGAHAN";
    public static final String DECISION = "REOPENED";

    private final CandidateRepository repo;
    private final CandidateIntakeService intake;

    public CandidateReopening(CandidateRepository repo, CandidateIntakeService intake) {
        this.repo = repo;
        this.intake = intake;
    }

    /**
     * @param candidateId the rejected candidate (status REJECTED or SCREENING_REJECTED, the person's latest proposal)
     * @param regencyCode the regency whose Dinas Sosial reopens it (must be the candidate's)
     * @param reason      why (kept on the decision row), e.g. "Sanggahan SGH-6203-2026-00001 diterima: …"
     * @param userId      the deciding official
     * @return the id of the new batch, verified in a new candidate-verification instance
     * @throws NotFoundException   unknown candidate
     * @throws ValidationException another regency's candidate, a candidate not rejected, or one proposed again since
     */
    @Transactional
    public long reopen(long candidateId, String regencyCode, String reason, String userId) {
        CandidateRepository.Candidate c = repo.find(candidateId)
                .orElseThrow(() -> new NotFoundException("Calon peserta " + candidateId + " tidak ditemukan"));
        if (!c.regencyCode().equals(regencyCode)) {
            throw ValidationException.of("candidateId", "calon peserta " + candidateId + " bukan dari kabupaten " + regencyCode);
        }
        if (c.status().open()) {
            throw ValidationException.of("candidateId", "calon peserta " + candidateId + " tidak ditolak (status "
                    + c.status() + "); tidak ada yang dibuka kembali");
        }
        CandidateRepository.Candidate latest = repo.latestByNik(c.nik()).orElse(c);
        if (latest.id() != c.id()) {
            throw ValidationException.of("candidateId", "orang ini sudah diusulkan lagi (batch " + latest.batchId()
                    + ", status " + latest.status() + ")");
        }
        repo.insertDecisions(Map.of(candidateId, reason == null ? "" : reason), STAGE, DECISION, userId, null);
        CandidateRow row = new CandidateRow(1, c.nik(), c.name(), c.birthDate().toString(), c.sex(), c.villageCode(),
                c.category(), c.address(), c.phone(), c.email(), null);
        return intake.submit(c.regencyCode(), SOURCE, List.of(row), userId);
    }
}
