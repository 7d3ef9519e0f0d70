package id.jamsos.rentan.claim;

import id.jamsos.rentan.process.StartFormInput;
import id.jamsos.rentan.identity.Official;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

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
    private final ClaimProcess workflow;

    public ClaimStartListener(ClaimService claims, ClaimProcess workflow) {
        this.claims = claims;
        this.workflow = workflow;
    }

    @Override
    public void notify(DelegateExecution ex) {
        if (ex.getVariable(VAR_CLAIM_NUMBER) != null) {
            return;
        }
        StartFormInput form = new StartFormInput(ex);
        Official by = form.official();
        ClaimRequest req = new ClaimRequest(form.text("membershipNumber"), form.text("type"), form.date("eventDate"),
                form.text("deathCertificateNumber"), form.whole("declaredMonthlyIncome"), heirs(ex.getVariable("heirs"), form),
                null);
        form.requireReadable();
        Claim claim = StartFormInput.asFormRefusal("membershipNumber", () -> claims.register(req, by, form.text(VAR_REGENCY)));
        ex.setProcessBusinessKey(claim.claimNumber());
        ex.setVariables(workflow.startVariables(claim));
        ex.removeVariable("heirs");
    }

    private static List<ClaimRequest.HeirInput> heirs(Object value, StartFormInput form) {
        List<ClaimRequest.HeirInput> out = new ArrayList<>();
        SpinJsonNode json = value instanceof SpinJsonNode n ? n
                : value == null ? null : Spin.JSON(value.toString());
        if (json == null || !json.isArray()) {
            return out;
        }
        int i = 0;
        for (SpinJsonNode h : json.elements()) {
            out.add(new ClaimRequest.HeirInput(prop(h, "name"), prop(h, "nik"), prop(h, "relation"),
                    form.date("heirs[" + i + "].birthDate", prop(h, "birthDate")), prop(h, "bankName"),
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
