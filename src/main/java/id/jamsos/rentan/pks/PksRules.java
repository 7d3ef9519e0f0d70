package id.jamsos.rentan.pks;

import id.jamsos.rentan.common.ConflictException;
import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.ValidationException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rules a PKS draft must meet, pure so each refusal is tested alone. Field rules are reported together
 * (400); an overlap with another PKS of the regency is a conflict (409); a gap after the previous PKS is
 * refused unless Dinsos records a reason ("tidak ada jeda perlindungan").
 */
public final class PksRules {

    public record Draft(String regencyCode, Integer fiscalYear, Integer quota, Long budget, LocalDate startDate,
                        LocalDate endDate, String gapReason) {
    }

    private PksRules() {
    }

    /** Calendar months the period touches: 1 January–31 December is 12. */
    public static int months(LocalDate start, LocalDate end) {
        return (int) ChronoUnit.MONTHS.between(start.withDayOfMonth(1), end.withDayOfMonth(1)) + 1;
    }

    public static long minimumBudget(int quota, long premiumPerMonth, LocalDate start, LocalDate end) {
        return quota * premiumPerMonth * months(start, end);
    }

    /**
     * @param others the regency's other agreements (the draft itself excluded)
     */
    public static void check(Draft d, List<Agreement> others, long premiumPerMonth) {
        List<FieldError> errors = new ArrayList<>();
        if (d.regencyCode() == null || !d.regencyCode().matches("\\d{4}")) {
            errors.add(FieldError.of("regencyCode", "kode kabupaten wajib 4 digit"));
        }
        if (d.fiscalYear() == null || d.fiscalYear() < 2000 || d.fiscalYear() > 2100) {
            errors.add(FieldError.of("fiscalYear", "tahun anggaran wajib diisi (2000–2100)"));
        }
        if (d.quota() == null || d.quota() <= 0) {
            errors.add(FieldError.of("quota", "kuota peserta harus lebih dari 0"));
        }
        if (d.budget() == null || d.budget() < 0) {
            errors.add(FieldError.of("budget", "anggaran wajib diisi dan tidak boleh negatif"));
        }
        if (d.startDate() == null) {
            errors.add(FieldError.of("startDate", "tanggal mulai wajib diisi"));
        }
        if (d.endDate() == null) {
            errors.add(FieldError.of("endDate", "tanggal berakhir wajib diisi"));
        }
        boolean periodOk = d.startDate() != null && d.endDate() != null;
        if (periodOk && !d.endDate().isAfter(d.startDate())) {
            errors.add(FieldError.of("endDate", "tanggal berakhir harus sesudah tanggal mulai ("
                    + Formats.date(d.startDate()) + ")"));
            periodOk = false;
        }
        if (periodOk && d.fiscalYear() != null
                && (d.startDate().getYear() != d.fiscalYear() || d.endDate().getYear() != d.fiscalYear())) {
            errors.add(FieldError.of(d.startDate().getYear() != d.fiscalYear() ? "startDate" : "endDate",
                    "masa PKS harus berada dalam tahun anggaran " + d.fiscalYear() + " (01-01-" + d.fiscalYear()
                            + " s.d. 31-12-" + d.fiscalYear() + ")"));
            periodOk = false;
        }
        if (periodOk && d.quota() != null && d.quota() > 0 && d.budget() != null) {
            long min = minimumBudget(d.quota(), premiumPerMonth, d.startDate(), d.endDate());
            if (d.budget() < min) {
                errors.add(FieldError.of("budget", "anggaran " + Formats.rupiah(d.budget()) + " kurang dari kuota × iuran × bulan = "
                        + d.quota() + " × " + Formats.rupiah(premiumPerMonth) + " × " + months(d.startDate(), d.endDate())
                        + " = " + Formats.rupiah(min)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        for (Agreement o : others) {
            if (!d.startDate().isAfter(o.endDate()) && !d.endDate().isBefore(o.startDate())) {
                throw new ConflictException("startDate", "masa " + Formats.date(d.startDate()) + " s.d. "
                        + Formats.date(d.endDate()) + " tumpang tindih dengan " + o.pksNumber() + " ("
                        + Formats.date(o.startDate()) + " s.d. " + Formats.date(o.endDate()) + ")");
            }
        }
        Optional<Agreement> previous = others.stream().filter(o -> o.endDate().isBefore(d.startDate()))
                .max(Comparator.comparing(Agreement::endDate));
        if (previous.isPresent() && !d.startDate().equals(previous.get().endDate().plusDays(1))
                && (d.gapReason() == null || d.gapReason().isBlank())) {
            Agreement p = previous.get();
            throw ValidationException.of("gapReason", "PKS harus dimulai sehari setelah " + p.pksNumber() + " berakhir ("
                    + Formats.date(p.endDate().plusDays(1)) + "); ada jeda perlindungan sampai "
                    + Formats.date(d.startDate()) + ", isi alasan jeda (gapReason) bila memang disengaja");
        }
    }
}
