package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.AgreementRepository;
import id.jamsos.rentan.pks.PksStatus;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

/** The decision rules of the list tasks, repositories mocked: bad input changes nothing. */
class VerificationServiceTest {
    CandidateRepository repo = mock(CandidateRepository.class);
    AgreementRepository agreements = mock(AgreementRepository.class);
    /** Mid-2026, inside the PKS of {@link #pks}: the service's "today" comes from this clock only. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T02:00:00Z"), Formats.WIB);
    VerificationService service = new VerificationService(repo, agreements, CLOCK);

    static CandidateRepository.Candidate cand(long id, String name, CandidateStatus status) {
        return new CandidateRepository.Candidate(id, 1, (int) id, "620301120580000" + id, name, LocalDate.of(1980, 5, 12), "M",
                "6203011001", "620301", "6203", "PETANI", null, null, null, null, null, null, status, null, null, null);
    }

    static Agreement pks(int quota) {
        return new Agreement("PKS-6203-2026", "6203", 2026, quota, 1000L, 16800L, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), PksStatus.ACTIVE, "DINSOS_APBD", "PEMERINTAH_APBD", null);
    }

    void list(VerificationService.Stage stage, CandidateRepository.Candidate... cs) {
        when(repo.inStatus(eq(1L), eq(stage.from()), anyString())).thenReturn(List.of(cs));
    }

    List<FieldError> refused(VerificationService.Stage stage, VerificationService.Decision d) {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> service.decide(stage, 1L, "6203011001", "6203", d, "lurah.6203011001", "task-1"));
        assertThat(e).as("refused").isNotNull();
        verify(repo, never()).updateStatus(anyCollection(), any(), any(), any());
        verify(repo, never()).updateStatusWithReasons(anyMap(), any());
        verify(repo, never()).insertDecisions(anyMap(), anyString(), anyString(), anyString(), anyString());
        return e.errors();
    }

    @Test
    void rejectedCandidateNeedsAReason() {
        list(VerificationService.Stage.VILLAGE, cand(1, "Ahmad", CandidateStatus.AWAITING_VILLAGE), cand(2, "Siti", CandidateStatus.AWAITING_VILLAGE));
        List<FieldError> errors = refused(VerificationService.Stage.VILLAGE,
                new VerificationService.Decision(true, null, List.of(2L), Map.of("2", "  "), List.of()));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("rejectionReasons");
            assertThat(e.message()).contains("calon 2").contains("Siti");
        });
    }

    @Test
    void idsMustBelongToTheTaskList() {
        list(VerificationService.Stage.VILLAGE, cand(1, "Ahmad", CandidateStatus.AWAITING_VILLAGE));
        List<FieldError> errors = refused(VerificationService.Stage.VILLAGE,
                new VerificationService.Decision(true, null, List.of(99L), Map.of("99", "bukan warga"), List.of()));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("rejectedCandidateIds");
            assertThat(e.message()).contains("99").contains("tidak termasuk daftar");
        });
    }

    /** A reason alone decides nothing, but naming another list's candidate is still refused (issue 12). */
    @Test
    void reasonsMustNameCandidatesOfTheTaskList() {
        list(VerificationService.Stage.VILLAGE, cand(1, "Ahmad", CandidateStatus.AWAITING_VILLAGE));
        List<FieldError> errors = refused(VerificationService.Stage.VILLAGE,
                new VerificationService.Decision(true, null, List.of(), Map.of("99", "bukan warga"), List.of()));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("rejectionReasons");
            assertThat(e.message()).contains("99").contains("tidak termasuk daftar");
        });
    }

    @Test
    void noteIsRequiredWhenTheListIsNotApproved() {
        list(VerificationService.Stage.KECAMATAN, cand(1, "Ahmad", CandidateStatus.AWAITING_KECAMATAN));
        assertThat(refused(VerificationService.Stage.KECAMATAN, new VerificationService.Decision(false, " ", null, null, null)))
                .extracting(FieldError::field).containsExactly("note");
        assertThat(refused(VerificationService.Stage.KECAMATAN, new VerificationService.Decision(null, null, null, null, null)))
                .extracting(FieldError::field).containsExactly("approved");
    }

    @Test
    void onlyDinsosMayDefer() {
        list(VerificationService.Stage.VILLAGE, cand(1, "Ahmad", CandidateStatus.AWAITING_VILLAGE));
        assertThat(refused(VerificationService.Stage.VILLAGE,
                new VerificationService.Decision(true, null, List.of(), Map.of("1", "kuota"), List.of(1L))))
                .extracting(FieldError::field).containsExactly("deferredCandidateIds");
    }

    @Test
    void approvalMovesTheRestOnAndRecordsEachDecision() {
        list(VerificationService.Stage.VILLAGE, cand(1, "Ahmad", CandidateStatus.AWAITING_VILLAGE), cand(2, "Siti", CandidateStatus.AWAITING_VILLAGE));
        VerificationService.Outcome o = service.decide(VerificationService.Stage.VILLAGE, 1L, "6203011001", "6203",
                new VerificationService.Decision(true, null, List.of(2L), Map.of("2", "Pindah domisili"), null),
                "lurah.6203011001", "task-1");
        assertThat(o.approved()).isEqualTo(1);
        assertThat(o.rejected()).isEqualTo(1);
        verify(repo).updateStatus(List.of(1L), CandidateStatus.AWAITING_KECAMATAN, null, null);
        verify(repo).updateStatusWithReasons(Map.of(2L, "Pindah domisili"), CandidateStatus.REJECTED);
        verify(repo).insertDecisions(Map.of(2L, "Pindah domisili"), "VILLAGE", "REJECTED", "lurah.6203011001", "task-1");
        verify(repo).insertDecisions(Map.of(1L, ""), "VILLAGE", "APPROVED", "lurah.6203011001", "task-1");
    }

    @Test
    void listTurnedDownRejectsEveryoneWithTheNote() {
        list(VerificationService.Stage.KECAMATAN, cand(1, "Ahmad", CandidateStatus.AWAITING_KECAMATAN), cand(2, "Siti", CandidateStatus.AWAITING_KECAMATAN));
        VerificationService.Outcome o = service.decide(VerificationService.Stage.KECAMATAN, 1L, "620301", "6203",
                new VerificationService.Decision(false, "Data desa belum lengkap", null, null, null), "camat.620301", "t");
        assertThat(o.approved()).isZero();
        verify(repo).updateStatusWithReasons(Map.of(1L, "Data desa belum lengkap", 2L, "Data desa belum lengkap"), CandidateStatus.REJECTED);
    }

    @Test
    void dinsosCannotFinaliseWithoutAnActivePks() {
        list(VerificationService.Stage.FINAL, cand(1, "Ahmad", CandidateStatus.AWAITING_FINAL));
        when(agreements.activeOn(eq("6203"), any())).thenReturn(Optional.empty());
        assertThat(refused(VerificationService.Stage.FINAL, new VerificationService.Decision(true, null, null, null, null)))
                .singleElement().satisfies(e -> assertThat(e.message()).contains("Belum ada PKS aktif"));
    }

    @Test
    void overQuotaDinsosMustDeferTheRestWithAReason() {
        list(VerificationService.Stage.FINAL, cand(1, "Ahmad", CandidateStatus.AWAITING_FINAL), cand(2, "Siti", CandidateStatus.AWAITING_FINAL),
                cand(3, "Yusuf", CandidateStatus.AWAITING_FINAL));
        when(agreements.activeOn(eq("6203"), any())).thenReturn(Optional.of(pks(10)));
        when(agreements.enrolledCount("PKS-6203-2026")).thenReturn(7);
        when(repo.approvedPending("PKS-6203-2026")).thenReturn(1); // 2 places left
        assertThat(refused(VerificationService.Stage.FINAL, new VerificationService.Decision(true, null, null, null, null)))
                .singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo("deferredCandidateIds");
                    assertThat(e.message()).contains("tersisa 2").contains("disetujui 3").contains("tandai 1");
                });

        VerificationService.Outcome o = service.decide(VerificationService.Stage.FINAL, 1L, "6203", "6203",
                new VerificationService.Decision(true, null, null, Map.of("3", "Kuota 2026 penuh"), List.of(3L)), "dinsos.6203", "t");
        assertThat(o.approved()).isEqualTo(2);
        assertThat(o.deferred()).isEqualTo(1);
        assertThat(o.pksNumber()).isEqualTo("PKS-6203-2026");
        verify(repo).updateStatus(List.of(1L, 2L), CandidateStatus.APPROVED, null, "PKS-6203-2026");
        verify(repo).updateStatusWithReasons(Map.of(3L, "Menunggu PKS berikutnya: Kuota 2026 penuh"), CandidateStatus.AWAITING_FINAL);
        verify(repo).insertDecisions(Map.of(3L, "Menunggu PKS berikutnya: Kuota 2026 penuh"), "FINAL", "DEFERRED", "dinsos.6203", "t");
    }
}
