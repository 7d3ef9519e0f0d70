package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.AgreementRepository;
import id.jamsos.rentan.pks.PksStatus;
import org.springframework.stereotype.Component;

import java.time.Clock;
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
    private final Clock clock;

    /**
     * @param clock the application's WIB clock ({@code config.ClockConfig}): "today" whose Dinsos PKS stands in when
     *              none is in force on a batch's coverage start
     */
    public CandidatePrograms(AgreementRepository agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
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
     * What the batch's rows meet among the workers already insured (issue 16: one payer at a time, never a second
     * premium).
     *
     * @param members   NIKs of ACTIVE members of the batch's own program (or of an old row without PKS): the rule
     *                  "NIK sudah menjadi peserta aktif" applies
     * @param elsewhere NIK → refusal naming the program, for ACTIVE members of another program covering an overlapping
     *                  period (a program that renews counts as continuing); members of another program over before the
     *                  batch's coverage starts (a period of duty) are in neither: they may move on
     */
    public record Insured(java.util.Set<String> members, Map<String, String> elsewhere) {
    }

    /**
     * Sorts the ACTIVE members among the batch's NIKs by program (see {@link Insured}).
     *
     * @param activeMembers NIK → PKS number of ACTIVE members (null PKS: an old row of the Dinsos program)
     * @param batch         the batch (its program and its coverage start)
     */
    public Insured insured(Map<String, String> activeMembers, CandidateRepository.Batch batch) {
        Agreement target = batch.pksNumber() == null ? agreements.activeOn(batch.regencyCode(), batch.coverageStart())
                .or(() -> agreements.activeOn(batch.regencyCode(), LocalDate.now(clock.withZone(Formats.WIB)))).orElse(null)
                : agreements.find(batch.pksNumber()).orElse(null);
        LocalDate from = batch.coverageStart();
        if (target != null && target.startDate().isAfter(from)) {
            from = target.startDate();
        }
        LocalDate to = target == null || target.endDate().isBefore(from) ? from.plusYears(1) : target.endDate();
        Map<String, Agreement> cache = new HashMap<>();
        java.util.Set<String> same = new java.util.HashSet<>();
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, String> m : activeMembers.entrySet()) {
            Agreement theirs = m.getValue() == null ? null
                    : cache.computeIfAbsent(m.getValue(), n -> agreements.find(n).orElse(null));
            boolean sameProgram = theirs == null || (target == null
                    ? theirs.isDinsos() && theirs.regencyCode().equals(batch.regencyCode()) : theirs.sameProgram(target));
            if (sameProgram) {
                same.add(m.getKey());
            } else if (theirs.renews() || theirs.overlaps(from, to)) {
                out.put(m.getKey(), "NIK sudah dijamin oleh " + theirs.programTitle() + " sampai "
                        + Formats.date(theirs.endDate()) + (theirs.renews() ? " (diperpanjang)" : "")
                        + ": satu pekerja dibayar oleh satu pembayar saja");
            }
        }
        return new Insured(same, out);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
