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
 * (400); an overlap with another PKS of the same program (regency and payer) is a conflict (409); a gap after
 * the program's previous PKS is refused unless Dinsos records a reason ("tidak ada jeda perlindungan"), except for a
 * program that does not renew (another payer's PKS for part of a year, issue 16).
 */
public final class PksRules {

    /**
     * A draft as the API, the Tasklist start form or a budget approval sends it.
     *
     * @param payer       a {@link Payer} name; null or blank is {@code DINSOS_APBD} (the behaviour before issue 16)
     * @param payerName   the paying office, required for {@code OPD_APBD} only
     * @param villageCode the paying village (10 digits, in the regency), required for {@code DESA_APBDES} only
     */
    public record Draft(String regencyCode, Integer fiscalYear, Integer quota, Long budget, LocalDate startDate,
                        LocalDate endDate, String gapReason, String payer, String payerName, String villageCode) {

        /** A draft of the regency's Dinsos program. */
        public Draft(String regencyCode, Integer fiscalYear, Integer quota, Long budget, LocalDate startDate,
                     LocalDate endDate, String gapReason) {
            this(regencyCode, fiscalYear, quota, budget, startDate, endDate, gapReason, null, null, null);
        }

        /** The payer, {@code DINSOS_APBD} when none was sent; empty when the text names no payer. */
        public java.util.Optional<Payer> payerKind() {
            return payer == null || payer.isBlank() ? java.util.Optional.of(Payer.DINSOS_APBD) : Payer.parse(payer);
        }
    }

    /** Longest {@code payerName} (column width). */
    public static final int MAX_PAYER_NAME = 100;

    private PksRules() {
    }

    /** Calendar months the period touches: 1 January–31 December is 12. */
    public static int months(LocalDate start, LocalDate end) {
        return (int) ChronoUnit.MONTHS.between(start.withDayOfMonth(1), end.withDayOfMonth(1)) + 1;
    }

    /**
     * Whether a program continues with a next PKS (see {@link Agreement#renews()}): always for Dinsos, for another
     * payer only when the period is the whole fiscal year.
     */
    public static boolean renews(Payer payer, int fiscalYear, LocalDate start, LocalDate end) {
        return payer == Payer.DINSOS_APBD || (start.equals(LocalDate.of(fiscalYear, 1, 1))
                && end.equals(LocalDate.of(fiscalYear, 12, 31)));
    }

    public static long minimumBudget(int quota, long premiumPerMonth, LocalDate start, LocalDate end) {
        return quota * premiumPerMonth * months(start, end);
    }

    /**
     * @param others the other agreements of the draft's program (the draft itself excluded): overlaps and gaps are
     *               judged within one program only, a Kesbangpol PKS may run next to the Dinsos one
     */
    public static void check(Draft d, List<Agreement> others, long premiumPerMonth) {
        List<FieldError> errors = new ArrayList<>();
        java.util.Optional<Payer> payer = d.payerKind();
        if (payer.isEmpty()) {
            errors.add(FieldError.of("payer", "pembayar '" + d.payer() + "' tidak dikenal; pilih salah satu: " + Payer.codes()));
        }
        String payerName = d.payerName() == null || d.payerName().isBlank() ? null : d.payerName().trim();
        String village = d.villageCode() == null || d.villageCode().isBlank() ? null : d.villageCode().trim();
        if (payer.filter(p -> p == Payer.OPD_APBD).isPresent()) {
            if (payerName == null) {
                errors.add(FieldError.of("payerName", "nama perangkat daerah pembayar (payerName, mis. Kesbangpol) wajib diisi untuk OPD_APBD"));
            } else if (payerName.length() > MAX_PAYER_NAME) {
                errors.add(FieldError.of("payerName", "nama perangkat daerah paling panjang " + MAX_PAYER_NAME + " karakter"));
            }
        } else if (payerName != null && payer.isPresent()) {
            errors.add(FieldError.of("payerName", "payerName hanya untuk pembayar OPD_APBD"));
        }
        if (payer.filter(p -> p == Payer.DESA_APBDES).isPresent()) {
            if (village == null || !village.matches("\\d{10}")) {
                errors.add(FieldError.of("villageCode", "kode desa pembayar (villageCode, 10 digit) wajib diisi untuk DESA_APBDES"));
            } else if (d.regencyCode() != null && !village.startsWith(d.regencyCode())) {
                errors.add(FieldError.of("villageCode", "desa " + village + " bukan desa di kabupaten " + d.regencyCode()));
            }
        } else if (village != null && payer.isPresent()) {
            errors.add(FieldError.of("villageCode", "villageCode hanya untuk pembayar DESA_APBDES"));
        }
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
        boolean renews = renews(payer.orElse(Payer.DINSOS_APBD), d.fiscalYear(), d.startDate(), d.endDate());
        if (renews && previous.isPresent() && previous.get().renews()
                && !d.startDate().equals(previous.get().endDate().plusDays(1))
                && (d.gapReason() == null || d.gapReason().isBlank())) {
            Agreement p = previous.get();
            throw ValidationException.of("gapReason", "PKS harus dimulai sehari setelah " + p.pksNumber() + " berakhir ("
                    + Formats.date(p.endDate().plusDays(1)) + "); ada jeda perlindungan sampai "
                    + Formats.date(d.startDate()) + ", isi alasan jeda (gapReason) bila memang disengaja");
        }
    }
}
