package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.FieldError;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateRulesTest {
    static final LocalDate COVERAGE_START = LocalDate.of(2026, 1, 1);

    static CandidateRules.Context ctx(Set<String> candidates, Set<String> members) {
        return new CandidateRules.Context("6203", COVERAGE_START, 18, 65, Set.of("620301", "620302", "620801"),
                Set.of("6203011001", "6203021001"), candidates, members);
    }

    static CandidateRules.Context ctx() {
        return ctx(Set.of(), Set.of());
    }

    /** A man born 12-05-1980, registered in Selat, living in Selat Hilir. */
    static CandidateRow row(String nik, String birthDate, String sex) {
        return new CandidateRow(3, nik, "Budi Santoso", birthDate, sex, "6203011001", "PETANI", "RT 01", "08123456789",
                "budi@example.org", null);
    }

    static CandidateRow valid() {
        return row("6203011205800001", "1980-05-12", "M");
    }

    static List<String> fields(CandidateRules.Result r) {
        return r.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void validRowIsAcceptedWithoutWarnings() {
        CandidateRules.Result r = CandidateRules.check(valid(), ctx());
        assertThat(r.accepted()).isTrue();
        assertThat(r.warnings()).isEmpty();
        assertThat(r.birthDate()).isEqualTo(LocalDate.of(1980, 5, 12));
    }

    @Test
    void nikMustHaveSixteenDigits() {
        for (String bad : new String[]{"620301120580000", "62030112058000011", "62030112058000A1", ""}) {
            CandidateRules.Result r = CandidateRules.check(row(bad, "1980-05-12", "M"), ctx());
            assertThat(r.errors()).as(bad).anySatisfy(e -> {
                assertThat(e.field()).isEqualTo("nik");
                assertThat(e.message()).contains("16 digit");
                assertThat(e.row()).isEqualTo(3);
            });
        }
    }

    @Test
    void nikRegionMustBeAKnownKecamatan() {
        CandidateRules.Result r = CandidateRules.check(row("6299011205800001", "1980-05-12", "M"), ctx());
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("nik");
            assertThat(e.message()).contains("629901").contains("kecamatan");
        });
    }

    @Test
    void femaleNikDaysAreFortyOneToSeventyOne() {
        // 41 = day 1, 71 = day 31 for a woman
        assertThat(CandidateRules.check(row("6203014101800001", "1980-01-01", "F"), ctx()).accepted()).isTrue();
        assertThat(CandidateRules.check(row("6203017101800001", "1980-01-31", "F"), ctx()).accepted()).isTrue();
        for (String day : new String[]{"00", "32", "40", "72", "99"}) {
            CandidateRules.Result r = CandidateRules.check(row("620301" + day + "01800001", "1980-01-01", "F"), ctx());
            assertThat(r.errors()).as(day).anySatisfy(e -> {
                assertThat(e.field()).isEqualTo("nik");
                assertThat(e.message()).contains("41–71");
            });
        }
    }

    @Test
    void monthZeroOrThirteenAndImpossibleDatesAreInvalid() {
        assertThat(fields(CandidateRules.check(row("6203011200800001", "1980-05-12", "M"), ctx()))).contains("nik");
        assertThat(fields(CandidateRules.check(row("6203011213800001", "1980-05-12", "M"), ctx()))).contains("nik");
        // 31 April does not exist
        assertThat(fields(CandidateRules.check(row("6203013104800001", "1980-04-30", "M"), ctx()))).contains("nik");
    }

    @Test
    void twentyNinthFebruaryOnlyInALeapYear() {
        assertThat(CandidateRules.check(row("6203012902800001", "1980-02-29", "M"), ctx()).accepted()).isTrue();
        assertThat(CandidateRules.check(row("6203016902800001", "1980-02-29", "F"), ctx()).accepted()).isTrue();
        // 1981 is no leap year: the birth date itself is not a date
        CandidateRules.Result r = CandidateRules.check(row("6203012902810001", "1981-02-29", "M"), ctx());
        assertThat(r.errors()).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("birthDate");
            assertThat(e.message()).contains("bukan tanggal yang sah");
        });
    }

    @Test
    void birthDateMustEqualTheNikDatePart() {
        CandidateRules.Result r = CandidateRules.check(row("6203011205800001", "1980-05-13", "M"), ctx());
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("birthDate");
            assertThat(e.message()).contains("bagian tanggal lahir NIK");
        });
        // same day and month, other two-digit year
        assertThat(fields(CandidateRules.check(row("6203011205810001", "1980-05-12", "M"), ctx()))).containsExactly("birthDate");
    }

    @Test
    void sexMustMatchTheNik() {
        CandidateRules.Result woman = CandidateRules.check(row("6203015205800001", "1980-05-12", "M"), ctx());
        assertThat(woman.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("sex");
            assertThat(e.message()).contains("tidak sesuai NIK");
        });
        assertThat(fields(CandidateRules.check(row("6203011205800001", "1980-05-12", "F"), ctx()))).containsExactly("sex");
        assertThat(fields(CandidateRules.check(row("6203011205800001", "1980-05-12", "X"), ctx()))).containsExactly("sex");
    }

    @Test
    void ageOnCoverageStartMustBeEighteenToSixtyFive() {
        // coverage starts 01-01-2026
        assertThat(fields(CandidateRules.check(row("6203010201080001", "2008-01-02", "M"), ctx()))).containsExactly("birthDate"); // 17
        assertThat(CandidateRules.check(row("6203010101080001", "2008-01-01", "M"), ctx()).accepted()).isTrue(); // 18 today
        assertThat(CandidateRules.check(row("6203010201600001", "1960-01-02", "M"), ctx()).accepted()).isTrue(); // 65
        CandidateRules.Result old = CandidateRules.check(row("6203010101600001", "1960-01-01", "M"), ctx()); // 66
        assertThat(old.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("birthDate");
            assertThat(e.message()).contains("Usia 66 tahun").contains("01-01-2026").contains("18–65");
        });
    }

    @Test
    void ageLimitsAreSettings() {
        CandidateRules.Context wider = new CandidateRules.Context("6203", COVERAGE_START, 15, 70, Set.of("620301"),
                Set.of("6203011001"), Set.of(), Set.of());
        assertThat(CandidateRules.check(row("6203010101600001", "1960-01-01", "M"), wider).accepted()).isTrue();
    }

    @Test
    void villageMustBelongToTheBatchRegency() {
        CandidateRow sukamara = new CandidateRow(7, "6203011205800001", "Budi", "1980-05-12", "M", "6208011001",
                "PETANI", null, null, null, null);
        CandidateRules.Result r = CandidateRules.check(sukamara, ctx());
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(7);
            assertThat(e.field()).isEqualTo("villageCode");
            assertThat(e.message()).contains("6208011001").contains("6203");
        });
    }

    @Test
    void nikFromAnotherKecamatanIsOnlyAWarning() {
        CandidateRow moved = new CandidateRow(1, "6203011205800001", "Budi", "1980-05-12", "M", "6203021001",
                "NELAYAN", null, null, null, null);
        CandidateRules.Result r = CandidateRules.check(moved, ctx());
        assertThat(r.accepted()).isTrue();
        assertThat(r.warnings()).singleElement().asString().contains("620301").contains("620302");
    }

    @Test
    void nikFirstIssuedInAnotherProvinceIsOnlyAWarning() {
        // Issue 13 / DOMAIN "NIK": a worker in a Kapuas village whose NIK was issued in Bandung (3204..): the
        // kecamatan must exist somewhere in Indonesia, not in the batch's regency.
        CandidateRules.Context national = new CandidateRules.Context("6203", COVERAGE_START, 18, 65,
                Set.of("620301", "320401"), Set.of("6203011001"), Set.of(), Set.of());
        CandidateRow moved = new CandidateRow(2, "3204011205800001", "Budi", "1980-05-12", "M", "6203011001",
                "PETANI", null, null, null, null);
        CandidateRules.Result r = CandidateRules.check(moved, national);
        assertThat(r.accepted()).isTrue();
        assertThat(r.warnings()).singleElement().asString().contains("320401").contains("620301");
        // a kecamatan code that exists nowhere is still refused
        CandidateRow unknown = new CandidateRow(2, "3299011205800001", "Budi", "1980-05-12", "M", "6203011001",
                "PETANI", null, null, null, null);
        assertThat(CandidateRules.check(unknown, national).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("329901").contains("seluruh Indonesia"));
    }

    @Test
    void nikWithSerialZeroOrImpossibleLeapDayIsRefusedAsForHeirs() {
        // One NIK rule (identity.Nik) for candidates and heirs: the messages are the same.
        assertThat(CandidateRules.check(row("6203011205800000", "1980-05-12", "M"), ctx()).errors())
                .extracting(FieldError::message).contains(id.jamsos.rentan.identity.Nik.MSG_SERIAL);
        assertThat(CandidateRules.check(row("6203012902810001", "1981-03-01", "M"), ctx()).errors())
                .extracting(FieldError::message).contains(id.jamsos.rentan.identity.Nik.MSG_CALENDAR);
    }

    @Test
    void namesWithTypographicApostrophesAreAccepted() {
        CandidateRow r = new CandidateRow(2, "6203011205800001", "Siti Nur\u2019aini", "1980-05-12", "M", "6203011001",
                "PETANI", null, null, null, null);
        assertThat(r.name()).isEqualTo("Siti Nur'aini");
        assertThat(CandidateRules.check(r, ctx()).errors()).isEmpty();
    }

    @Test
    void categoryMustComeFromTheList() {
        CandidateRow r = new CandidateRow(1, "6203011205800001", "Budi", "1980-05-12", "M", "6203011001",
                "ASTRONOT", null, null, null, null);
        assertThat(CandidateRules.check(r, ctx()).errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("category");
            assertThat(e.message()).contains("ASTRONOT").contains("PETANI");
        });
    }

    @Test
    void nameIsRequired() {
        CandidateRow r = new CandidateRow(1, "6203011205800001", "  ", "1980-05-12", "M", "6203011001",
                "PETANI", null, null, null, null);
        assertThat(CandidateRules.check(r, ctx()).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("Nama wajib diisi"));
    }

    @Test
    void nameWithMarkupFormulaOrSqlIsRefusedAndOrdinaryNamesPass() {
        for (String bad : new String[]{"<script>alert(1)</script>", "=HYPERLINK(\"x\")", "Budi'); DROP TABLE candidate;--"}) {
            CandidateRow r = new CandidateRow(1, "6203011205800001", bad, "1980-05-12", "M", "6203011001",
                    "PETANI", null, null, null, null);
            assertThat(CandidateRules.check(r, ctx()).errors()).as(bad).singleElement()
                    .satisfies(e -> assertThat(e.field()).isEqualTo("name"));
        }
        for (String ok : new String[]{"Siti Nur'aini", "H. Abdul Rahman, S.Pd.", "Maria-Goretti Dewi"}) {
            CandidateRow r = new CandidateRow(1, "6203011205800001", ok, "1980-05-12", "M", "6203011001",
                    "PETANI", null, null, null, null);
            assertThat(CandidateRules.check(r, ctx()).errors()).as(ok).isEmpty();
        }
    }

    @Test
    void nikAlreadyCandidateOrActiveMemberIsReported() {
        String nik = "6203011205800001";
        assertThat(CandidateRules.check(valid(), ctx(Set.of(nik), Set.of())).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("sudah diusulkan"));
        assertThat(CandidateRules.check(valid(), ctx(Set.of(), Set.of(nik))).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("peserta aktif"));
    }

    @Test
    void badEmailAndPhoneAreReported() {
        CandidateRow r = new CandidateRow(1, "6203011205800001", "Budi", "1980-05-12", "M", "6203011001",
                "PETANI", null, "abc", "bukan-email", null);
        assertThat(fields(CandidateRules.check(r, ctx()))).containsExactlyInAnyOrder("email", "phone");
    }
}
