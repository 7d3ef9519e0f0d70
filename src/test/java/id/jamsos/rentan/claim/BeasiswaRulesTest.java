package id.jamsos.rentan.claim;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BeasiswaRulesTest {
    static final ClaimDecisions decisions = new ClaimDecisions();
    final BeasiswaRules rules = new BeasiswaRules(decisions, 2, 23, 174_000_000L);
    final LocalDate today = LocalDate.of(2026, 7, 20);

    @Test
    void twoOfThreeChildrenEldestFirst() {
        var youngest = new BeasiswaRules.ChildHeir(1, "Bungsu", LocalDate.of(2018, 3, 1));
        var eldest = new BeasiswaRules.ChildHeir(2, "Sulung", LocalDate.of(2008, 5, 1));
        var middle = new BeasiswaRules.ChildHeir(3, "Tengah", LocalDate.of(2012, 9, 1));
        assertThat(rules.select(List.of(youngest, eldest, middle), today)).extracting(BeasiswaRules.ChildHeir::name)
                .containsExactly("Sulung", "Tengah");
    }

    @Test
    void aChildOf23IsNotSelectedAndTheNextOneTakesTheSeat() {
        var adult = new BeasiswaRules.ChildHeir(1, "Dewasa", LocalDate.of(2003, 7, 1)); // 23 on 01-07-2026
        var a = new BeasiswaRules.ChildHeir(2, "A", LocalDate.of(2010, 1, 1));
        var b = new BeasiswaRules.ChildHeir(3, "B", LocalDate.of(2014, 1, 1));
        assertThat(rules.select(List.of(adult, a, b), today)).extracting(BeasiswaRules.ChildHeir::name).containsExactly("A", "B");
    }

    @Test
    void aChildTurning23StopsBeingPaidAndEndsTheLoop() {
        var child = new BeasiswaRules.ChildHistory(7, "Rina", LocalDate.of(2004, 1, 10), Map.of("PT", 2));
        // 22 on the 2026 check: paid; 23 before the 2027 school year: no further check.
        assertThat(rules.yearPayment(child, "PT", today, 0).amount()).isEqualTo(12_000_000);
        LocalDate next = BeasiswaRules.nextSchoolYearStart(today, MonthDay.of(7, 15));
        assertThat(next).isEqualTo(LocalDate.of(2027, 7, 15));
        assertThat(rules.yearPayment(child, "PT", next, 0).amount()).isZero();
        assertThat(rules.continues(List.of(child), next, 24_000_000)).isFalse();
    }

    @Test
    void levelCapOfYearsPaysNothingMore() {
        var child = new BeasiswaRules.ChildHistory(8, "Ani", LocalDate.of(2019, 1, 1), Map.of("TK", 2));
        BeasiswaRules.YearPayment p = rules.yearPayment(child, "TK", today, 3_000_000);
        assertThat(p.amount()).isZero();
        assertThat(p.reason()).contains("sudah habis");
        assertThat(rules.yearPayment(child, "SD", today, 3_000_000).amount()).isEqualTo(1_500_000);
    }

    @Test
    void totalCapLimitsTheLastPaymentAndEndsTheLoop() {
        var child = new BeasiswaRules.ChildHistory(9, "Budi", LocalDate.of(2006, 1, 1), Map.of());
        assertThat(rules.yearPayment(child, "PT", today, 170_000_000).amount()).isEqualTo(4_000_000);
        assertThat(rules.yearPayment(child, "PT", today, 174_000_000).amount()).isZero();
        assertThat(rules.continues(List.of(child), today.plusYears(1), 174_000_000)).isFalse();
        assertThat(rules.continues(List.of(child), today.plusYears(1), 100_000_000)).isTrue();
    }

    @Test
    void notInSchoolPaysNothingThisYear() {
        var child = new BeasiswaRules.ChildHistory(10, "Joko", LocalDate.of(2010, 1, 1), Map.of());
        assertThat(rules.yearPayment(child, "TIDAK", today, 0).amount()).isZero();
        assertThat(rules.yearPayment(child, null, today, 0).amount()).isZero();
    }

    @Test
    void jkmNeeds36ContributionMonthsJkkNone() {
        assertThat(decisions.beasiswaEligibility(ClaimType.JKM, 35).eligible()).isFalse();
        assertThat(decisions.beasiswaEligibility(ClaimType.JKM, 36).eligible()).isTrue();
        assertThat(decisions.beasiswaEligibility(ClaimType.JKK, 3).eligible()).isTrue();
    }
}
