package id.jamsos.rentan.claim;

import id.jamsos.rentan.common.TextRules;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code POST /api/claims} (CONTRACT.md). {@code funeralPayee} is our optional addition: whoever buried
 * the member, required only when there is no heir and no will.
 */
public record ClaimRequest(String membershipNumber, String type, LocalDate eventDate, String deathCertificateNumber,
                           Long declaredMonthlyIncome, List<HeirInput> heirs, PayeeInput funeralPayee) {

    public record HeirInput(String name, String nik, String relation, LocalDate birthDate, String bankName,
                            String bankAccount, String email) {
        /** Typographic apostrophes in names (’ ‘ ʼ `) become ' before any rule sees them (issue 13). */
        public HeirInput {
            name = TextRules.normalizeApostrophes(name);
        }
    }

    public record PayeeInput(String name, String nik, String bankName, String bankAccount, String email) {
        public PayeeInput {
            name = TextRules.normalizeApostrophes(name);
        }
    }
}
