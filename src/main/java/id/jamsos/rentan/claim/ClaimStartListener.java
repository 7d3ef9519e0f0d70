package id.jamsos.rentan.claim;

import id.jamsos.rentan.common.TaskInputException;
import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.identity.Official;
import id.jamsos.rentan.identity.RegionAccessDeniedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import static id.jamsos.rentan.claim.ClaimProcessKeys.*;

/**
 * Start of claim-payout from the Tasklist start form ({@code forms/claim-start.html}): registers the claim
 * with the same rules as {@code POST /api/claims} and makes its number the business key. Bad input refuses
 * the start with the Indonesian field messages (Tasklist shows them) and nothing is created. Instances
 * started by the API already carry {@code claimNumber} and pass through.
 */
@Component("claimStartListener")
public class ClaimStartListener implements ExecutionListener {
    private final ClaimService claims;
    private final CamundaClaimWorkflow workflow;

    public ClaimStartListener(ClaimService claims, CamundaClaimWorkflow workflow) {
        this.claims = claims;
        this.workflow = workflow;
    }

    @Override
    public void notify(DelegateExecution ex) {
        if (ex.getVariable(VAR_CLAIM_NUMBER) != null) {
            return;
        }
        Authentication auth = ex.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (auth == null) {
            throw new TaskInputException("claimNumber", "klaim tanpa nomor hanya dapat diajukan oleh petugas yang masuk");
        }
        Official by = Official.of(auth.getUserId(), auth.getGroupIds() == null ? List.of() : auth.getGroupIds());
        List<FieldError> errors = new ArrayList<>();
        ClaimRequest req = new ClaimRequest(text(ex, "membershipNumber"), text(ex, "type"), date(text(ex, "eventDate"),
                "eventDate", errors), text(ex, "deathCertificateNumber"), number(text(ex, "declaredMonthlyIncome"), errors),
                heirs(ex.getVariable("heirs"), errors), null);
        if (!errors.isEmpty()) {
            throw refusal(errors);
        }
        Claim claim;
        try {
            claim = claims.register(req, by, text(ex, VAR_REGENCY));
        } catch (ValidationException e) {
            throw refusal(e.errors());
        } catch (RegionAccessDeniedException | id.jamsos.rentan.common.ConflictException e) {
            throw new TaskInputException("membershipNumber", e.getMessage());
        }
        ex.setProcessBusinessKey(claim.claimNumber());
        ex.setVariables(workflow.startVariables(claim));
        ex.removeVariable("heirs");
    }

    private static TaskInputException refusal(List<FieldError> errors) {
        return new TaskInputException("Data klaim tidak valid", errors.stream().map(f -> f.field() + ": " + f.message())
                .collect(Collectors.joining("; ")));
    }

    private static String text(DelegateExecution ex, String name) {
        Object v = ex.getVariable(name);
        if (v instanceof Date d) {
            return d.toInstant().atZone(ZoneId.of("Asia/Jakarta")).toLocalDate().toString();
        }
        return v == null || v.toString().isBlank() ? null : v.toString().trim();
    }

    private static LocalDate date(String s, String field, List<FieldError> errors) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "tanggal tidak valid (yyyy-MM-dd)"));
            return null;
        }
    }

    private static Long number(String s, List<FieldError> errors) {
        if (s == null) {
            return null;
        }
        try {
            return Long.parseLong(s.replace(".", "").replace(",", ""));
        } catch (NumberFormatException e) {
            errors.add(FieldError.of("declaredMonthlyIncome", "harus angka rupiah tanpa desimal"));
            return null;
        }
    }

    private static List<ClaimRequest.HeirInput> heirs(Object value, List<FieldError> errors) {
        List<ClaimRequest.HeirInput> out = new ArrayList<>();
        SpinJsonNode json = value instanceof SpinJsonNode n ? n
                : value == null ? null : org.camunda.spin.Spin.JSON(value.toString());
        if (json == null || !json.isArray()) {
            return out;
        }
        int i = 0;
        for (SpinJsonNode h : json.elements()) {
            out.add(new ClaimRequest.HeirInput(prop(h, "name"), prop(h, "nik"), prop(h, "relation"),
                    date(prop(h, "birthDate"), "heirs[" + i + "].birthDate", errors), prop(h, "bankName"),
                    prop(h, "bankAccount"), prop(h, "email")));
            i++;
        }
        return out;
    }

    private static String prop(SpinJsonNode h, String name) {
        if (!h.hasProp(name) || h.prop(name).isNull()) {
            return null;
        }
        String v = h.prop(name).isString() ? h.prop(name).stringValue() : h.prop(name).toString();
        return v.isBlank() ? null : v.trim();
    }
}
