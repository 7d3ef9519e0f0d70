package id.jamsos.rentan.citizen;

import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.TaskInputException;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.common.WorkingDays;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The rules of {@link GrievanceService} that need no database: fields, the reason, due dates, texts. */
class GrievanceRulesTest {
    final WorkingDays workingDays = new WorkingDays(List.of(LocalDate.of(2026, 12, 25)));
    final GrievanceService service = new GrievanceService(null, null, null, null, null, null, null, null, workingDays,
            Clock.fixed(LocalDate.of(2026, 12, 1).atTime(LocalTime.NOON).atZone(ZoneId.of("Asia/Jakarta")).toInstant(),
                    ZoneId.of("Asia/Jakarta")), new CitizenSettings(10, "k", 3, null, 10, 3));

    static GrievanceRequest req(String subject, String reference, String text, String contact) {
        return new GrievanceRequest("6203011707790001", "1979-07-17", subject, reference, text, contact);
    }

    List<String> fieldsOf(GrievanceRequest r) {
        return catchThrowableOfType(ValidationException.class, () -> service.checkFields(r)).errors().stream()
                .map(FieldError::field).toList();
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        assertThat(fieldsOf(req(null, "x".repeat(101), null, "nomor saya"))).containsExactly("subject", "reference",
                "text", "contact");
        assertThat(fieldsOf(req("KELUHAN", null, "y".repeat(2001), null))).containsExactly("subject", "text");
    }

    @Test
    void subjectsAreTheFourOfTheContractAndContactsAreMailOrPhone() {
        for (String s : List.of("CANDIDATE_REJECTED", "CLAIM", "MEMBERSHIP", "OTHER", "claim")) {
            service.checkFields(req(s, null, "Isi", null));
        }
        service.checkFields(req("OTHER", null, "Isi", "warga@contoh.id"));
        service.checkFields(req("OTHER", null, "Isi", "+62 812-3456-7890"));
        assertThat(fieldsOf(req("OTHER", null, "Isi", "warga@"))).containsExactly("contact");
    }

    @Test
    void theReasonIsRequiredEitherWay() {
        assertThatThrownBy(() -> service.decide("SGH-6203-2026-00001", true, null, "dinsos.6203"))
                .isInstanceOf(TaskInputException.class).hasMessageContaining("Alasan keputusan");
        assertThatThrownBy(() -> service.decide("SGH-6203-2026-00001", false, "  ", "dinsos.6203"))
                .isInstanceOf(TaskInputException.class);
        assertThatThrownBy(() -> service.decide("SGH-6203-2026-00001", false, "z".repeat(2001), "dinsos.6203"))
                .isInstanceOf(TaskInputException.class).hasMessageContaining("2000");
    }

    @Test
    void dueInTenWorkingDaysAndEscalatedThreeLater() {
        // Tue 1 Dec 2026 + 10 working days = Tue 15 Dec; + 3 = Fri 18 Dec.
        assertThat(service.dueDay(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(service.escalationDay(LocalDate.of(2026, 12, 15))).isEqualTo(LocalDate.of(2026, 12, 18));
        // Over Christmas (a holiday in this calendar) and the weekend.
        assertThat(service.dueDay(LocalDate.of(2026, 12, 21))).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void nextStepsAreInIndonesian() {
        Grievance open = new Grievance("SGH-6203-2026-00001", "6203011707790001", "6203", GrievanceSubject.CLAIM,
                null, null, "t", null, Grievance.PUBLIC, "publik", Grievance.BPJS, Grievance.OPEN,
                LocalDate.of(2026, 12, 15), null, null, null, null, java.time.Instant.now());
        assertThat(GrievanceService.nextStep(open)).contains("Petugas BPJS Ketenagakerjaan").contains("15-12-2026");
        assertThat(GrievanceService.outcomeText(Grievance.ACCEPTED)).isEqualTo("Diterima");
        assertThat(GrievanceService.outcomeText(Grievance.REJECTED)).isEqualTo("Ditolak");
    }
}
