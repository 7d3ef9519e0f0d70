package id.jamsos.rentan.enrollment;

import id.jamsos.rentan.boundary.BoundaryDeclaration;
import id.jamsos.rentan.boundary.ProcessBoundary;
import org.springframework.stereotype.Component;

import java.util.List;

/** enrollment is started only by candidate-verification's call activity: callers may not start it; no user tasks. */
@Component
public class EnrollmentBoundary implements BoundaryDeclaration {
    @Override
    public List<ProcessBoundary> processes() {
        return List.of(ProcessBoundary.of(EnrollmentProcessKeys.PROCESS_KEY).serves("enrollment", "batchId"));
    }
}
