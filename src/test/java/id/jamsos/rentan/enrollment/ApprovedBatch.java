package id.jamsos.rentan.enrollment;

import id.jamsos.rentan.verification.CandidateRepository;
import id.jamsos.rentan.verification.CandidateRow;
import id.jamsos.rentan.verification.CandidateStatus;
import id.jamsos.rentan.verification.DtksRegistry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * For enrollment tests: a batch of workers already APPROVED on a PKS, written straight through verification's
 * repository (verification has its own tests). Worker i (from 0) has NIK {@code village[0..6] + nikMiddle +
 * (firstSerial + i)}, name {@code namePrefix + (i + 1)}, address {@code "RT 0<i+1>, " + street}, category PETANI,
 * and a DTSEN answer "desil 1" of {@code dtsenDate}.
 */
record ApprovedBatch(String regency, String village, LocalDate birth, String sex, String nikMiddle, int firstSerial,
                     String namePrefix, String street, LocalDate coverageStart, LocalDate dtsenDate, String uploadedBy) {

    /** @return the id of the new batch of {@code n} workers, APPROVED on {@code pksNumber} */
    long insert(CandidateRepository candidates, int n, String pksNumber) {
        long batchId = candidates.insertBatch(regency, "JSON", n, coverageStart, uploadedBy);
        List<CandidateRepository.NewCandidate> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String nik = village.substring(0, 6) + nikMiddle + (firstSerial + i);
            CandidateRow row = new CandidateRow(i + 1, nik, namePrefix + (i + 1), birth.toString(), sex,
                    village, "PETANI", "RT 0" + (i + 1) + ", " + street, null, null, null);
            rows.add(new CandidateRepository.NewCandidate(batchId, row, birth, regency, null,
                    new DtksRegistry.Answer(true, 1, dtsenDate, "terdaftar DTSEN desil 1"), CandidateStatus.APPROVED, null));
        }
        candidates.insertCandidates(rows);
        candidates.finishBatch(batchId);
        candidates.updateStatus(candidates.acceptedIds(batchId), CandidateStatus.APPROVED, null, pksNumber);
        return batchId;
    }
}
