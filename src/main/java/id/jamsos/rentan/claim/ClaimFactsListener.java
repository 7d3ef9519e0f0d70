package id.jamsos.rentan.claim;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.IndonesianDates;
import id.jamsos.rentan.common.IndonesianNumbers;
import id.jamsos.rentan.enrollment.Member;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.util.List;

import static id.jamsos.rentan.claim.ClaimProcessKeys.VAR_CLAIM_NUMBER;

/**
 * On create of the document check ({@code Task_CheckDocuments}): puts what the BPJS officer decides on into
 * task-local variables the form shows read-only (disabled fields, never sent back): the deceased member, the
 * event, the contribution months (masa iur) and each heir with relation, bank and masked account number.
 * Read from our tables each time the task is created, so a second check after late documents shows today's
 * facts. The variables are local to the task and vanish with it; the process keeps only the claim number.
 */
@Component("claimFactsListener")
public class ClaimFactsListener implements TaskListener {
    public static final String VAR_DECEASED = "factDeceased";
    public static final String VAR_EVENT = "factEvent";
    public static final String VAR_CONTRIBUTION = "factContributionMonths";
    public static final String VAR_HEIRS = "factHeirs";
    public static final String VAR_CLAIM_VIEW = "claimViewUrl";

    private final ClaimService claims;

    public ClaimFactsListener(ClaimService claims) {
        this.claims = claims;
    }

    /** Where the claim view page of one claim lives (status, benefits, payments, dates), relative to the app. */
    public static String claimViewPath(String claimNumber) {
        return "/klaim/" + claimNumber;
    }

    @Override
    public void notify(DelegateTask task) {
        String claimNumber = (String) task.getVariable(VAR_CLAIM_NUMBER);
        ClaimService.Facts f = claims.facts(claimNumber);
        Claim c = f.claim();
        Member m = f.member();
        task.setVariableLocal(VAR_DECEASED, m.name() + " — NIK " + Formats.maskNik(m.nik()) + ", KPJ " + m.membershipNumber());
        task.setVariableLocal(VAR_EVENT, (c.type() == ClaimType.JKK ? "JKK — meninggal karena kecelakaan kerja"
                : "JKM — meninggal dunia") + ", tanggal " + IndonesianDates.format(c.eventDate())
                + (c.deathCertificateNumber() == null ? "" : ", akta kematian " + c.deathCertificateNumber())
                + (c.declaredMonthlyIncome() == null ? "" : ", upah dilaporkan " + IndonesianNumbers.rupiah(c.declaredMonthlyIncome())));
        task.setVariableLocal(VAR_CONTRIBUTION, m.contributionMonths() + " bulan (peserta sejak "
                + IndonesianDates.format(m.coverageStart()) + ")");
        task.setVariableLocal(VAR_HEIRS, heirLines(f.heirs()));
        task.setVariableLocal(VAR_CLAIM_VIEW, claimViewPath(claimNumber));
    }

    /** One line per heir: "1. Siti Aminah — janda/duda — BRI, rek. ***********2345"; "(belum ada)" when none. */
    static String heirLines(List<Heir> heirs) {
        if (heirs.isEmpty()) {
            return "(belum ada ahli waris tercatat)";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < heirs.size(); i++) {
            Heir h = heirs.get(i);
            out.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(h.name()).append(" — ")
                    .append(h.relation() == null ? "-" : h.relation().label()).append(" — ")
                    .append(h.bankName() == null ? "bank -" : h.bankName()).append(", rek. ")
                    .append(h.bankAccount() == null ? "-" : ClaimController.maskAccount(h.bankAccount()));
        }
        return out.toString();
    }
}
