package id.jamsos.rentan.claim;

import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The claim intake rules without database or engine: every refusal names its field, a valid claim passes. */
class ClaimIntakeRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final long REGISTERED = 1_000_000;
    static final Member MEMBER = new Member("23010000001", "6203010101800001", "Budi", LocalDate.of(1980, 1, 1), "L",
            "PETANI", "Desa", null, null, "6203011001", "620301", "6203", "PKS-6203-2026", "PBPU",
            MemberStatus.ACTIVE, LocalDate.of(2026, 1, 1), null, 11);
    static final ClaimRequest.HeirInput WIFE = new ClaimRequest.HeirInput("Siti Aminah", "6203014101850002", "SPOUSE",
            LocalDate.of(1985, 1, 1), "BRI", "123456789012", "siti@example.org");

    static ClaimRequest jkm(List<ClaimRequest.HeirInput> heirs, ClaimRequest.PayeeInput payee) {
        return new ClaimRequest(MEMBER.membershipNumber(), "JKM", LocalDate.of(2026, 11, 20), "AKM-2026-001", null,
                heirs, payee);
    }

    static List<String> fields(ClaimIntakeRules.Result r) {
        return r.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteJkmClaimPassesWithTheHeirsRelations() {
        ClaimIntakeRules.Result r = ClaimIntakeRules.check(jkm(List.of(WIFE), null), MEMBER, null, TODAY, REGISTERED);
        assertThat(r.valid()).isTrue();
        assertThat(r.type()).isEqualTo(ClaimType.JKM);
        assertThat(r.relations()).containsExactly(Relation.SPOUSE);
    }

    @Test
    void anUnknownMemberAFutureEventAndAnUnknownTypeAreNamedTogether() {
        ClaimRequest req = new ClaimRequest("99999999999", "JKX", TODAY.plusDays(1), null, null, List.of(WIFE), null);
        ClaimIntakeRules.Result r = ClaimIntakeRules.check(req, null, null, TODAY, REGISTERED);
        assertThat(fields(r)).containsExactly("membershipNumber", "type", "eventDate");
        assertThat(r.errors().get(0).message()).contains("99999999999").contains("tidak terdaftar");
    }

    @Test
    void aStartFormOfAnotherRegencyIsRefusedOnRegencyCode() {
        ClaimIntakeRules.Result r = ClaimIntakeRules.check(jkm(List.of(WIFE), null), MEMBER, "6208", TODAY, REGISTERED);
        assertThat(fields(r)).containsExactly("regencyCode");
        assertThat(r.errors().get(0).message()).contains("6203").contains("6208");
    }

    @Test
    void jkkIsPaidOnTheRegisteredIncomeOnly() {
        ClaimRequest other = new ClaimRequest(MEMBER.membershipNumber(), "JKK", LocalDate.of(2026, 11, 20), null,
                3_000_000L, List.of(WIFE), null);
        ClaimIntakeRules.Result r = ClaimIntakeRules.check(other, MEMBER, null, TODAY, REGISTERED);
        assertThat(fields(r)).containsExactly("declaredMonthlyIncome");
        assertThat(r.errors().get(0).message()).contains("Rp1.000.000");

        ClaimRequest missing = new ClaimRequest(MEMBER.membershipNumber(), "JKK", LocalDate.of(2026, 11, 20), null,
                null, List.of(WIFE), null);
        assertThat(fields(ClaimIntakeRules.check(missing, MEMBER, null, TODAY, REGISTERED))).containsExactly("declaredMonthlyIncome");

        ClaimRequest registered = new ClaimRequest(MEMBER.membershipNumber(), "JKK", LocalDate.of(2026, 11, 20), null,
                REGISTERED, List.of(WIFE), null);
        assertThat(ClaimIntakeRules.check(registered, MEMBER, null, TODAY, REGISTERED).valid()).isTrue();
    }

    @Test
    void eachHeirFieldIsNamedWithItsIndex() {
        ClaimRequest.HeirInput bad = new ClaimRequest.HeirInput("", "123", "COUSIN", TODAY.plusDays(3), "", "12ab", "x@");
        ClaimIntakeRules.Result r = ClaimIntakeRules.check(jkm(java.util.Arrays.asList(WIFE, bad, null), null), MEMBER,
                null, TODAY, REGISTERED);
        assertThat(fields(r)).containsExactly("heirs[1].name", "heirs[1].nik", "heirs[1].relation", "heirs[1].birthDate",
                "heirs[1].bankName", "heirs[1].bankAccount", "heirs[1].email", "heirs[2]");
    }

    @Test
    void withoutHeirsSomeoneWhoBuriedTheMemberIsRequired() {
        assertThat(fields(ClaimIntakeRules.check(jkm(List.of(), null), MEMBER, null, TODAY, REGISTERED)))
                .containsExactly("heirs");
        ClaimRequest.PayeeInput payee = new ClaimRequest.PayeeInput("Pak RT", null, "BRI", "12345", null);
        assertThat(fields(ClaimIntakeRules.check(jkm(List.of(), payee), MEMBER, null, TODAY, REGISTERED)))
                .containsExactly("funeralPayee.bankAccount");
    }
}
