package id.jamsos.rentan.enrollment;

import id.jamsos.rentan.boundary.BoundaryDeclaration;
import id.jamsos.rentan.boundary.ProcessBoundary;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * enrollment is started only by our code (candidate-verification's call activity, {@link NextPksBooking} for deferred
 * candidates): callers may not start it; no user tasks. A batch may have two enrollments running (one per PKS).
 * enrollment-chunk is started only by enrollment's call activity, one instance per chunk, bound to the same batch.
 */
@Component
public class EnrollmentBoundary implements BoundaryDeclaration {
    @Override
    public List<ProcessBoundary> processes() {
        return List.of(ProcessBoundary.of(EnrollmentProcessKeys.PROCESS_KEY).servesShared("enrollment", "batchId"),
                ProcessBoundary.of(EnrollmentProcessKeys.CHUNK_PROCESS_KEY).servesShared("enrollment", "batchId"));
    }
}
