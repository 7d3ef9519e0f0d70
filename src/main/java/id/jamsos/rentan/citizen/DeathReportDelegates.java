package id.jamsos.rentan.citizen;

import id.jamsos.rentan.boundary.ProcessBindings;
import id.jamsos.rentan.claim.ClaimRepository;
import id.jamsos.rentan.common.TaskInputException;
import id.jamsos.rentan.process.StartFormInput;
import id.jamsos.rentan.process.TaskInputs;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static id.jamsos.rentan.citizen.DeathReportProcessKeys.*;

/** Thin delegates and listeners of death-report: read ids from the binding, call {@link DeathReportService}. */
@Configuration
public class DeathReportDelegates {

    /** Task_EndMembership: ENDED/DIED from the day after death, later unpaid invoices corrected. */
    @Bean
    JavaDelegate endMembershipForDeathDelegate(DeathReportService service, ProcessBindings bindings) {
        return ex -> service.endMembership(bindings.recordId(ex, VAR_REPORT_NUMBER));
    }

    /**
     * The Lurah's Tasklist start form: the same rules as POST /api/death-reports (a refusal is shown on the form and
     * nothing is recorded); an instance started by our own code already carries its report number.
     */
    @Bean
    ExecutionListener deathReportStartListener(DeathReportService service, DeathReportProcess workflow) {
        return ex -> {
            if (ex.getVariable(VAR_REPORT_NUMBER) != null) {
                return;
            }
            StartFormInput form = new StartFormInput(ex);
            DeathReportRequest req = new DeathReportRequest(form.text("nik"), form.text("membershipNumber"),
                    form.text("dateOfDeath"), form.text("place"), form.text("reportedBy"),
                    form.text("deathCertificateNumber"));
            form.requireReadable();
            DeathReport r = StartFormInput.asFormRefusal("regencyCode", () -> service.register(req, form.official(),
                    DeathReportService.SOURCE_TASKLIST, form.text(VAR_REGENCY)));
            ex.setProcessBusinessKey(r.reportNumber());
            for (String name : new String[]{"nik", "place", "reportedBy"}) {
                ex.removeVariable(name);
            }
            ex.setVariables(workflow.startVariables(r));
        };
    }

    /**
     * Task_OpenClaim completes with approved=true only once the claim of the member is filed (the heirs then see it
     * on /status); approved=false needs a note (e.g. no heir came forward).
     */
    @Bean
    TaskListener openClaimTaskListener(DeathReportService service, ClaimRepository claims, ProcessBindings bindings) {
        return task -> {
            TaskInputs.Decision d = TaskInputs.decision(task);
            if (!d.approved()) {
                return;
            }
            DeathReport r = service.get(bindings.recordId(task, VAR_REPORT_NUMBER));
            if (claims.claimNumberOfMember(r.membershipNumber()).isEmpty()) {
                throw new TaskInputException("approved", "Klaim untuk peserta " + r.membershipNumber()
                        + " belum diajukan: ajukan dulu lewat \"Mulai proses\" → klaim bersama ahli waris");
            }
        };
    }
}
