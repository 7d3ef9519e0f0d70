package id.jamsos.rentan.claim;

import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.TextRules;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.identity.Nik;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a claim must pass before anything is written (pure: no database, no engine). {@link ClaimService}
 * looks the member up, calls {@link #check}, and writes only when the list of errors is empty.
 *
 * <p>Sources: CONTRACT.md ({@code POST /api/claims} fields), DOMAIN "Benefits" (JKK on the registered income,
 * PP 44/2015 jo. PP 82/2019), DOMAIN "Heirs" (relations and their order).
 */
final class ClaimIntakeRules {
    private ClaimIntakeRules() {
    }

    /**
     * What {@link #check} found: the field errors (empty when the claim may be written) and, when there are none,
     * the type and each heir's relation in the order of {@code req.heirs()}.
     */
    record Result(List<FieldError> errors, ClaimType type, List<Relation> relations) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * Checks a claim request.
     *
     * @param req              the request as sent
     * @param member           the member of {@code req.membershipNumber()}, or null when there is none
     * @param regencyCode      the regency the Tasklist start form was opened for, or null (API: the member's)
     * @param today            today in WIB
     * @param registeredIncome rupiah a month the member's JKK premium is paid on (jamsos.program.registered-monthly-income)
     * @return every field error at once, named as in the request ({@code heirs[1].nik}, {@code funeralPayee.bankAccount})
     */
    static Result check(ClaimRequest req, Member member, String regencyCode, LocalDate today, long registeredIncome) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(req.membershipNumber())) {
            errors.add(FieldError.of("membershipNumber", "wajib diisi"));
        } else if (member == null) {
            errors.add(FieldError.of("membershipNumber", "peserta dengan nomor " + req.membershipNumber() + " tidak terdaftar"));
        } else if (regencyCode != null && !regencyCode.equals(member.regencyCode())) {
            errors.add(FieldError.of("regencyCode", "peserta " + member.membershipNumber() + " terdaftar di kabupaten "
                    + member.regencyCode() + ", bukan " + regencyCode));
        }
        ClaimType type = type(req.type(), errors);
        if (req.eventDate() == null) {
            errors.add(FieldError.of("eventDate", "wajib diisi (tanggal meninggal/kecelakaan, yyyy-MM-dd)"));
        } else if (req.eventDate().isAfter(today)) {
            errors.add(FieldError.of("eventDate", "tanggal kejadian " + Formats.date(req.eventDate()) + " belum terjadi (di masa depan)"));
        }
        income(type, req.declaredMonthlyIncome(), registeredIncome, errors);
        List<ClaimRequest.HeirInput> heirs = req.heirs() == null ? List.of() : req.heirs();
        List<Relation> relations = new ArrayList<>();
        for (int i = 0; i < heirs.size(); i++) {
            heir(heirs.get(i), i, today, relations, errors);
        }
        String certificateProblem = TextRules.documentNumber(req.deathCertificateNumber());
        if (certificateProblem != null) {
            errors.add(FieldError.of("deathCertificateNumber", certificateProblem));
        }
        ClaimRequest.PayeeInput f = req.funeralPayee();
        if (heirs.isEmpty() && f == null) {
            errors.add(FieldError.of("heirs", "tidak ada ahli waris maupun penerima wasiat (WILL): isi heirs, atau funeralPayee "
                    + "(yang memakamkan) bila memang tidak ada ahli waris"));
        }
        if (f != null) {
            funeralPayee(f, errors);
        }
        return new Result(List.copyOf(errors), type, List.copyOf(relations));
    }

    private static ClaimType type(String text, List<FieldError> errors) {
        if (blank(text)) {
            errors.add(FieldError.of("type", "wajib diisi (JKM atau JKK)"));
            return null;
        }
        try {
            return ClaimType.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("type", "jenis klaim '" + text + "' tidak dikenal (JKM atau JKK)"));
            return null;
        }
    }

    /** JKK pays 48 x the income the premium was paid on; another figure is refused, never paid on (DOMAIN "Benefits"). */
    private static void income(ClaimType type, Long declared, long registered, List<FieldError> errors) {
        if (type == ClaimType.JKK && (declared == null || declared <= 0)) {
            errors.add(FieldError.of("declaredMonthlyIncome", "wajib diisi untuk klaim JKK: upah terdaftar peserta sebulan ("
                    + Formats.rupiah(registered) + "), lebih dari 0"));
        } else if (declared != null && declared < 0) {
            errors.add(FieldError.of("declaredMonthlyIncome", "tidak boleh negatif"));
        } else if (type == ClaimType.JKK && declared != registered) {
            errors.add(FieldError.of("declaredMonthlyIncome", "upah " + Formats.rupiah(declared)
                    + " berbeda dengan upah terdaftar peserta " + Formats.rupiah(registered) + " (dasar iuran JKK "
                    + "yang dibayar); santunan JKK dihitung dari upah terdaftar, isi " + registered));
        }
    }

    private static void heir(ClaimRequest.HeirInput h, int i, LocalDate today, List<Relation> relations,
                             List<FieldError> errors) {
        String p = "heirs[" + i + "].";
        if (h == null) {
            errors.add(FieldError.of("heirs[" + i + "]", "wajib diisi"));
            return;
        }
        String nameProblem = TextRules.personName(h.name());
        if (nameProblem != null) {
            errors.add(FieldError.of(p + "name", nameProblem));
        }
        String nikProblem = Nik.problem(h.nik());
        if (nikProblem != null) {
            errors.add(FieldError.of(p + "nik", nikProblem));
        }
        if (blank(h.relation())) {
            errors.add(FieldError.of(p + "relation", "wajib diisi"));
        } else {
            try {
                relations.add(Relation.valueOf(h.relation().trim()));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of(p + "relation", "hubungan '" + h.relation()
                        + "' tidak dikenal (SPOUSE, CHILD, PARENT, GRANDCHILD, GRANDPARENT, SIBLING, PARENT_IN_LAW, WILL)"));
            }
        }
        if (h.birthDate() == null) {
            errors.add(FieldError.of(p + "birthDate", "wajib diisi"));
        } else if (h.birthDate().isAfter(today)) {
            errors.add(FieldError.of(p + "birthDate", "tanggal lahir di masa depan"));
        }
        bank(p, h.bankName(), h.bankAccount(), errors);
        if (h.email() != null && !h.email().isBlank() && !h.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(FieldError.of(p + "email", "alamat email tidak valid"));
        }
    }

    private static void funeralPayee(ClaimRequest.PayeeInput f, List<FieldError> errors) {
        String payeeProblem = TextRules.personName(f.name());
        if (payeeProblem != null) {
            errors.add(FieldError.of("funeralPayee.name", payeeProblem));
        }
        if (f.nik() != null && Nik.problem(f.nik()) != null) {
            errors.add(FieldError.of("funeralPayee.nik", Nik.problem(f.nik())));
        }
        bank("funeralPayee.", f.bankName(), f.bankAccount(), errors);
    }

    private static void bank(String prefix, String bankName, String account, List<FieldError> errors) {
        String bankProblem = TextRules.bankName(bankName);
        if (bankProblem != null) {
            errors.add(FieldError.of(prefix + "bankName", bankProblem));
        }
        if (blank(account)) {
            errors.add(FieldError.of(prefix + "bankAccount", "wajib diisi"));
        } else if (!account.matches("\\d{10,18}")) {
            errors.add(FieldError.of(prefix + "bankAccount", "nomor rekening harus 10 sampai 18 digit angka"));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trimToNull(String s) {
        return blank(s) ? null : s.trim();
    }
}
