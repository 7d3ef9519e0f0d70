package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.FieldError;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a list decision (village, kecamatan, Dinsos final list, deferred candidates), pure: what the official
 * sent ({@link VerificationService.Decision}) checked against the task's own list, and what it decides per
 * candidate. {@link VerificationService} adds the quota check against the PKS and writes. Sources: DOMAIN
 * "Verification" (a rejection needs its reason; only Dinsos defers to the next PKS), issue 12 (a decision names
 * only candidates of the task's list).
 */
final class ListDecisionRules {
    private ListDecisionRules() {
    }

    /**
     * What the decision does: the approved ids (all listed ones not rejected or deferred, none when the list is turned
     * down), and the reason per rejected and per deferred candidate. The reason maps are filled only when no error was
     * found.
     */
    record Plan(List<Long> approvedIds, Map<Long, String> rejectedReasons, Map<Long, String> deferredReasons) {
    }

    /**
     * @param byId   the task's own list, by candidate id
     * @param errors receives every refusal (field and Indonesian message); the caller throws when it is not empty
     */
    static Plan plan(Map<Long, CandidateRepository.Candidate> byId, VerificationService.Stage stage,
                     VerificationService.Decision d, List<FieldError> errors) {
        if (d.approved() == null) {
            errors.add(FieldError.of("approved", "Keputusan (approved) wajib diisi: setuju atau tidak"));
        }
        boolean all = !Boolean.FALSE.equals(d.approved());
        if (!all && (d.note() == null || d.note().isBlank())) {
            errors.add(FieldError.of("note", "Catatan (note) wajib diisi bila daftar tidak disetujui"));
        }
        Set<Long> rejected = new LinkedHashSet<>(d.rejectedIds() == null ? List.of() : d.rejectedIds());
        Set<Long> deferred = new LinkedHashSet<>(d.deferredIds() == null ? List.of() : d.deferredIds());
        Map<String, String> reasons = d.reasons() == null ? Map.of() : d.reasons();
        if (stage != VerificationService.Stage.FINAL && !deferred.isEmpty()) {
            errors.add(FieldError.of("deferredCandidateIds", "Hanya Dinas Sosial yang dapat menunda calon ke PKS berikutnya"));
        }
        for (Long id : rejected) {
            checkListed(id, byId, "rejectedCandidateIds", errors);
            if (deferred.contains(id)) {
                errors.add(FieldError.of("deferredCandidateIds", "Calon " + id + " tidak boleh sekaligus ditolak dan ditunda"));
            }
            if (byId.containsKey(id) && blank(reasons.get(String.valueOf(id)))) {
                errors.add(FieldError.of("rejectionReasons", "Alasan penolakan wajib diisi untuk calon " + id + " ("
                        + byId.get(id).name() + ")"));
            }
        }
        // A reason decides on a candidate too: only for this task's own list (issue 12).
        for (String key : reasons.keySet()) {
            Long id;
            try {
                id = Long.valueOf(key.trim());
            } catch (NumberFormatException e) {
                errors.add(FieldError.of("rejectionReasons", "'" + key + "' bukan id calon"));
                continue;
            }
            if (!rejected.contains(id) && !deferred.contains(id)) { // those are named by their own field
                checkListed(id, byId, "rejectionReasons", errors);
            }
        }
        for (Long id : deferred) {
            checkListed(id, byId, "deferredCandidateIds", errors);
            if (byId.containsKey(id) && blank(reasons.get(String.valueOf(id)))) {
                errors.add(FieldError.of("rejectionReasons", "Alasan penundaan wajib diisi untuk calon " + id + " ("
                        + byId.get(id).name() + ")"));
            }
        }
        List<Long> approvedIds = all ? byId.keySet().stream().filter(id -> !rejected.contains(id) && !deferred.contains(id))
                .toList() : List.of();
        Map<Long, String> rejectedReasons = new LinkedHashMap<>();
        Map<Long, String> deferredReasons = new LinkedHashMap<>();
        if (errors.isEmpty()) {
            if (all) {
                rejected.forEach(id -> rejectedReasons.put(id, reasons.get(String.valueOf(id)).trim()));
            } else {
                // The whole list turned down: each candidate carries its own reason, or the official's note.
                byId.keySet().forEach(id -> rejectedReasons.put(id, blank(reasons.get(String.valueOf(id)))
                        ? d.note().trim() : reasons.get(String.valueOf(id)).trim()));
            }
            if (all) {
                deferred.forEach(id -> deferredReasons.put(id, "Menunggu PKS berikutnya: " + reasons.get(String.valueOf(id)).trim()));
            }
        }
        return new Plan(approvedIds, rejectedReasons, deferredReasons);
    }

    private static void checkListed(Long id, Map<Long, CandidateRepository.Candidate> byId, String field,
                                    List<FieldError> errors) {
        if (!byId.containsKey(id)) {
            errors.add(FieldError.of(field, "Calon " + id + " tidak termasuk daftar tugas ini"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
