package id.jamsos.rentan.claim;

import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimEligibilityTest {
    final LocalDate today = LocalDate.of(2026, 11, 20);

    static Member member(MemberStatus status, LocalDate start, LocalDate end) {
        return new Member("62030000099", "6203011505850001", "Uji", LocalDate.of(1985, 5, 15), "M", "PETANI", null, null,
                null, "6203011001", "620301", "6203", null, "PEMERINTAH_APBD", status, start, end, 40);
    }

    @Test
    void activeOnTheEventDateIsEligibleWithItsReason() {
        var r = ClaimEligibility.check(member(MemberStatus.ACTIVE, LocalDate.of(2024, 1, 1), null), ClaimType.JKM,
                LocalDate.of(2026, 11, 1), today, 5);
        assertThat(r.eligible()).isTrue();
        assertThat(r.reason()).contains("01-11-2026").contains("01-01-2024");
    }

    @Test
    void deathBeforeCoverageStartIsRejected() {
        var r = ClaimEligibility.check(member(MemberStatus.ACTIVE, LocalDate.of(2026, 6, 1), null), ClaimType.JKM,
                LocalDate.of(2026, 5, 31), today, 5);
        assertThat(r.eligible()).isFalse();
        assertThat(r.reason()).contains("sebelum awal masa perlindungan");
    }

    @Test
    void lapsedBeforeTheEventIsRejectedButCoveredUntilTheEndIsEligible() {
        Member lapsed = member(MemberStatus.LAPSED, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 3, 31));
        assertThat(ClaimEligibility.check(lapsed, ClaimType.JKM, LocalDate.of(2026, 4, 2), today, 5).eligible()).isFalse();
        assertThat(ClaimEligibility.check(lapsed, ClaimType.JKM, LocalDate.of(2026, 3, 30), today, 5).eligible()).isTrue();
        assertThat(ClaimEligibility.check(member(MemberStatus.LAPSED, LocalDate.of(2024, 1, 1), null), ClaimType.JKM,
                LocalDate.of(2026, 3, 30), today, 5).eligible()).isFalse();
    }

    @Test
    void jkkExpiresFiveYearsAfterTheAccident() {
        Member m = member(MemberStatus.ACTIVE, LocalDate.of(2015, 1, 1), null);
        assertThat(ClaimEligibility.check(m, ClaimType.JKK, LocalDate.of(2021, 11, 20), today, 5).eligible()).isTrue();
        var late = ClaimEligibility.check(m, ClaimType.JKK, LocalDate.of(2021, 11, 19), today, 5);
        assertThat(late.eligible()).isFalse();
        assertThat(late.reason()).contains("kedaluwarsa");
        // JKM has no such limit.
        assertThat(ClaimEligibility.check(m, ClaimType.JKM, LocalDate.of(2021, 11, 19), today, 5).eligible()).isTrue();
    }
}
