package id.jamsos.rentan.claim;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.WorkingDays;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import static id.jamsos.rentan.claim.ClaimProcessKeys.*;

/**
 * The claim-payout process on the engine, the one place the claim feature calls {@link RuntimeService}: starts an
 * instance per claim (business key = claim number) and correlates the heir's documents. A concrete class, like
 * every {@code <Feature>Process} (docs/DEVELOPING.md "Processes"): nothing outside the package needs an interface.
 */
@Component
public class ClaimProcess {
    private final RuntimeService runtime;
    private final ClaimSettings settings;
    private final WorkingDays workingDays;
    private final Clock clock;

    /** @param clock the application's WIB clock ({@code config.ClockConfig}): the day the document check is due from */
    public ClaimProcess(@Lazy RuntimeService runtime, ClaimSettings settings, WorkingDays workingDays, Clock clock) {
        this.runtime = runtime;
        this.settings = settings;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** Starts the claim's claim-payout instance. */
    public void start(Claim claim) {
        runtime.startProcessInstanceByKey(PROCESS_KEY, claim.claimNumber(), startVariables(claim));
    }

    /** What every claim-payout instance starts with: ids and the settings its timers and due dates use. */
    public Map<String, Object> startVariables(Claim claim) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_CLAIM_NUMBER, claim.claimNumber());
        vars.put(VAR_REGENCY, claim.regencyCode());
        vars.put(VAR_CLAIM_TYPE, claim.type().name());
        vars.put(VAR_REMINDER_CYCLE, settings.documentsReminderCycle());
        vars.put(VAR_DOCUMENTS_TIMEOUT, settings.documentsTimeout());
        LocalDate due = workingDays.plusWorkingDays(LocalDate.now(clock.withZone(Formats.WIB)),
                settings.documentCheckWorkingDays());
        vars.put(VAR_DOCUMENTS_CHECK_DUE, Date.from(due.atTime(16, 0).atZone(Formats.WIB).toInstant()));
        return vars;
    }

    /**
     * Tells the claim's instance that the missing documents arrived.
     *
     * @return false when the claim is not waiting for documents (no message subscription), nothing correlated
     */
    public boolean documentsSubmitted(String claimNumber) {
        if (runtime.createExecutionQuery().processInstanceBusinessKey(claimNumber)
                .messageEventSubscriptionName(MSG_DOCUMENTS_SUBMITTED).count() == 0) {
            return false;
        }
        runtime.createMessageCorrelation(MSG_DOCUMENTS_SUBMITTED).processInstanceBusinessKey(claimNumber).correlate();
        return true;
    }
}
