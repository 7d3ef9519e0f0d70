package id.jamsos.rentan.citizen;

import id.jamsos.rentan.boundary.BoundaryDeclaration;
import id.jamsos.rentan.boundary.ProcessBoundary;
import org.springframework.stereotype.Component;

import java.util.List;

import static id.jamsos.rentan.citizen.GrievanceProcessKeys.*;

/**
 * grievance: only our code starts it (from /status after the identity check, or POST /api/grievances after the
 * region check), so callers may not start it through the engine; both decision tasks take only approved and note.
 */
@Component
public class GrievanceBoundary implements BoundaryDeclaration {
    @Override
    public List<ProcessBoundary> processes() {
        return List.of(ProcessBoundary.of(PROCESS_KEY)
                .serves("grievance", VAR_GRIEVANCE_NUMBER)
                .task(TASK_DECIDE_DINSOS)
                .task(TASK_DECIDE_BPJS));
    }
}
