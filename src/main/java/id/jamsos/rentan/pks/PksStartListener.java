package id.jamsos.rentan.pks;

import id.jamsos.rentan.process.StartFormInput;
import id.jamsos.rentan.identity.Official;
import id.jamsos.rentan.identity.RegionAccessPolicy;
import id.jamsos.rentan.identity.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of pks-agreement from the Tasklist start form ({@code forms/pks-start.html}): records the draft with the
 * rules and messages of {@code POST /api/agreements} and makes the PKS number the business key. A refusal rolls
 * the start back: no draft exists. Starts by the API or an approved budget carry the number and pass through.
 */
@Component("pksStartListener")
public class PksStartListener implements ExecutionListener {
    private final PksService service;
    private final PksProcess process;
    private final RegionAccessPolicy policy;

    public PksStartListener(PksService service, PksProcess process, RegionAccessPolicy policy) {
        this.service = service;
        this.process = process;
        this.policy = policy;
    }

    @Override
    public void notify(DelegateExecution ex) {
        if (ex.getVariable(PksProcessKeys.VAR_PKS_NUMBER) != null) {
            return;
        }
        StartFormInput form = new StartFormInput(ex);
        Official by = form.official();
        PksRules.Draft draft = new PksRules.Draft(form.text("regencyCode"), form.integer("fiscalYear"),
                form.integer("quota"), form.whole("budget"), form.date("startDate"), form.date("endDate"),
                form.text("gapReason"), form.text("payer"), form.text("payerName"), form.text("villageCode"));
        form.requireReadable();
        Agreement a = StartFormInput.asFormRefusal("regencyCode", () -> {
            if (draft.regencyCode() != null && draft.regencyCode().matches("\\d{4}")) {
                policy.requireRole(by, Role.DINSOS, draft.regencyCode());
            }
            return service.create(draft);
        });
        ex.setProcessBusinessKey(a.pksNumber());
        ex.setVariables(process.startVariables(a));
    }
}
