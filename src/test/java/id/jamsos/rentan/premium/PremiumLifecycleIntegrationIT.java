package id.jamsos.rentan.premium;

import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.enrollment.MemberStatus;
import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.AgreementRepository;
import id.jamsos.rentan.pks.PksService;
import id.jamsos.rentan.pks.PksStatus;
import id.jamsos.rentan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Premium rules and the PKS expiry on PostgreSQL with this test's own agreements and members (Sukamara,
 * fiscal years 2030–2031), so demo data stays untouched: invoice per month, on time and late payment,
 * lapse after more than 3 consecutive unpaid months, restore when the arrears are paid, carry-over at expiry.
 */
class PremiumLifecycleIntegrationIT extends IntegrationTest {
    private static final String PKS_2030 = "PKS-6208-2030";
    private static final String PKS_2031 = "PKS-6208-2031";
    private static final List<String> MEMBERS = List.of("62089930001", "62089930002", "62089930003");

    @Autowired
    PremiumService premiums;
    @Autowired
    PksService pks;
    @Autowired
    AgreementRepository agreements;
    @Autowired
    MemberRepository members;
    @Autowired
    JdbcTemplate jdbc;

    private void seed() {
        agreements.insert(new Agreement(PKS_2030, "6208", 2030, 3, 3L * 16_800 * 12, 16_800, LocalDate.of(2030, 1, 1),
                LocalDate.of(2030, 12, 31), PksStatus.ACTIVE, "DINSOS_APBD", "PEMERINTAH_APBD", null));
        agreements.insert(new Agreement(PKS_2031, "6208", 2031, 2, 2L * 16_800 * 12, 16_800, LocalDate.of(2031, 1, 1),
                LocalDate.of(2031, 12, 31), PksStatus.SIGNED, "DINSOS_APBD", "PEMERINTAH_APBD", null));
        for (int i = 0; i < MEMBERS.size(); i++) {
            members.insert(new Member(MEMBERS.get(i), "620801010190" + String.format("%04d", 9301 + i), "Peserta Uji " + i,
                    LocalDate.of(1990, 1, 1), "M", "PETANI", null, null, null, "6208011001", "620801", "6208", PKS_2030,
                    "PEMERINTAH_APBD", MemberStatus.ACTIVE, LocalDate.of(2029, 1 + i, 1), LocalDate.of(2030, 12, 31), 10));
        }
    }

    private String status(String membership) {
        return members.find(membership).orElseThrow().status().name();
    }

    private int months(String membership) {
        return members.find(membership).orElseThrow().contributionMonths();
    }

    @Test
    void invoicesPaymentsLapseRestoreAndExpiry() {
        seed();
        PremiumInvoice jan = premiums.issue(PKS_2030, LocalDate.of(2030, 1, 1)).orElseThrow();
        assertThat(jan.invoiceNumber()).isEqualTo("IUR-6208-2030-01");
        assertThat(jan.memberCount()).isEqualTo(3);
        assertThat(jan.amount()).isEqualTo(3 * 16_800L);
        assertThat(jan.dueDate()).isEqualTo(LocalDate.of(2030, 1, 15));
        // One invoice per PKS per month: issuing again returns the same one.
        assertThat(premiums.issue(PKS_2030, LocalDate.of(2030, 1, 1)).orElseThrow().invoiceNumber()).isEqualTo(jan.invoiceNumber());
        assertThat(jdbc.queryForObject("select count(*) from premium_invoice where pks_number = ?", Integer.class, PKS_2030))
                .isEqualTo(1);
        assertThat(premiums.issue(PKS_2030, LocalDate.of(2031, 1, 1))).isEmpty();
        assertThat(premiums.nextMonth(PKS_2030, LocalDate.of(2030, 12, 1))).isEmpty();

        // Paid on time: PAID and every member gains a contribution month.
        assertThat(premiums.recordPayment(jan.invoiceNumber(), LocalDate.of(2030, 1, 10), "SP2D-1", "dinsos.6208",
                LocalDate.of(2030, 1, 10)).status()).isEqualTo(PremiumInvoice.PAID);
        assertThat(MEMBERS).allSatisfy(m -> assertThat(months(m)).isEqualTo(11));
        assertThatThrownBy(() -> premiums.recordPayment(jan.invoiceNumber(), null, "SP2D-1", "dinsos.6208",
                LocalDate.of(2030, 1, 11))).isInstanceOf(ValidationException.class).hasMessageContaining("sudah dicatat");

        PremiumInvoice feb = premiums.issue(PKS_2030, LocalDate.of(2030, 2, 1)).orElseThrow();
        PremiumInvoice mar = premiums.issue(PKS_2030, LocalDate.of(2030, 3, 1)).orElseThrow();
        PremiumInvoice apr = premiums.issue(PKS_2030, LocalDate.of(2030, 4, 1)).orElseThrow();
        PremiumInvoice may = premiums.issue(PKS_2030, LocalDate.of(2030, 5, 1)).orElseThrow();
        assertThat(premiums.lapseCheckDate(feb)).isEqualTo(LocalDate.of(2030, 5, 16));
        // Feb–Apr overdue and May not yet due: 3 months, not more than 3.
        assertThat(premiums.applyLapse(feb.invoiceNumber(), LocalDate.of(2030, 5, 15))).isZero();
        assertThat(MEMBERS).allSatisfy(m -> assertThat(status(m)).isEqualTo("ACTIVE"));
        // Four consecutive overdue months: the members lapse.
        assertThat(premiums.applyLapse(feb.invoiceNumber(), LocalDate.of(2030, 5, 16))).isEqualTo(3);
        assertThat(MEMBERS).allSatisfy(m -> assertThat(status(m)).isEqualTo("LAPSED"));

        // Paying part of the arrears is late and does not restore yet; paying all of it does.
        assertThat(premiums.recordPayment(feb.invoiceNumber(), LocalDate.of(2030, 5, 20), "SP2D-2", "dinsos.6208",
                LocalDate.of(2030, 5, 20)).status()).isEqualTo(PremiumInvoice.PAID_LATE);
        premiums.recordPayment(mar.invoiceNumber(), LocalDate.of(2030, 5, 20), "SP2D-3", "dinsos.6208", LocalDate.of(2030, 5, 20));
        premiums.recordPayment(apr.invoiceNumber(), LocalDate.of(2030, 5, 20), "SP2D-4", "dinsos.6208", LocalDate.of(2030, 5, 20));
        assertThat(MEMBERS).allSatisfy(m -> assertThat(status(m)).isEqualTo("LAPSED"));
        premiums.recordPayment(may.invoiceNumber(), LocalDate.of(2030, 5, 21), "SP2D-5", "dinsos.6208", LocalDate.of(2030, 5, 21));
        assertThat(MEMBERS).allSatisfy(m -> {
            assertThat(status(m)).isEqualTo("ACTIVE");
            assertThat(months(m)).isEqualTo(15);
        });
        assertThat(jdbc.queryForObject("select count(*) from member_contribution where membership_number = ?",
                Integer.class, MEMBERS.get(0))).isEqualTo(5);

        // Expiry: the next PKS (quota 2) takes the two oldest memberships, the third ends with this PKS.
        PksService.Expiry expiry = pks.expire(PKS_2030);
        assertThat(expiry.carriedOver()).isEqualTo(2);
        assertThat(expiry.ended()).isEqualTo(1);
        assertThat(members.find(MEMBERS.get(0)).orElseThrow().pksNumber()).isEqualTo(PKS_2031);
        // Covered until the new PKS's end, as enrollment books: a death in 2031 is within the membership.
        assertThat(members.find(MEMBERS.get(0)).orElseThrow().coverageEnd()).isEqualTo(LocalDate.of(2031, 12, 31));
        assertThat(members.find(MEMBERS.get(1)).orElseThrow().coverageEnd()).isEqualTo(LocalDate.of(2031, 12, 31));
        Member ended = members.find(MEMBERS.get(2)).orElseThrow();
        assertThat(ended.status()).isEqualTo(MemberStatus.ENDED);
        assertThat(ended.coverageEnd()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(agreements.find(PKS_2030).orElseThrow().status()).isEqualTo(PksStatus.EXPIRED);
        // Quota guard used by enrollment: enrolled ≤ quota.
        assertThat(pks.quotaLeft(PKS_2031)).isZero();
        assertThat(pks.enrolled(PKS_2031)).isEqualTo(2);
    }

    @Test
    void dueDateMovesFromAWeekendAndHolidayToTheNextWorkingDay() {
        // 15-05-2027 is a Saturday and 17-05-2027 a holiday in the calendar settings.
        assertThat(premiums.dueDate(LocalDate.of(2027, 5, 1))).isEqualTo(LocalDate.of(2027, 5, 18));
        assertThat(premiums.dueDate(LocalDate.of(2027, 6, 1))).isEqualTo(LocalDate.of(2027, 6, 15));
    }
}
