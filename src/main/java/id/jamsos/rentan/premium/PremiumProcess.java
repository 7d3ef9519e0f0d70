package id.jamsos.rentan.premium;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.pks.PksProcess;
import id.jamsos.rentan.pks.PksProcessKeys;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * The premium-invoice process on the engine, the one place the premium feature starts it: one instance per invoice,
 * business key = invoice number. A concrete class, like every {@code <Feature>Process} (docs/DEVELOPING.md
 * "Processes").
 */
@Component
public class PremiumProcess {
    private final PremiumService service;
    private final RuntimeService runtime;

    public PremiumProcess(PremiumService service, @Lazy RuntimeService runtime) {
        this.service = service;
        this.runtime = runtime;
    }

    /**
     * Starts the invoice's premium-invoice instance unless one exists (the monthly step may run again after a
     * retry), without authorization checks (the engine's own step).
     *
     * @return whether an instance was started
     */
    public boolean startIfMissing(PremiumInvoice invoice) {
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(invoice.invoiceNumber()).count() > 0) {
            return false;
        }
        Map<String, Object> vars = startVariables(invoice);
        PksProcess.withoutAuthorization(() -> runtime.startProcessInstanceByKey(PremiumProcessKeys.PROCESS_KEY,
                invoice.invoiceNumber(), vars));
        return true;
    }

    /** What a premium-invoice instance starts with: ids, its timer dates and the texts its form shows. */
    public Map<String, Object> startVariables(PremiumInvoice i) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("regencyCode", i.regencyCode());
        vars.put(PremiumProcessKeys.VAR_INVOICE_NUMBER, i.invoiceNumber());
        vars.put(PremiumProcessKeys.VAR_INVOICE_YEAR, i.periodMonth().getYear());
        vars.put(PksProcessKeys.VAR_PKS_NUMBER, i.pksNumber());
        vars.put("dueAt", PksProcess.at(i.dueDate(), 23));
        vars.put("escalateAt", PksProcess.at(service.escalationDate(i), 8));
        vars.put("lapseCheckAt", PksProcess.at(service.lapseCheckDate(i), 1));
        vars.put("invoiceText", "Iuran " + PremiumDelegates.model(i).get("period") + ": " + i.memberCount()
                + " peserta × " + Formats.rupiah(i.premiumPerMonth()) + " = " + Formats.rupiah(i.amount())
                + ", jatuh tempo " + Formats.date(i.dueDate()));
        vars.put("amount", i.amount());
        return vars;
    }
}
