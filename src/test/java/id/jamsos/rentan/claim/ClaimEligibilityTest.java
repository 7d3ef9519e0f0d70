package id.jamsos.rentan.claim;

import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberHistory;
import id.jamsos.rentan.enrollment.MemberStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimEligibilityTest {
    final LocalDate today = LocalDate.of(2026, 11, 20);

    static Member member(MemberStatus status, LocalDate start, LocalDate end) {
        return new Member("62030000099", "6203011505850001", "Uji", LocalDate.of(1985, 5, 15), "M", "PETANI", null, null,
                null, "6203011001", "620301", "6203", null, "PEMERINTAH_APBD", status, start, end, 40);
    }

    static MemberHistory history(Member m, MemberHistory.StatusChange... changes) {
        return new MemberHistory(m.coverageStart(), List.of(changes), List.of(), m.contributionMonths());
    }

    static ClaimEligibility.Result check(Member m, ClaimType type, LocalDate event, LocalDate filedOn, int years) {
        return ClaimEligibility.check(m, history(m), type, event, filedOn, years);
    }

    @Test
    void activeOnTheEventDateIsEligibleWithItsReason() {
        var r = check(member(MemberStatus.ACTIVE, LocalDate.of(2024, 1, 1), null), ClaimType.JKM,
                LocalDate.of(2026, 11, 1), today, 5);
        assertThat(r.eligible()).isTrue();
        assertThat(r.reason()).contains("01-11-2026").contains("01-01-2024");
    }

    @Test
    void deathBeforeCoverageStartIsRejected() {
        var r = check(member(MemberStatus.ACTIVE, LocalDate.of(2026, 6, 1), null), ClaimType.JKM,
                LocalDate.of(2026, 5, 31), today, 5);
        assertThat(r.eligible()).isFalse();
        assertThat(r.reason()).contains("sebelum awal masa perlindungan");
    }

    @Test
    void theStatusOnTheEventDateDecidesNotTodays() {
        // Issue 13: "active on the event date" from the member's history (member_status_change).
        Member lapsedNow = member(MemberStatus.LAPSED, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));
        MemberHistory h = history(lapsedNow, new MemberHistory.StatusChange(MemberStatus.LAPSED, "PREMIUM_ARREARS",
                LocalDate.of(2026, 4, 1)));
        assertThat(ClaimEligibility.check(lapsedNow, h, ClaimType.JKM, LocalDate.of(2026, 3, 30), today, 5).eligible()).isTrue();
        var r = ClaimEligibility.check(lapsedNow, h, ClaimType.JKM, LocalDate.of(2026, 4, 2), today, 5);
        assertThat(r.eligible()).isFalse();
        assertThat(r.reason()).contains("LAPSED").contains("01-04-2026");
        // Active again today (arrears paid 01-06), but lapsed on the event date: still refused.
        Member activeNow = member(MemberStatus.ACTIVE, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));
        MemberHistory back = history(activeNow,
                new MemberHistory.StatusChange(MemberStatus.LAPSED, "PREMIUM_ARREARS", LocalDate.of(2026, 4, 1)),
                new MemberHistory.StatusChange(MemberStatus.ACTIVE, "ARREARS_PAID", LocalDate.of(2026, 6, 1)));
        assertThat(ClaimEligibility.check(activeNow, back, ClaimType.JKM, LocalDate.of(2026, 5, 10), today, 5).eligible()).isFalse();
        assertThat(ClaimEligibility.check(activeNow, back, ClaimType.JKM, LocalDate.of(2026, 6, 10), today, 5).eligible()).isTrue();
    }

    @Test
    void afterTheCoverageEndIsRejected() {
        Member ended = member(MemberStatus.ENDED, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 3, 31));
        assertThat(check(ended, ClaimType.JKM, LocalDate.of(2026, 4, 2), today, 5).eligible()).isFalse();
        assertThat(check(ended, ClaimType.JKM, LocalDate.of(2026, 3, 31), today, 5).eligible()).isTrue();
    }

    @Test
    void jkkExpiresFiveYearsAfterTheAccidentCountedToTheFilingDay() {
        Member m = member(MemberStatus.ACTIVE, LocalDate.of(2015, 1, 1), null);
        assertThat(check(m, ClaimType.JKK, LocalDate.of(2021, 11, 20), today, 5).eligible()).isTrue();
        var late = check(m, ClaimType.JKK, LocalDate.of(2021, 11, 19), today, 5);
        assertThat(late.eligible()).isFalse();
        assertThat(late.reason()).contains("kedaluwarsa");
        // DOMAIN "Benefits": rights expire 5 years after the accident; the day the claim was filed counts, not
        // the day an officer checks it.
        assertThat(check(m, ClaimType.JKK, LocalDate.of(2021, 11, 19), LocalDate.of(2026, 11, 19), 5).eligible()).isTrue();
        // JKM has no such limit.
        assertThat(check(m, ClaimType.JKM, LocalDate.of(2021, 11, 19), today, 5).eligible()).isTrue();
    }
}
