package id.jamsos.rentan.citizen;

import id.jamsos.rentan.common.Formats;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import static id.jamsos.rentan.citizen.GrievanceProcessKeys.*;

/**
 * The grievance process on the engine, the one place the grievance part of citizen starts it: business key =
 * grievance number; variables = ids, the routing, the due dates (16:00 WIB of the due day and of the escalation day)
 * and what the deciding official's form shows. A concrete class, like every {@code <Feature>Process}
 * (docs/DEVELOPING.md "Processes").
 */
@Component
public class GrievanceProcess {
    private final RuntimeService runtime;
    private final GrievanceService service;

    public GrievanceProcess(@Lazy RuntimeService runtime, @Lazy GrievanceService service) {
        this.runtime = runtime;
        this.service = service;
    }

    /**
     * Starts the objection's grievance instance.
     *
     * @param g     the recorded objection (OPEN)
     * @param facts what the deciding official reads about the person (masked NIK, proposal, membership, claims)
     */
    public void start(Grievance g, String facts) {
        runtime.startProcessInstanceByKey(PROCESS_KEY, g.grievanceNumber(), startVariables(g, facts));
    }

    Map<String, Object> startVariables(Grievance g, String facts) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_GRIEVANCE_NUMBER, g.grievanceNumber());
        vars.put(VAR_REGENCY, g.regencyCode());
        vars.put(VAR_SUBJECT, g.subject().name());
        vars.put(VAR_DECIDER, g.decider());
        vars.put(VAR_DECISION_DUE, at16(g.dueDate()));
        vars.put(VAR_ESCALATION_DUE, at16(service.escalationDay(g.dueDate())));
        vars.put(VAR_SUBJECT_TEXT, g.subject().text());
        vars.put(VAR_REFERENCE, g.reference() == null ? "-" : g.reference());
        vars.put(VAR_GRIEVANCE_TEXT, g.text());
        vars.put(VAR_FACTS, facts);
        return vars;
    }

    private static Date at16(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(16, 0)).atZone(Formats.WIB).toInstant());
    }
}
