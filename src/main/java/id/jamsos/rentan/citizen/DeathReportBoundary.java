package id.jamsos.rentan.citizen;

import id.jamsos.rentan.boundary.BoundaryDeclaration;
import id.jamsos.rentan.boundary.ProcessBoundary;
import org.springframework.stereotype.Component;

import java.util.List;

import static id.jamsos.rentan.citizen.DeathReportProcessKeys.*;

/**
 * death-report: the Lurah's start form may send the report's fields (checked by the start listener with the API's
 * rules); the BPJS officer's Task_OpenClaim takes approved, note and the claim's own inputs: claimType (JKM/JKK),
 * heirs (a Json list) and funeralPayee (a Json object). The member, event date and certificate come from the report.
 */
@Component
public class DeathReportBoundary implements BoundaryDeclaration {
    @Override
    public List<ProcessBoundary> processes() {
        return List.of(ProcessBoundary.of(PROCESS_KEY)
                .startedByCallers(VAR_REGENCY, "nik", "membershipNumber", "dateOfDeath", "place", "reportedBy",
                        "deathCertificateNumber")
                .serves("death-report", VAR_REPORT_NUMBER)
                .task(TASK_OPEN_CLAIM, IN_CLAIM_TYPE, IN_HEIRS, IN_FUNERAL_PAYEE));
    }
}
