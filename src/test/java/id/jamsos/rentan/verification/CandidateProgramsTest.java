package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.AgreementRepository;
import id.jamsos.rentan.pks.PksStatus;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Issue 16: which program a batch is for, and who already pays for its workers (repository mocked). */
class CandidateProgramsTest {
    static final long PREMIUM = 16_800;
    AgreementRepository agreements = mock(AgreementRepository.class);
    CandidatePrograms programs = new CandidatePrograms(agreements,
            Clock.fixed(Instant.parse("2027-06-15T02:00:00Z"), ZoneOffset.UTC));

    static Agreement pks(String number, String payer, LocalDate start, LocalDate end, PksStatus status, String name) {
        return new Agreement(number, "6208", start.getYear(), 100, 100 * PREMIUM * 12, PREMIUM, start, end, status, payer,
                "PEMERINTAH_APBD", null, name, null);
    }

    final Agreement dinsos = pks("PKS-6208-2027", "DINSOS_APBD", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
            PksStatus.ACTIVE, null);
    final Agreement pilkada = pks("PKS-6208-2027-OPD_APBD", "OPD_APBD", LocalDate.of(2027, 9, 1), LocalDate.of(2027, 12, 31),
            PksStatus.ACTIVE, "Kesbangpol");
    final Agreement province = pks("PKS-6208-2027-PROVINSI_APBD", "PROVINSI_APBD", LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 12, 31), PksStatus.ACTIVE, null);

    void known(Agreement... list) {
        Map<String, Agreement> byNumber = new HashMap<>();
        for (Agreement a : list) {
            byNumber.put(a.pksNumber(), a);
        }
        when(agreements.find(anyString())).thenAnswer(i -> Optional.ofNullable(byNumber.get(i.getArgument(0, String.class))));
        when(agreements.activeOn(anyString(), any())).thenReturn(Optional.of(dinsos));
    }

    static CandidateRepository.Batch batch(String pksNumber, LocalDate coverageStart) {
        return new CandidateRepository.Batch(1, "6208", "RUNNING", 3, 0, 0, 0, coverageStart, "dinsos.6208", pksNumber);
    }

    @Test
    void aWorkerOfAnotherOverlappingProgramIsRefusedNamingItAMemberOfTheSameProgramIsNot() {
        known(dinsos, pilkada, province);
        Map<String, String> active = new HashMap<>();
        active.put("A", "PKS-6208-2027-OPD_APBD");
        active.put("B", "PKS-6208-2027");
        active.put("C", null);
        CandidatePrograms.Insured i = programs.insured(active, batch(null, LocalDate.of(2027, 10, 1)));
        assertThat(i.members()).containsExactlyInAnyOrder("B", "C");
        assertThat(i.elsewhere()).containsOnlyKeys("A");
        assertThat(i.elsewhere().get("A")).startsWith("NIK sudah dijamin oleh PKS-6208-2027-OPD_APBD (Kesbangpol, APBD kabupaten) sampai 31-12-2027");
    }

    @Test
    void aPeriodOfDutyOverBeforeTheBatchStartsLetsTheWorkerMoveOnAProgramThatRenewsDoesNot() {
        known(dinsos, pilkada, province);
        // Proposed for the province's program from 01-01-2028: the Pilkada duty ends 31-12-2027, the Dinsos program renews.
        Agreement province2028 = pks("PKS-6208-2028-PROVINSI_APBD", "PROVINSI_APBD", LocalDate.of(2028, 1, 1),
                LocalDate.of(2028, 12, 31), PksStatus.SIGNED, null);
        known(dinsos, pilkada, province, province2028);
        Map<String, String> active = Map.of("A", "PKS-6208-2027-OPD_APBD", "B", "PKS-6208-2027");
        CandidatePrograms.Insured i = programs.insured(active, batch("PKS-6208-2028-PROVINSI_APBD", LocalDate.of(2028, 1, 1)));
        assertThat(i.members()).isEmpty();
        assertThat(i.elsewhere()).containsOnlyKeys("B");
        assertThat(i.elsewhere().get("B")).contains("PKS-6208-2027 (Dinas Sosial, APBD kabupaten)").contains("(diperpanjang)");
    }

    @Test
    void aNamedPksMustBeOfTheRegencyAndNotOver() {
        Agreement over = pks("PKS-6208-2025-OPD_APBD", "OPD_APBD", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 31),
                PksStatus.EXPIRED, "Kesbangpol");
        known(dinsos, over);
        assertThat(programs.named("6208", null)).isEmpty();
        assertThat(programs.named("6208", "PKS-6208-2027")).contains(dinsos);
        assertThatThrownBy(() -> programs.named("6208", "PKS-6208-2099")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("tidak ditemukan");
        assertThatThrownBy(() -> programs.named("6203", "PKS-6208-2027")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("bukan PKS kabupaten 6203");
        assertThatThrownBy(() -> programs.named("6208", "PKS-6208-2025-OPD_APBD")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("sudah berakhir 31-12-2025");
    }
}
