package id.jamsos.rentan.citizen;

import id.jamsos.rentan.boundary.ProcessBindings;
import id.jamsos.rentan.process.TaskInputs;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static id.jamsos.rentan.citizen.GrievanceProcessKeys.*;

/** Thin delegates and the decision listener of grievance: read the grievance from the binding, call {@link GrievanceService}. */
@Configuration
public class GrievanceDelegates {

    /**
     * Both decision tasks: {@code approved} (objection upheld or not) and {@code note} (the reason, required either
     * way) are recorded; a refusal is shown on the form and nothing changes.
     */
    @Bean
    TaskListener grievanceDecisionListener(GrievanceService service, ProcessBindings bindings) {
        return task -> {
            Object approved = task.getVariable("approved");
            if (approved == null) {
                throw new id.jamsos.rentan.common.TaskInputException("approved",
                        "Keputusan (approved) wajib diisi: sanggahan diterima atau ditolak");
            }
            boolean yes = approved instanceof Boolean b ? b : Boolean.parseBoolean(approved.toString());
            // Gateways read a Boolean whatever the form sent ("true" from a radio group).
            task.getExecution().setVariable("approved", yes);
            service.decide(bindings.recordId(task, VAR_GRIEVANCE_NUMBER), yes, TaskInputs.text(task, "note"),
                    TaskInputs.userId(task));
        };
    }

    /** Task_ReopenCandidate: the rejected candidate goes to the village's next verification round. */
    @Bean
    JavaDelegate reopenCandidateDelegate(GrievanceService service, ProcessBindings bindings) {
        return ex -> service.reopenCandidate(bindings.recordId(ex, VAR_GRIEVANCE_NUMBER));
    }

    /** Task_SendOutcome: the decision and its reason by mail, when the contact is an e-mail address. */
    @Bean
    JavaDelegate grievanceOutcomeDelegate(GrievanceService service, ProcessBindings bindings) {
        return ex -> service.sendOutcome(bindings.recordId(ex, VAR_GRIEVANCE_NUMBER));
    }
}
