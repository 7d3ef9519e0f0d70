package id.jamsos.rentan.citizen;

import id.jamsos.rentan.boundary.ProcessBindings;
import id.jamsos.rentan.claim.ClaimRequest;
import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.IndonesianDates;
import id.jamsos.rentan.common.TaskInputException;
import id.jamsos.rentan.identity.Official;
import id.jamsos.rentan.process.StartFormInput;
import id.jamsos.rentan.process.TaskInputs;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
     * Task_OpenClaim (embedded form forms/death-report-open-claim.html): approved=true files the member's claim from
     * the task with the heirs (or the funeral payee) the officer entered, through {@link DeathReportService#openClaim}
     * (the claim's own rules; a refusal names the field, e.g. {@code heirs[0].nik}, on the form and in engine-rest's
     * 400, and nothing is written), starts claim-payout, and records the claim number; a claim filed earlier for the
     * member is linked. approved=false needs a note (e.g. no heir reachable) and files nothing.
     */
    @Bean
    TaskListener openClaimTaskListener(DeathReportService service, ProcessBindings bindings) {
        return task -> {
            TaskInputs.Decision d = TaskInputs.decision(task);
            if (!d.approved()) {
                // Closed without a claim: heirs sent anyway are not kept in the process.
                task.getExecution().removeVariable(IN_HEIRS);
                task.getExecution().removeVariable(IN_FUNERAL_PAYEE);
                return;
            }
            List<FieldError> errors = new ArrayList<>();
            List<ClaimRequest.HeirInput> heirs = heirs(task.getVariable(IN_HEIRS), errors);
            ClaimRequest.PayeeInput payee = payee(task.getVariable(IN_FUNERAL_PAYEE), errors);
            if (!errors.isEmpty()) {
                throw StartFormInput.refusal(errors);
            }
            Official by = official(task);
            String report = bindings.recordId(task, VAR_REPORT_NUMBER);
            String claim = StartFormInput.asFormRefusal(VAR_REGENCY, () -> service.openClaim(report,
                    TaskInputs.text(task, IN_CLAIM_TYPE), heirs, payee, by));
            task.getExecution().setVariable(VAR_CLAIM_NUMBER, claim);
            // The heirs' NIKs and accounts live in the claim's tables, not in the process variables.
            task.getExecution().removeVariable(IN_HEIRS);
            task.getExecution().removeVariable(IN_FUNERAL_PAYEE);
        };
    }

    private static Official official(DelegateTask task) {
        Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (auth == null || auth.getUserId() == null) {
            throw new TaskInputException("input", "klaim hanya dapat diajukan oleh petugas yang masuk");
        }
        return Official.of(auth.getUserId(), auth.getGroupIds() == null ? List.of() : auth.getGroupIds());
    }

    /** The heirs as the form sends them (Json list; text of one); dates dd-mm-yyyy or ISO, named heirs[i].birthDate. */
    static List<ClaimRequest.HeirInput> heirs(Object value, List<FieldError> errors) {
        List<ClaimRequest.HeirInput> out = new ArrayList<>();
        SpinJsonNode json = json(value, IN_HEIRS, errors);
        if (json == null) {
            return out;
        }
        if (!json.isArray()) {
            errors.add(FieldError.of(IN_HEIRS, "harus berupa daftar ahli waris"));
            return out;
        }
        int i = 0;
        for (SpinJsonNode h : json.elements()) {
            String birth = prop(h, "birthDate");
            LocalDate birthDate = null;
            if (birth != null) {
                try {
                    birthDate = IndonesianDates.parse(birth);
                } catch (IllegalArgumentException e) {
                    errors.add(FieldError.of("heirs[" + i + "].birthDate", e.getMessage()));
                }
            }
            out.add(new ClaimRequest.HeirInput(prop(h, "name"), prop(h, "nik"), prop(h, "relation"), birthDate,
                    prop(h, "bankName"), prop(h, "bankAccount"), prop(h, "email")));
            i++;
        }
        return out;
    }

    /** The funeral payee (Json object), or null when absent or left empty on the form. */
    static ClaimRequest.PayeeInput payee(Object value, List<FieldError> errors) {
        SpinJsonNode f = json(value, IN_FUNERAL_PAYEE, errors);
        if (f == null || !f.isObject()) {
            return null;
        }
        ClaimRequest.PayeeInput p = new ClaimRequest.PayeeInput(prop(f, "name"), prop(f, "nik"), prop(f, "bankName"),
                prop(f, "bankAccount"), prop(f, "email"));
        return p.name() == null && p.nik() == null && p.bankName() == null && p.bankAccount() == null ? null : p;
    }

    private static SpinJsonNode json(Object value, String field, List<FieldError> errors) {
        if (value == null || value instanceof SpinJsonNode) {
            return (SpinJsonNode) value;
        }
        String text = value.toString();
        if (text.isBlank()) {
            return null;
        }
        try {
            return Spin.JSON(text);
        } catch (RuntimeException e) {
            errors.add(FieldError.of(field, "bukan Json yang sah"));
            return null;
        }
    }

    private static String prop(SpinJsonNode h, String name) {
        if (!h.hasProp(name) || h.prop(name).isNull()) {
            return null;
        }
        String v = h.prop(name).isString() ? h.prop(name).stringValue() : h.prop(name).toString();
        return v.isBlank() ? null : v.trim();
    }
}
