package id.jamsos.rentan.identity;

import id.jamsos.rentan.boundary.BoundaryDeclaration;
import id.jamsos.rentan.boundary.ProcessBoundary;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The boundary of the test fixture {@code fixtures/region-probe.bpmn} (deployed by EngineRegionIsolationIT): started
 * through engine-rest with its region, its one task completed with {@code approved}. Without it the guard would
 * refuse the fixture like any undeclared process.
 */
@Component
public class RegionProbeBoundary implements BoundaryDeclaration {
    @Override
    public List<ProcessBoundary> processes() {
        return List.of(ProcessBoundary.of("region-probe").startedByCallers("regencyCode", "villageCode")
                .task("Task_VillageProbe"));
    }
}
