package id.jamsos.rentan.claim;

import id.jamsos.rentan.common.Formats;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.jamsos.rentan.claim.ClaimProcessKeys.*;

/**
 * Thin delegates of claim-payout: read ids from the process, call {@link ClaimService}, {@link ClaimDocuments} or
 * {@link ClaimPayments}, write small decisions back. "Today" (the school year paid, the school check's due date) is
 * the application {@link Clock}'s day in WIB, the same day the services decide by.
 */
@Configuration
public class ClaimDelegates {
    private final Clock clock;

    /** @param clock the application's WIB clock ({@code config.ClockConfig}) */
    public ClaimDelegates(Clock clock) {
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.WIB));
    }

    static String claimNumber(DelegateExecution ex) {
        return (String) ex.getVariable(VAR_CLAIM_NUMBER);
    }

    /** Identifies the step for mail dedupe: a replayed step writes no second mail, a later round writes a new one. */
    static String step(DelegateExecution ex) {
        return ex.getCurrentActivityId() + "|" + ex.getActivityInstanceId();
    }

    static Date endOfDay(LocalDate d) {
        return Date.from(d.atTime(16, 0).atZone(Formats.WIB).toInstant());
    }

    @Bean
    JavaDelegate checkEligibilityDelegate(ClaimService claims) {
        return ex -> ex.setVariable(VAR_ELIGIBLE, claims.checkEligibility(claimNumber(ex), step(ex)));
    }

    @Bean
    JavaDelegate requestDocumentsDelegate(ClaimDocuments documents) {
        return ex -> documents.requestDocuments(claimNumber(ex), step(ex));
    }

    @Bean
    JavaDelegate remindDocumentsDelegate(ClaimDocuments documents) {
        return ex -> documents.remindDocuments(claimNumber(ex), step(ex));
    }

    @Bean
    JavaDelegate closeIncompleteDelegate(ClaimDocuments documents) {
        return ex -> documents.closeIncomplete(claimNumber(ex), step(ex));
    }

    @Bean
    JavaDelegate computeBenefitsDelegate(ClaimService claims) {
        return ex -> {
            ClaimService.Computed c = claims.computeBenefits(claimNumber(ex), step(ex));
            ex.setVariable(VAR_APPROVAL_NEEDED, c.approvalNeeded());
            ex.setVariable(VAR_TOTAL_PAYABLE, c.totalPayable());
            ex.setVariable(VAR_TOTAL_PAYABLE_TEXT, Formats.rupiah(c.totalPayable()));
            ex.setVariable(VAR_BENEFIT_SUMMARY, c.summary());
            ex.setVariable(VAR_PAYOUT_DUE, endOfDay(c.payoutDue()));
            ex.setVariable(VAR_BEASISWA_CHILDREN, c.beasiswaChildren().size());
            for (int i = 0; i < c.beasiswaChildren().size(); i++) {
                ex.setVariable(childNameVar(i + 1), c.beasiswaChildren().get(i));
            }
            // The first school-year check comes at once; later ones at each school-year start.
            ex.setVariable(VAR_NEXT_BEASISWA_CHECK, Date.from(clock.instant()));
            ex.setVariable(VAR_SCHOOL_CHECK_DUE, endOfDay(today().plusDays(14)));
        };
    }

    @Bean
    JavaDelegate rejectClaimDelegate(ClaimService claims) {
        return ex -> claims.reject(claimNumber(ex), step(ex));
    }

    @Bean
    JavaDelegate preparePaymentsDelegate(ClaimPayments payments) {
        return ex -> ex.setVariable(VAR_PAYMENT_IDS, payments.preparePayments(claimNumber(ex)));
    }

    @Bean
    JavaDelegate transferPaymentDelegate(ClaimPayments payments) {
        return ex -> payments.transfer(Long.parseLong(ex.getVariable(VAR_PAYMENT_ID).toString()));
    }

    @Bean
    JavaDelegate markPaidDelegate(ClaimPayments payments) {
        return ex -> payments.markPaid(claimNumber(ex), step(ex));
    }

    @Bean
    JavaDelegate payBeasiswaDelegate(ClaimPayments payments, ClaimSettings settings) {
        return ex -> {
            Map<Integer, String> levels = new HashMap<>();
            for (int pos : List.of(1, 2)) {
                Object level = ex.getVariable(childLevelVar(pos));
                if (level != null) {
                    levels.put(pos, level.toString());
                }
            }
            boolean approved = Boolean.TRUE.equals(ex.getVariable(VAR_SCHOOL_CONFIRMED));
            ClaimPayments.BeasiswaYear y = payments.payBeasiswa(claimNumber(ex), levels, approved, today(), step(ex));
            // Next year's check must get fresh answers, never last year's levels.
            ex.removeVariable(childLevelVar(1));
            ex.removeVariable(childLevelVar(2));
            ex.setVariable(VAR_BEASISWA_CONTINUES, y.continues());
            ex.setVariable(VAR_NEXT_BEASISWA_CHECK, Date.from(y.nextCheck().atStartOfDay(Formats.WIB).toInstant()));
            ex.setVariable(VAR_SCHOOL_CHECK_DUE, endOfDay(y.nextCheck().plusDays(settings.beasiswa().checkDueDays())));
        };
    }
}
