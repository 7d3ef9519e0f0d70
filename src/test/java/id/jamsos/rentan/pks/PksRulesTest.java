package id.jamsos.rentan.pks;

import id.jamsos.rentan.common.ConflictException;
import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PksRulesTest {
    private static final long PREMIUM = 16_800;
    private static final LocalDate JAN1 = LocalDate.of(2027, 1, 1);
    private static final LocalDate DEC31 = LocalDate.of(2027, 12, 31);
    private static final Agreement CURRENT = new Agreement("PKS-6203-2026", "6203", 2026, 5000, 1_008_000_000L, PREMIUM,
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), PksStatus.ACTIVE, "DINSOS_APBD", "PEMERINTAH_APBD", null);

    private static PksRules.Draft draft(int quota, long budget, LocalDate start, LocalDate end, String gapReason) {
        return new PksRules.Draft("6203", 2027, quota, budget, start, end, gapReason);
    }

    private static List<FieldError> errors(PksRules.Draft d) {
        try {
            PksRules.check(d, List.of(CURRENT), PREMIUM);
        } catch (ValidationException e) {
            return e.errors();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void aFullYearRightAfterThePreviousPksIsAccepted() {
        assertThatCode(() -> PksRules.check(draft(5000, 5000L * PREMIUM * 12, JAN1, DEC31, null), List.of(CURRENT), PREMIUM))
                .doesNotThrowAnyException();
        assertThat(PksRules.months(JAN1, DEC31)).isEqualTo(12);
        assertThat(PksRules.minimumBudget(20_000, PREMIUM, LocalDate.of(2027, 4, 1), DEC31)).isEqualTo(3_024_000_000L);
    }

    @Test
    void quotaMustBePositive() {
        assertThat(errors(draft(0, 1_000_000_000L, JAN1, DEC31, null)))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("quota", "kuota peserta harus lebih dari 0"));
    }

    @Test
    void endMustBeAfterStart() {
        List<FieldError> e = errors(draft(10, 10_000_000L, LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 1), null));
        assertThat(e).extracting(FieldError::field).containsExactly("endDate");
        assertThat(e.get(0).message()).contains("sesudah tanggal mulai (01-06-2027)");
    }

    @Test
    void periodMustLieWithinTheFiscalYear() {
        List<FieldError> e = errors(draft(10, 10_000_000L, JAN1, LocalDate.of(2028, 3, 31), null));
        assertThat(e).extracting(FieldError::field).containsExactly("endDate");
        assertThat(e.get(0).message()).contains("tahun anggaran 2027");
    }

    @Test
    void budgetMustCoverQuotaTimesPremiumTimesMonths() {
        List<FieldError> e = errors(draft(5000, 5000L * PREMIUM * 12 - 1, JAN1, DEC31, null));
        assertThat(e).extracting(FieldError::field).containsExactly("budget");
        assertThat(e.get(0).message()).contains("5000 × Rp16.800 × 12 = Rp1.008.000.000");
    }

    @Test
    void overlapWithAnotherPksOfTheRegencyIsAConflict() {
        PksRules.Draft d = new PksRules.Draft("6203", 2026, 100, 100L * PREMIUM * 6, LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 12, 31), null);
        assertThatThrownBy(() -> PksRules.check(d, List.of(CURRENT), PREMIUM))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("tumpang tindih dengan PKS-6203-2026");
    }

    @Test
    void aGapAfterThePreviousPksIsRefusedWithoutAReason() {
        LocalDate feb1 = LocalDate.of(2027, 2, 1);
        List<FieldError> e = errors(draft(100, 100L * PREMIUM * 11, feb1, DEC31, null));
        assertThat(e).extracting(FieldError::field).containsExactly("gapReason");
        assertThat(e.get(0).message()).contains("sehari setelah PKS-6203-2026 berakhir (01-01-2027)");
    }

    @Test
    void aGapWithARecordedReasonIsAccepted() {
        assertThatCode(() -> PksRules.check(draft(100, 100L * PREMIUM * 11, LocalDate.of(2027, 2, 1), DEC31,
                "APBD 2027 baru disahkan Januari"), List.of(CURRENT), PREMIUM)).doesNotThrowAnyException();
    }

    @Test
    void missingFieldsAreAllReportedTogether() {
        List<FieldError> e = errors(new PksRules.Draft("62", null, null, null, null, null, null));
        assertThat(e).extracting(FieldError::field)
                .containsExactly("regencyCode", "fiscalYear", "quota", "budget", "startDate", "endDate");
    }

    // Issue 16: several payers per regency.

    private static PksRules.Draft payerDraft(String payer, String payerName, String village, LocalDate start, LocalDate end) {
        return new PksRules.Draft("6203", 2027, 100, 100L * PREMIUM * 12, start, end, null, payer, payerName, village);
    }

    private static List<FieldError> payerErrors(PksRules.Draft d) {
        try {
            PksRules.check(d, List.of(), PREMIUM);
        } catch (ValidationException e) {
            return e.errors();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void payerMustBeKnownAndNamesItsOfficeOrVillage() {
        assertThat(payerErrors(payerDraft("BUPATI", null, null, JAN1, DEC31))).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("payer"))
                .satisfies(e -> assertThat(e.message()).contains("DINSOS_APBD, OPD_APBD, DESA_APBDES, PROVINSI_APBD"));
        assertThat(payerErrors(payerDraft("OPD_APBD", " ", null, JAN1, DEC31))).extracting(FieldError::field)
                .containsExactly("payerName");
        assertThat(payerErrors(payerDraft("DESA_APBDES", null, "620301100", JAN1, DEC31))).extracting(FieldError::field)
                .containsExactly("villageCode");
        assertThat(payerErrors(payerDraft("DESA_APBDES", null, "6208011001", JAN1, DEC31))).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("desa 6208011001 bukan desa di kabupaten 6203"));
        assertThat(payerErrors(payerDraft("DINSOS_APBD", "Kesbangpol", "6203011001", JAN1, DEC31)))
                .extracting(FieldError::field).containsExactly("payerName", "villageCode");
        assertThatCode(() -> PksRules.check(payerDraft(null, null, null, JAN1, DEC31), List.of(), PREMIUM))
                .doesNotThrowAnyException();
    }

    @Test
    void businessKeysNameThePayer() {
        assertThat(Agreement.number("6203", 2027, Payer.DINSOS_APBD, null)).isEqualTo("PKS-6203-2027");
        assertThat(Agreement.number("6208", 2027, Payer.OPD_APBD, null)).isEqualTo("PKS-6208-2027-OPD_APBD");
        assertThat(Agreement.number("6203", 2027, Payer.DESA_APBDES, "6203011001"))
                .isEqualTo("PKS-6203-2027-DESA_APBDES-6203011001");
        assertThat(Agreement.number("6203", 2027, Payer.PROVINSI_APBD, null)).isEqualTo("PKS-6203-2027-PROVINSI_APBD");
        assertThat(Payer.DESA_APBDES.segment()).isEqualTo("DESA_APBDES");
    }

    @Test
    void aPeriodOfDutyOfAnotherPayerDoesNotRenewAndNeedsNoGapReason() {
        LocalDate sep1 = LocalDate.of(2027, 9, 1);
        Agreement pilkada2026 = new Agreement("PKS-6203-2026-OPD_APBD", "6203", 2026, 50, 50L * PREMIUM * 4, PREMIUM,
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31), PksStatus.EXPIRED, "OPD_APBD", "PEMERINTAH_APBD",
                null, "Kesbangpol", null);
        assertThat(pilkada2026.renews()).isFalse();
        assertThat(CURRENT.renews()).isTrue();
        assertThat(pilkada2026.program()).isEqualTo("OPD_APBD");
        assertThat(pilkada2026.sameProgram(CURRENT)).isFalse();
        assertThatCode(() -> PksRules.check(payerDraft("OPD_APBD", "Kesbangpol", null, sep1, DEC31), List.of(pilkada2026),
                PREMIUM)).doesNotThrowAnyException();
        // The Dinsos program still refuses a gap after its previous PKS.
        assertThatThrownBy(() -> PksRules.check(draft(5000, 5000L * PREMIUM * 4, sep1, DEC31, null), List.of(CURRENT), PREMIUM))
                .isInstanceOf(ValidationException.class).hasMessageContaining("jeda");
    }
}
