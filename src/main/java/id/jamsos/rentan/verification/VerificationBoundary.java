package id.jamsos.rentan.verification;

import id.jamsos.rentan.boundary.BoundaryDeclaration;
import id.jamsos.rentan.boundary.ProcessBoundary;
import org.springframework.stereotype.Component;

import java.util.List;

import static id.jamsos.rentan.verification.VerificationProcessKeys.*;

/**
 * What callers may send to candidate-verification: the upload start form ({@code regencyCode}, {@code file}, checked
 * by {@link CandidateImportStartListener} as {@code POST /api/candidates/import}), the import review's decision and
 * the list tasks' decisions on their own candidates. The batch is bound by our code. kecamatan-verification is
 * called by candidate-verification only, with the batch's own references; it serves the same batch (shared: one
 * instance per kecamatan). The village and Camat tasks stay declared on candidate-verification too, for instances
 * started on its versions before the call activity (issue 18). deferred-candidates (issue 16)
 * is started by our code only; its one task decides on the program's deferred candidates.
 */
@Component
public class VerificationBoundary implements BoundaryDeclaration {
    @Override
    public List<ProcessBoundary> processes() {
        return List.of(ProcessBoundary.of(PROCESS_KEY)
                .startedByCallers(VAR_REGENCY, VAR_FILE)
                .serves("batch", VAR_BATCH)
                .task(TASK_REVIEW_IMPORT)
                .listTask(TASK_VERIFY_VILLAGE, VAR_DEFERRED_IDS)
                .listTask(TASK_APPROVE_KECAMATAN, VAR_DEFERRED_IDS)
                .listTask(TASK_FINALIZE, VAR_DEFERRED_IDS),
                ProcessBoundary.of(KECAMATAN_PROCESS_KEY)
                        .servesShared("batch", VAR_BATCH)
                        .listTask(TASK_VERIFY_VILLAGE, VAR_DEFERRED_IDS)
                        .listTask(TASK_APPROVE_KECAMATAN, VAR_DEFERRED_IDS),
                // Issue 16: started by our code when a program's PKS becomes ACTIVE; the PKS and regency are bound.
                ProcessBoundary.of(DeferredProcessKeys.PROCESS_KEY)
                        .servesShared("deferred-candidates", DeferredProcessKeys.VAR_PKS)
                        .listTask(DeferredProcessKeys.TASK_FINALIZE_DEFERRED, VAR_DEFERRED_IDS));
    }
}
