package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.TextRules;
import id.jamsos.rentan.identity.Nik;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The row rules of candidate intake, one message per rule, in Bahasa Indonesia. Plain Java over one row
 * plus the facts the screening step loads once per chunk (known kecamatan, the regency's villages, NIKs
 * already in the program), so every rule is unit-testable without a database.
 */
public final class CandidateRules {

    /** Facts a row is checked against. */
    public record Context(String regencyCode, LocalDate coverageStart, int minAge, int maxAge,
                          Set<String> knownKecamatan, Set<String> regencyVillages,
                          Set<String> niksAlreadyCandidates, Set<String> niksActiveMembers) {
    }

    /** The outcome for one row: errors (row rejected) or a clean candidate with its warnings. */
    public record Result(List<FieldError> errors, List<String> warnings, LocalDate birthDate) {
        public boolean accepted() {
            return errors.isEmpty();
        }
    }

    private CandidateRules() {
    }

    /**
     * Checks one row of a candidate list; every problem of the row at once, named by field with its Excel row number.
     * The rules' sources are in the class comment; the row-level helpers below each hold one field's rules.
     */
    public static Result check(CandidateRow row, Context ctx) {
        List<FieldError> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int r = row.rowNo();
        name(row, r, errors);
        LocalDate birthDate = birthDate(row, r, errors);
        String sex = sex(row, r, errors);
        Nik nik = nik(row, r, ctx, birthDate, sex, errors);
        age(birthDate, r, ctx, errors);
        village(row, r, ctx, nik, errors, warnings);
        contact(row, r, errors);
        return new Result(errors, warnings, birthDate);
    }

    private static void name(CandidateRow row, int r, List<FieldError> errors) {
        if (trim(row.name()) == null) {
            errors.add(new FieldError(r, "name", "Nama wajib diisi"));
        } else if (trim(row.name()).length() > 200) {
            errors.add(new FieldError(r, "name", "Nama paling panjang 200 karakter"));
        } else if (TextRules.personName(row.name()) != null) {
            // Names go into the SK Bupati annex and Excel sheets: no markup, formulas or SQL-looking text.
            errors.add(new FieldError(r, "name", "Nama " + TextRules.personName(row.name())));
        }
    }

    private static LocalDate birthDate(CandidateRow row, int r, List<FieldError> errors) {
        LocalDate birthDate = null;
        if (trim(row.birthDate()) == null) {
            errors.add(new FieldError(r, "birthDate", "Tanggal lahir wajib diisi (format yyyy-MM-dd)"));
        } else {
            try {
                birthDate = LocalDate.parse(trim(row.birthDate()));
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(r, "birthDate", "Tanggal lahir '" + row.birthDate()
                        + "' bukan tanggal yang sah (format yyyy-MM-dd)"));
            }
        }
        return birthDate;
    }

    private static String sex(CandidateRow row, int r, List<FieldError> errors) {
        String sex = trim(row.sex());
        if (sex == null || !(sex.equals("M") || sex.equals("F"))) {
            errors.add(new FieldError(r, "sex", "Jenis kelamin harus M atau F"));
            sex = null;
        }
        return sex;
    }

    /** The NIK's rules (DOMAIN "NIK"): format, kecamatan code, its birth date and sex, not a member or candidate yet. */
    private static Nik nik(CandidateRow row, int r, Context ctx, LocalDate birthDate, String sex, List<FieldError> errors) {
        String nikText = trim(row.nik());
        Nik nik = null;
        String nikProblem = Nik.problem(nikText);
        if (nikProblem != null) {
            errors.add(new FieldError(r, "nik", nikProblem));
        }
        if (Nik.hasSixteenDigits(nikText)) {
            nik = Nik.of(nikText);
            // The kecamatan of first registration: anywhere in Indonesia, not necessarily in this regency (DOMAIN
            // "NIK": a person keeps the NIK when moving; the address decides the village, see the warning below).
            if (!ctx.knownKecamatan().contains(nik.kecamatanCode())) {
                errors.add(new FieldError(r, "nik", "Kode wilayah NIK " + nik.kecamatanCode()
                        + " bukan kecamatan Kemendagri yang dikenal di seluruh Indonesia"));
            }
            if (nik.hasValidDayMonth()) {
                if (birthDate != null && !nik.matchesBirthDate(birthDate)) {
                    errors.add(new FieldError(r, "birthDate", "Tanggal lahir tidak sama dengan bagian tanggal lahir NIK"));
                }
                if (sex != null && !nik.sex().orElseThrow().equals(sex)) {
                    errors.add(new FieldError(r, "sex", "Jenis kelamin tidak sesuai NIK (tanggal NIK di atas 40 berarti perempuan)"));
                }
            }
            if (ctx.niksActiveMembers().contains(nikText)) {
                errors.add(new FieldError(r, "nik", "NIK sudah menjadi peserta aktif"));
            } else if (ctx.niksAlreadyCandidates().contains(nikText)) {
                errors.add(new FieldError(r, "nik", "NIK sudah diusulkan sebagai calon peserta"));
            }
        }
        return nik;
    }

    /** Age at the start of coverage within the program's limits (jamsos.program, DOMAIN "Eligibility"). */
    private static void age(LocalDate birthDate, int r, Context ctx, List<FieldError> errors) {
        if (birthDate != null) {
            int age = Period.between(birthDate, ctx.coverageStart()).getYears();
            if (age < ctx.minAge() || age > ctx.maxAge()) {
                errors.add(new FieldError(r, "birthDate", "Usia " + age + " tahun pada awal perlindungan "
                        + id.jamsos.rentan.common.Formats.date(ctx.coverageStart()) + " di luar batas "
                        + ctx.minAge() + "–" + ctx.maxAge() + " tahun"));
            }
        }
    }

    private static void village(CandidateRow row, int r, Context ctx, Nik nik, List<FieldError> errors,
                                List<String> warnings) {
        String village = trim(row.villageCode());
        if (village == null || !ctx.regencyVillages().contains(village)) {
            errors.add(new FieldError(r, "villageCode", "Kode desa/kelurahan " + (village == null ? "(kosong)" : village)
                    + " bukan desa/kelurahan di kabupaten " + ctx.regencyCode()));
        } else if (nik != null && !village.startsWith(nik.kecamatanCode())) {
            // A NIK never changes when a person moves: the Lurah decides whether the worker lives here.
            warnings.add("NIK terdaftar di kecamatan " + nik.kecamatanCode() + ", alamat di kecamatan " + village.substring(0, 6));
        }
    }

    private static void contact(CandidateRow row, int r, List<FieldError> errors) {
        if (!Category.isKnown(trim(row.category()))) {
            errors.add(new FieldError(r, "category", "Kategori '" + (row.category() == null ? "" : row.category())
                    + "' tidak dikenal; pilih salah satu: " + Category.codes()));
        }
        String email = trim(row.email());
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new FieldError(r, "email", "Alamat e-mail tidak sah"));
        }
        if (trim(row.phone()) != null && !trim(row.phone()).matches("\\+?[0-9 -]{6,20}")) {
            errors.add(new FieldError(r, "phone", "Nomor telepon hanya angka, 6–20 digit"));
        }
        if (trim(row.address()) != null && trim(row.address()).length() > 500) {
            errors.add(new FieldError(r, "address", "Alamat paling panjang 500 karakter"));
        }
    }

    static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }
}
