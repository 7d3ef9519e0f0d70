package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.AgreementRepository;
import id.jamsos.rentan.pks.PksStatus;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which program a batch of candidates is proposed for (issue 16): the PKS named on {@code POST /api/candidates}
 * ({@code pksNumber}) or, by default, the regency's Dinsos program. Its quota is the one Dinsos finalises within, and
 * a worker already covered by another program for an overlapping period is refused.
 */
@Component
public class CandidatePrograms {
    private final AgreementRepository agreements;

    public CandidatePrograms(AgreementRepository agreements) {
        this.agreements = agreements;
    }

    /**
     * The PKS a caller named for a batch, checked: it exists, is of the batch's regency and is not over.
     *
     * @return empty when none was named (the Dinsos program); 400 naming {@code pksNumber} otherwise
     */
    public Optional<Agreement> named(String regencyCode, String pksNumber) {
        if (pksNumber == null || pksNumber.isBlank()) {
            return Optional.empty();
        }
        String n = pksNumber.trim();
        Agreement a = agreements.find(n).orElseThrow(() -> ValidationException.of("pksNumber", "PKS " + abbreviate(n)
                + " tidak ditemukan"));
        if (!a.regencyCode().equals(regencyCode)) {
            throw ValidationException.of("pksNumber", "PKS " + n + " bukan PKS kabupaten " + regencyCode);
        }
        if (a.status() == PksStatus.EXPIRED) {
            throw ValidationException.of("pksNumber", "PKS " + n + " sudah berakhir " + Formats.date(a.endDate())
                    + ": usulkan calon untuk PKS program ini yang berlaku");
        }
        return Optional.of(a);
    }

    /** The ACTIVE PKS of the batch's program on the day: the named PKS's program, else the Dinsos program. */
    public Optional<Agreement> activeFor(String regencyCode, String batchPksNumber, LocalDate day) {
        if (batchPksNumber == null) {
            return agreements.activeOn(regencyCode, day);
        }
        return agreements.find(batchPksNumber).flatMap(a -> agreements.activeInProgram(a, day));
    }

    /** The program's name for messages: the named PKS's program, else "Dinas Sosial". */
    public String programName(String regencyCode, String batchPksNumber) {
        if (batchPksNumber == null) {
            return "Dinas Sosial kabupaten " + regencyCode;
        }
        return agreements.find(batchPksNumber).map(Agreement::programTitle).orElse(batchPksNumber);
    }

    /**
     * Who else pays for workers of this batch: per NIK of an ACTIVE member, the refusal when that member's PKS is of
     * another program whose period overlaps the batch's (issue 16: one payer at a time, never a second premium). A
     * member of the batch's own program is not listed (the rule "NIK sudah menjadi peserta aktif" applies).
     *
     * @param activeMembers NIK → PKS number of ACTIVE members (null PKS: an old row of the Dinsos program)
     * @param batch         the batch (its program and its coverage start)
     */
    public Map<String, String> coveredElsewhere(Map<String, String> activeMembers, CandidateRepository.Batch batch) {
        Agreement target = batch.pksNumber() == null ? agreements.activeOn(batch.regencyCode(), batch.coverageStart())
                .or(() -> agreements.activeOn(batch.regencyCode(), LocalDate.now(Formats.WIB))).orElse(null)
                : agreements.find(batch.pksNumber()).orElse(null);
        LocalDate from = batch.coverageStart();
        LocalDate to = target == null ? from.plusYears(1) : target.endDate();
        if (target != null && target.startDate().isAfter(from)) {
            from = target.startDate();
        }
        Map<String, Agreement> cache = new HashMap<>();
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, String> m : activeMembers.entrySet()) {
            if (m.getValue() == null) {
                continue;
            }
            Agreement theirs = cache.computeIfAbsent(m.getValue(), n -> agreements.find(n).orElse(null));
            if (theirs == null) {
                continue;
            }
            boolean sameProgram = target == null ? theirs.isDinsos() && theirs.regencyCode().equals(batch.regencyCode())
                    : theirs.sameProgram(target);
            if (!sameProgram && theirs.overlaps(from, to)) {
                out.put(m.getKey(), "NIK sudah dijamin oleh " + theirs.programTitle() + " sampai "
                        + Formats.date(theirs.endDate()) + ": satu pekerja dibayar oleh satu pembayar saja");
            }
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
