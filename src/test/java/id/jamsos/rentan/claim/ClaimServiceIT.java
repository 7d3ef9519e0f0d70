package id.jamsos.rentan.claim;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.support.IntegrationTest;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static id.jamsos.rentan.claim.ClaimTestData.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * {@link ClaimService} steps on PostgreSQL, called directly (no process instance): heirs by group, benefits,
 * beasiswa selection and payment, idempotent transfers.
 */
class ClaimServiceIT extends IntegrationTest {
    @Autowired
    ClaimService service;
    @Autowired
    ClaimPayments payments;
    @Autowired
    ClaimRepository claims;
    @Autowired
    MemberRepository members;
    @Autowired
    SimulatedBankTransfers bank;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("payBeasiswaDelegate")
    JavaDelegate payBeasiswaDelegate;

    static ClaimRequest.HeirInput heir(String name, String relation, LocalDate birth) {
        return new ClaimRequest.HeirInput(name, "6203011505850001", relation, birth, "BNI",
                "98765" + String.format("%05d", Math.abs(name.hashCode()) % 100_000), null);
    }

    String claim(ClaimType type, Long income, int months, List<ClaimRequest.HeirInput> heirs, Claim.FuneralPayee funeral) {
        Member m = ClaimTestData.member(members, months);
        String number = "KLM-6203-" + TODAY.getYear() + "-T" + ClaimTestData.next();
        claims.insert(new Claim(number, "6203", m.membershipNumber(), type, TODAY.minusDays(1), null, income,
                ClaimStatus.CHECKING_DOCUMENTS, true, "uji", null, funeral, null, null, null, null, null, null, "uji"));
        heirs.forEach(h -> claims.insertHeir(number, h, Relation.valueOf(h.relation())));
        return number;
    }

    List<Benefit> payable(String number) {
        return service.benefits(number).stream().filter(b -> ClaimService.PAYABLE.equals(b.status())).toList();
    }

    @Test
    void spouseAndChildrenShareEquallyAndParentsGetNothing() {
        String n = claim(ClaimType.JKM, null, 40, List.of(heir("Istri", "SPOUSE", LocalDate.of(1986, 1, 1)),
                heir("Anak", "CHILD", TODAY.minusYears(12)), heir("Ibu", "PARENT", LocalDate.of(1950, 1, 1))), null);
        ClaimService.Computed c = service.computeBenefits(n, "t");
        assertThat(c.totalPayable()).isEqualTo(42_000_000L);
        assertThat(c.approvalNeeded()).isFalse();
        assertThat(c.summary()).contains("Ahli waris kelompok 1").contains("Santunan sekaligus: Rp10.000.000 kepada Istri")
                .doesNotContain("Ibu");
        assertThat(payable(n)).extracting(Benefit::payeeName).containsOnly("Istri", "Anak").hasSize(6);
        assertThat(payable(n)).filteredOn(b -> b.kind().equals("LUMP_SUM")).extracting(Benefit::amount)
                .containsExactly(10_000_000L, 10_000_000L);
        assertThat(claims.heirs(n)).filteredOn(Heir::entitled).extracting(Heir::name).containsExactly("Istri", "Anak");
        assertThat(claims.find(n).orElseThrow().heirGroup()).isEqualTo(1);
        assertThat(claims.find(n).orElseThrow().payoutDue()).isAfter(TODAY);
    }

    @Test
    void eachLaterGroupIsPaidOnlyWhenNoEarlierOneExists() {
        String[][] cases = {
                {"PARENT", "SIBLING", "2"}, {"GRANDCHILD", "WILL", "2"}, {"GRANDPARENT", "PARENT_IN_LAW", "2"},
                {"SIBLING", "PARENT_IN_LAW", "3"}, {"PARENT_IN_LAW", "WILL", "4"}, {"WILL", null, "5"}};
        for (String[] c : cases) {
            List<ClaimRequest.HeirInput> heirs = new ArrayList<>(List.of(heir("Pertama " + c[0], c[0], LocalDate.of(1960, 1, 1)),
                    heir("Kedua " + c[0], c[0], LocalDate.of(1962, 1, 1))));
            if (c[1] != null) {
                heirs.add(heir("Lain " + c[1], c[1], LocalDate.of(1970, 1, 1)));
            }
            String n = claim(ClaimType.JKM, null, 40, heirs, null);
            service.computeBenefits(n, "t");
            assertThat(claims.find(n).orElseThrow().heirGroup()).as(c[0]).isEqualTo(Integer.parseInt(c[2]));
            assertThat(payable(n)).as(c[0]).extracting(Benefit::payeeName)
                    .containsOnly("Pertama " + c[0], "Kedua " + c[0]);
            assertThat(payable(n).stream().mapToLong(Benefit::amount).sum()).isEqualTo(42_000_000L);
        }
    }

    @Test
    void noHeirAndNoWillPaysTheFuneralToWhoeverBuriedAndRecordsTheRest() {
        String n = claim(ClaimType.JKM, null, 40, List.of(),
                new Claim.FuneralPayee("Pak RT Sabran", null, "BRI", "001201000399501", null));
        ClaimService.Computed c = service.computeBenefits(n, "t");
        assertThat(c.totalPayable()).isEqualTo(10_000_000L);
        assertThat(payable(n)).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo("FUNERAL");
            assertThat(b.payeeName()).isEqualTo("Pak RT Sabran");
        });
        assertThat(service.benefits(n)).filteredOn(b -> ClaimService.NOT_PAID.equals(b.status()))
                .extracting(Benefit::kind).containsExactly("LUMP_SUM", "PERIODIC");
        assertThat(service.benefits(n)).filteredOn(b -> ClaimService.NOT_PAID.equals(b.status()))
                .allSatisfy(b -> assertThat(b.note()).contains("Dana Jaminan Sosial"));
    }

    @Test
    void jkkPaysOnTheRegisteredIncomeAndAboveThresholdNeedsApproval() {
        // A claim row that still carries another typed income (before issue 13) is paid on the registered one:
        // DOMAIN "Benefits", PP 44/2015 jo. PP 82/2019: 48 x Rp1.000.000 (premium 1% of it + JKM 6.800 = 16.800),
        // plus periodic Rp12.000.000 and funeral Rp10.000.000.
        String n = claim(ClaimType.JKK, 2_000_000L, 2, List.of(heir("Suami", "SPOUSE", LocalDate.of(1980, 1, 1))), null);
        ClaimService.Computed c = service.computeBenefits(n, "t");
        assertThat(c.totalPayable()).isEqualTo(48 * 1_000_000L + 22_000_000L);
        assertThat(c.approvalNeeded()).isTrue();
        assertThat(claims.find(n).orElseThrow().status()).isEqualTo(ClaimStatus.AWAITING_APPROVAL);
    }

    @Test
    void beasiswaForTheTwoEldestOfThreeChildrenWith36Months() {
        String n = claim(ClaimType.JKM, null, 36, List.of(heir("Bungsu", "CHILD", TODAY.minusYears(6)),
                heir("Sulung", "CHILD", TODAY.minusYears(17)), heir("Tengah", "CHILD", TODAY.minusYears(12))), null);
        assertThat(service.computeBenefits(n, "t").beasiswaChildren()).containsExactly("Sulung", "Tengah");
    }

    @Test
    void noBeasiswaForJkmWith35MonthsButRecordedWhy() {
        String n = claim(ClaimType.JKM, null, 35, List.of(heir("Anak", "CHILD", TODAY.minusYears(10))), null);
        assertThat(service.computeBenefits(n, "t").beasiswaChildren()).isEmpty();
        assertThat(service.benefits(n)).filteredOn(b -> b.kind().equals("BEASISWA")).singleElement()
                .satisfies(b -> assertThat(b.note()).contains("36"));
    }

    @Test
    void beasiswaIsJudgedOnTheMonthsAtDeathNotOnThoseInvoicedUntilTheClaim() {
        // Issue 13, PP 82/2019 (DOMAIN "Beasiswa": 3 years of contributions at the date of death, months after it
        // never count): covered 01-03-2023, died 15-01-2026 → 34 months at death, although 36 months are paid by now.
        Member m = ClaimTestData.member(members, LocalDate.of(2023, 3, 1), 36);
        String n = "KLM-6203-" + TODAY.getYear() + "-T" + ClaimTestData.next();
        claims.insert(new Claim(n, "6203", m.membershipNumber(), ClaimType.JKM, LocalDate.of(2026, 1, 15), null, null,
                ClaimStatus.CHECKING_DOCUMENTS, true, "uji", null, null, null, null, null, null, null, null, "uji"));
        claims.insertHeir(n, heir("Anak", "CHILD", LocalDate.of(2015, 6, 1)), Relation.CHILD);
        assertThat(members.history(m.membershipNumber()).orElseThrow().contributionMonthsAt(LocalDate.of(2026, 1, 15)))
                .isEqualTo(34);
        assertThat(service.computeBenefits(n, "t").beasiswaChildren()).isEmpty();
        assertThat(service.benefits(n)).filteredOn(b -> b.kind().equals("BEASISWA")).singleElement()
                .satisfies(b -> assertThat(b.note()).contains("beasiswa tidak diberikan"));
    }

    @Test
    void aJkkClaimWithAnotherIncomeThanTheRegisteredOneIsRefused() {
        // DOMAIN "Benefits": JKK death pays 48 x the income the premium was paid on; for APBD members Rp1.000.000
        // (premium Rp16.800 = 1% x 1.000.000 + 6.800), setting jamsos.program.registered-monthly-income.
        Member m = ClaimTestData.member(members, 12);
        var official = id.jamsos.rentan.identity.Official.of("admin", List.of("camunda-admin"));
        ClaimRequest req = new ClaimRequest(m.membershipNumber(), "JKK", TODAY.minusDays(1), null, 2_000_000L,
                List.of(heir("Istri", "SPOUSE", LocalDate.of(1986, 1, 1))), null);
        assertThatThrownBy(() -> service.register(req, official, null))
                .isInstanceOf(id.jamsos.rentan.common.ValidationException.class)
                .satisfies(e -> assertThat(((id.jamsos.rentan.common.ValidationException) e).errors())
                        .anySatisfy(f -> {
                            assertThat(f.field()).isEqualTo("declaredMonthlyIncome");
                            assertThat(f.message()).contains("Rp1.000.000");
                        }));
        assertThat(claims.claimNumberOfMember(m.membershipNumber())).isEmpty();
    }

    @Test
    void jkkBeasiswaHasNoMinimumAndSkipsAChildOver23() {
        String n = claim(ClaimType.JKK, 1_000_000L, 1, List.of(heir("Dewasa", "CHILD", TODAY.minusYears(23)),
                heir("Kecil", "CHILD", TODAY.minusYears(8))), null);
        assertThat(service.computeBenefits(n, "t").beasiswaChildren()).containsExactly("Kecil");
    }

    @Test
    void aRetriedTransferNeverPaysTwice() {
        String n = claim(ClaimType.JKM, null, 40, List.of(heir("Istri", "SPOUSE", LocalDate.of(1986, 1, 1))), null);
        service.computeBenefits(n, "t");
        List<String> ids = payments.preparePayments(n);
        assertThat(ids).hasSize(3);
        assertThat(payments.preparePayments(n)).isEqualTo(ids); // replayed step: no second row per benefit
        long first = Long.parseLong(ids.get(0));
        int before = bank.transferCount();
        bank.failNext(1);
        assertThatThrownBy(() -> payments.transfer(first)).isInstanceOf(BankTransfers.BankTransferException.class);
        assertThat(claims.payment(first).orElseThrow().status()).isEqualTo("PENDING");
        payments.transfer(first);
        payments.transfer(first);
        assertThat(bank.transferCount() - before).isEqualTo(1);
        assertThat(claims.payment(first).orElseThrow().status()).isEqualTo("PAID");
        assertThatThrownBy(() -> payments.markPaid(n, "t")).isInstanceOf(IllegalStateException.class);
        payments.transfer(Long.parseLong(ids.get(1)));
        payments.transfer(Long.parseLong(ids.get(2)));
        payments.markPaid(n, "t");
        assertThat(claims.find(n).orElseThrow().paidAt()).isNotNull();
    }

    @Test
    void beasiswaYearIsPaidOnceAndEndsWhenTheChildTurns23() {
        LocalDate checkDate = LocalDate.of(TODAY.getYear(), 7, 20);
        String n = claim(ClaimType.JKK, 1_000_000L, 1, List.of(heir("Mahasiswa", "CHILD", checkDate.minusYears(22).minusMonths(6))), null);
        service.computeBenefits(n, "t");
        ClaimPayments.BeasiswaYear y = payments.payBeasiswa(n, Map.of(1, "PT"), true, checkDate, "t");
        assertThat(y.paidThisYear()).isEqualTo(12_000_000L);
        assertThat(y.continues()).isFalse(); // 23 before the next school year starts
        ClaimPayments.BeasiswaYear replay = payments.payBeasiswa(n, Map.of(1, "PT"), true, checkDate, "t2");
        assertThat(replay.paidThisYear()).isZero();
        assertThat(service.payments(n)).filteredOn(p -> p.beasiswaId() != null).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo("PAID"));
    }

    /**
     * The school year a beasiswa check pays is the application clock's, not the system's: pinned to 20 July two
     * years back (school year {@code Y/Y+1}, where the machine's date is at least a school year later), the
     * engine's {@code payBeasiswaDelegate} records school year Y, transfers "tahun ajaran Y/Y+1" and schedules the
     * next check on 15 July Y+1 (the {@code jamsos.claim.beasiswa.school-year-start}), due 14 days later at 16:00 WIB.
     */
    @Test
    void theBeasiswaSchoolYearIsTheApplicationClocksNotTheSystems() throws Exception {
        int year = TODAY.getYear() - 2;
        LocalDate pinned = LocalDate.of(year, 7, 20);
        clock.pin(pinned);
        String n = claim(ClaimType.JKK, 1_000_000L, 1, List.of(heir("Murid", "CHILD", pinned.minusYears(9))), null);
        assertThat(service.computeBenefits(n, "t").beasiswaChildren()).containsExactly("Murid");
        DelegateExecution ex = mock(DelegateExecution.class);
        when(ex.getVariable(ClaimProcessKeys.VAR_CLAIM_NUMBER)).thenReturn(n);
        when(ex.getVariable(ClaimProcessKeys.childLevelVar(1))).thenReturn("SD");
        when(ex.getVariable(ClaimProcessKeys.VAR_SCHOOL_CONFIRMED)).thenReturn(true);
        when(ex.getCurrentActivityId()).thenReturn("Task_PayBeasiswa");
        when(ex.getActivityInstanceId()).thenReturn("uji-" + n);

        payBeasiswaDelegate.execute(ex);

        assertThat(jdbc.queryForList("select b.school_year from beasiswa_payment b join beasiswa_child c on c.id = b.child_id"
                + " where c.claim_number = ?", Integer.class, n)).containsExactly(year);
        assertThat(service.payments(n)).filteredOn(p -> p.beasiswaId() != null).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo("PAID"));
        ZonedDateTime next = LocalDate.of(year + 1, 7, 15).atStartOfDay(Formats.WIB);
        verify(ex).setVariable(ClaimProcessKeys.VAR_NEXT_BEASISWA_CHECK, Date.from(next.toInstant()));
        verify(ex).setVariable(ClaimProcessKeys.VAR_SCHOOL_CHECK_DUE,
                Date.from(next.plusDays(14).withHour(16).toInstant()));
    }

    @Test
    void overdueListsUnpaidClaimsPastTheDueDateOfTheCallersRegency() {
        String n = claim(ClaimType.JKM, null, 40, List.of(heir("Istri", "SPOUSE", LocalDate.of(1986, 1, 1))), null);
        service.computeBenefits(n, "t");
        jdbc.update("update claim set payout_due = ? where claim_number = ?", java.sql.Date.valueOf(TODAY.minusDays(1)), n);
        var own = as("bpjs.6203").getForObject(url("/api/claims?overdue=true"), com.fasterxml.jackson.databind.JsonNode.class);
        List<String> numbers = new ArrayList<>();
        own.forEach(c -> numbers.add(c.get("claimNumber").asText()));
        assertThat(numbers).contains(n);
        own.forEach(c -> assertThat(c.get("overdue").asBoolean()).isTrue());
        // The Tasklist filter of the feature exists and selects claim-payout tasks past their due date.
        var filters = as("bpjs.6203").getForObject(url("/engine-rest/filter?name=" + ClaimSetup.FILTER_OVERDUE_CLAIMS),
                com.fasterxml.jackson.databind.JsonNode.class);
        assertThat(filters).hasSize(1);
        assertThat(filters.get(0).get("query").toString()).contains("claim-payout").contains("now()");
        var other = as("bpjs.6208").getForObject(url("/api/claims?overdue=true"), com.fasterxml.jackson.databind.JsonNode.class);
        other.forEach(c -> assertThat(c.get("claimNumber").asText()).isNotEqualTo(n));
    }
}
