package id.jamsos.rentan.pks;

import id.jamsos.rentan.process.WorkflowDecisionLog;
import id.jamsos.rentan.common.ConflictException;
import id.jamsos.rentan.common.NotFoundException;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.region.RegionLevel;
import id.jamsos.rentan.region.RegionRepository;
import id.jamsos.rentan.common.ProgramSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The PKS lifecycle rules: create, revise, review decisions, sign, activate, expire. No Camunda types. */
@Service
public class PksService {
    private final AgreementRepository agreements;
    private final RegionRepository regions;
    private final WorkflowDecisionLog decisions;
    private final AgreementMembers members;
    private final long premiumPerMonth;
    private final String segment;
    private final int renewalDaysBeforeEnd;
    private final org.springframework.context.ApplicationEventPublisher events;

    public PksService(AgreementRepository agreements, RegionRepository regions, WorkflowDecisionLog decisions,
                      AgreementMembers members, ProgramSettings program, PksSettings settings,
                      org.springframework.context.ApplicationEventPublisher events) {
        this.members = members;
        this.events = events;
        this.agreements = agreements;
        this.regions = regions;
        this.decisions = decisions;
        this.premiumPerMonth = program.premiumPerMonth();
        this.segment = settings.segment();
        this.renewalDaysBeforeEnd = settings.renewalDaysBeforeEnd();
    }

    public long premiumPerMonth() {
        return premiumPerMonth;
    }

    public Agreement get(String pksNumber) {
        return agreements.find(pksNumber).orElseThrow(() -> new NotFoundException("PKS " + pksNumber + " tidak ditemukan"));
    }

    public Optional<Agreement> find(String pksNumber) {
        return agreements.find(pksNumber);
    }

    /** Validates everything, then writes the DRAFT row. The caller starts the process. */
    @Transactional
    public Agreement create(PksRules.Draft d) {
        if (d.regencyCode() != null && d.regencyCode().matches("\\d{4}")
                && regions.find(d.regencyCode()).filter(r -> r.level() == RegionLevel.REGENCY).isEmpty()) {
            throw ValidationException.of("regencyCode", "kabupaten " + d.regencyCode() + " tidak dikenal");
        }
        Payer kind = d.payerKind().orElse(null);
        String village = blankToNull(d.villageCode());
        if (kind == Payer.DESA_APBDES && village != null && village.matches("\\d{10}")
                && regions.find(village).filter(r -> r.level() == RegionLevel.VILLAGE && !r.retired()).isEmpty()) {
            throw ValidationException.of("villageCode", "desa " + village + " tidak dikenal");
        }
        Agreement program = kind == null ? null : programOf(d.regencyCode(), kind, blankToNull(d.payerName()), village);
        PksRules.check(d, program == null ? List.of() : others(program, null), premiumPerMonth);
        String number = Agreement.number(d.regencyCode(), d.fiscalYear(), kind, village);
        if (agreements.find(number).isPresent()) {
            throw new ConflictException("fiscalYear", "PKS " + number + " sudah ada");
        }
        Agreement a = new Agreement(number, d.regencyCode(), d.fiscalYear(), d.quota(), d.budget(), premiumPerMonth,
                d.startDate(), d.endDate(), PksStatus.DRAFT, kind.name(),
                kind == Payer.DINSOS_APBD ? segment : kind.segment(), blankToNull(d.gapReason()),
                kind == Payer.OPD_APBD ? blankToNull(d.payerName()) : null, kind == Payer.DESA_APBDES ? village : null);
        agreements.insert(a);
        return a;
    }

    /**
     * The draft an approved budget evaluation proposes: the whole fiscal year, starting the day after the
     * regency's previous PKS ends when that falls in the fiscal year (no gap), else on 1 January.
     */
    public PksRules.Draft draftFromBudget(String regencyCode, int fiscalYear, int quota, long budget) {
        LocalDate start = LocalDate.of(fiscalYear, 1, 1);
        Optional<Agreement> previous = agreements.byRegency(regencyCode).stream()
                .filter(o -> o.endDate().isBefore(LocalDate.of(fiscalYear, 12, 31)))
                .max(Comparator.comparing(Agreement::endDate));
        if (previous.isPresent() && previous.get().endDate().plusDays(1).getYear() == fiscalYear) {
            start = previous.get().endDate().plusDays(1);
        }
        return new PksRules.Draft(regencyCode, fiscalYear, quota, budget, start, LocalDate.of(fiscalYear, 12, 31), null);
    }

    /** Dinsos (re)submits the draft for review, with any changed field; the rules apply again. */
    @Transactional
    public Agreement submitDraft(String pksNumber, Integer quota, Long budget, LocalDate start, LocalDate end,
                                 String gapReason, String userId) {
        Agreement a = get(pksNumber);
        if (a.status() != PksStatus.DRAFT) {
            throw ValidationException.of("status", "PKS " + pksNumber + " berstatus " + a.status() + ", bukan DRAFT");
        }
        PksRules.Draft d = new PksRules.Draft(a.regencyCode(), a.fiscalYear(), quota != null ? quota : a.quota(),
                budget != null ? budget : a.budget(), start != null ? start : a.startDate(),
                end != null ? end : a.endDate(), gapReason != null ? gapReason : a.gapReason(), a.payer(),
                a.payerName(), a.villageCode());
        PksRules.check(d, others(a, pksNumber), a.premiumPerMonth());
        agreements.updateDraft(pksNumber, d.quota(), d.budget(), d.startDate(), d.endDate(), blankToNull(d.gapReason()),
                PksStatus.IN_REVIEW);
        decisions.record(pksNumber, "DRAFT", userId, true, null);
        return get(pksNumber);
    }

    /** A reviewer's decision; a return sends the draft back to Dinsos with the note. */
    @Transactional
    public void review(String pksNumber, String step, boolean approved, String note, String userId) {
        if (!approved && (note == null || note.isBlank())) {
            throw ValidationException.of("note", "catatan wajib diisi bila draf dikembalikan");
        }
        Agreement a = get(pksNumber);
        if (a.status() != PksStatus.IN_REVIEW) {
            throw ValidationException.of("status", "PKS " + pksNumber + " tidak sedang ditinjau (" + a.status() + ")");
        }
        decisions.record(pksNumber, step, userId, approved, note);
        if (!approved) {
            agreements.updateStatus(pksNumber, PksStatus.DRAFT);
        }
    }

    @Transactional
    public void sign(String pksNumber, String step, String userId) {
        decisions.record(pksNumber, step, userId, true, null);
    }

    @Transactional
    public Agreement markSigned(String pksNumber) {
        agreements.updateStatus(pksNumber, PksStatus.SIGNED);
        Agreement a = get(pksNumber);
        events.publishEvent(new PksSigned(pksNumber, a.regencyCode()));
        return a;
    }

    /**
     * ACTIVE from the start date. When the previous PKS of the regency is already over, its active members
     * carry over now (up to the quota), whichever of its expiry and this activation runs first.
     */
    @Transactional
    public int activate(String pksNumber, LocalDate today) {
        Agreement a = get(pksNumber);
        agreements.updateStatus(pksNumber, PksStatus.ACTIVE);
        events.publishEvent(new PksActivated(pksNumber, a.regencyCode()));
        Optional<Agreement> previous = others(a, pksNumber).stream()
                .filter(o -> o.endDate().isBefore(a.startDate()))
                .max(Comparator.comparing(Agreement::endDate));
        if (previous.isEmpty() || !previous.get().endDate().isBefore(today)) {
            return 0;
        }
        return members.carryOver(previous.get().pksNumber(), pksNumber, a.endDate(),
                a.quota() - agreements.enrolledCount(pksNumber));
    }

    /**
     * EXPIRED after the end date. Members carry over to the regency's next PKS (signed or active, starting
     * after this one) up to its quota, oldest membership first; the others end with this PKS.
     */
    @Transactional
    public Expiry expire(String pksNumber) {
        Agreement a = get(pksNumber);
        agreements.updateStatus(pksNumber, PksStatus.EXPIRED);
        Optional<Agreement> next = others(a, pksNumber).stream()
                .filter(o -> o.startDate().isAfter(a.endDate()))
                .filter(o -> o.status() == PksStatus.SIGNED || o.status() == PksStatus.ACTIVE)
                .min(Comparator.comparing(Agreement::startDate));
        int carried = next.map(n -> members.carryOver(pksNumber, n.pksNumber(), n.endDate(),
                n.quota() - agreements.enrolledCount(n.pksNumber()))).orElse(0);
        return new Expiry(carried, members.endWith(pksNumber, a.endDate()));
    }

    public record Expiry(int carriedOver, int ended) {
    }

    public LocalDate renewalDate(Agreement a) {
        return a.endDate().minusDays(renewalDaysBeforeEnd);
    }

    /** Quota guard for enrollment: how many more members the PKS may take (enrolled ≤ quota). */
    public int quotaLeft(String pksNumber) {
        Agreement a = get(pksNumber);
        return Math.max(0, a.quota() - agreements.enrolledCount(pksNumber));
    }

    public int enrolled(String pksNumber) {
        return agreements.enrolledCount(pksNumber);
    }

    /** Every program's agreements of the regency, optionally of one fiscal year (issue 16). */
    public List<Agreement> list(String regencyCode, Integer fiscalYear) {
        return agreements.allByRegency(regencyCode, fiscalYear);
    }

    /** The other agreements of {@code program}'s program (regency and payer), {@code exclude} left out. */
    private List<Agreement> others(Agreement program, String exclude) {
        if (program.regencyCode() == null || !program.regencyCode().matches("\\d{4}")) {
            return List.of();
        }
        return agreements.byProgram(program).stream().filter(o -> !o.pksNumber().equals(exclude)).toList();
    }

    /** A stand-in agreement naming a program, to find its agreements. */
    private static Agreement programOf(String regencyCode, Payer payer, String payerName, String villageCode) {
        return new Agreement("", regencyCode, 0, 0, 0, 0, LocalDate.MIN, LocalDate.MIN, PksStatus.DRAFT, payer.name(),
                payer.segment(), null, payerName, villageCode);
    }


    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
