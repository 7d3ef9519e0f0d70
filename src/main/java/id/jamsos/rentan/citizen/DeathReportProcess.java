package id.jamsos.rentan.citizen;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.WorkingDays;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import static id.jamsos.rentan.citizen.DeathReportProcessKeys.*;

/**
 * The death-report process on the engine, the one place the citizen feature calls {@link RuntimeService}: business
 * key = report number, variables = ids and the task's prefill. A concrete class, like every {@code <Feature>Process}.
 */
@Component
public class DeathReportProcess {
    private final RuntimeService runtime;
    private final WorkingDays workingDays;
    private final int openClaimWorkingDays;
    private final MemberRepository members;
    private final Clock clock;

    /** @param clock the application's WIB clock ({@code config.ClockConfig}): the day the open-claim task is due from */
    public DeathReportProcess(@Lazy RuntimeService runtime, WorkingDays workingDays,
                              CitizenSettings settings, MemberRepository members, Clock clock) {
        this.runtime = runtime;
        this.clock = clock;
        this.members = members;
        this.workingDays = workingDays;
        this.openClaimWorkingDays = settings.openClaimWorkingDays();
    }

    /** Starts the report's death-report instance. */
    public void start(DeathReport report) {
        runtime.startProcessInstanceByKey(PROCESS_KEY, report.reportNumber(), startVariables(report));
    }

    /** Ids, the member flag and what the BPJS officer's task shows (member and event), the task's due date. */
    public Map<String, Object> startVariables(DeathReport r) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_REPORT_NUMBER, r.reportNumber());
        vars.put(VAR_REGENCY, r.regencyCode());
        vars.put(VAR_MEMBER, r.member());
        if (r.member()) {
            vars.put(VAR_MEMBERSHIP_NUMBER, r.membershipNumber());
            vars.put(VAR_MEMBER_NAME, members.find(r.membershipNumber()).map(Member::name).orElse("-"));
            vars.put(VAR_DATE_OF_DEATH, r.dateOfDeath().toString());
            vars.put(VAR_DEATH_CERTIFICATE, r.deathCertificateNumber() == null ? "-" : r.deathCertificateNumber());
            LocalDate due = workingDays.plusWorkingDays(LocalDate.now(clock.withZone(Formats.WIB)), openClaimWorkingDays);
            vars.put(VAR_OPEN_CLAIM_DUE, Date.from(due.atTime(16, 0).atZone(Formats.WIB).toInstant()));
        }
        return vars;
    }
}
