package id.jamsos.rentan.claim;

import id.jamsos.rentan.common.ConflictException;
import id.jamsos.rentan.common.ProgramSettings;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.NotFoundException;
import id.jamsos.rentan.common.ProgramSettings;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.common.WorkingDays;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberHistory;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.identity.Official;
import id.jamsos.rentan.identity.RegionAccessDeniedException;
import id.jamsos.rentan.identity.RegionAccessPolicy;
import id.jamsos.rentan.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** The rules of a claim, step by step; the process (delegates) and the REST API call these methods. */
@Service
public class ClaimService {
    public static final String PAYABLE = "PAYABLE";
    public static final String NOT_PAID = "NOT_PAID";

    /** @param summary the benefits in words, shown on the branch head's approval form */
    public record Computed(boolean approvalNeeded, long totalPayable, LocalDate payoutDue, List<String> beasiswaChildren,
                           String summary) {
    }


    private final ClaimRepository claims;
    private final MemberRepository members;
    private final ClaimDecisions decisions;
    private final ClaimMailer mailer;
    private final ClaimProcess workflow;
    private final RegionAccessPolicy policy;
    private final WorkingDays workingDays;
    private final ClaimSettings settings;
    private final ProgramSettings program;
    private final BeasiswaRules beasiswa;
    private final Clock clock;

    /** @param clock the application's WIB clock ({@code config.ClockConfig}): "today" of intake, SLA and beasiswa */
    public ClaimService(ClaimRepository claims, MemberRepository members, ClaimDecisions decisions,
                        ClaimMailer mailer, ClaimProcess workflow, RegionAccessPolicy policy, WorkingDays workingDays,
                        ClaimSettings settings, ProgramSettings program, Clock clock) {
        this.claims = claims;
        this.members = members;
        this.decisions = decisions;
        this.mailer = mailer;
        this.workflow = workflow;
        this.policy = policy;
        this.workingDays = workingDays;
        this.settings = settings;
        this.program = program;
        this.clock = clock;
        this.beasiswa = new BeasiswaRules(decisions, settings.beasiswa().maxChildren(),
                settings.beasiswa().maxAge(), settings.beasiswa().totalCap());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.WIB));
    }

    // ---------------------------------------------------------------- intake

    /** Validates everything, then writes the claim and its heirs and starts claim-payout; nothing is written on refusal. */
    @Transactional
    public String file(ClaimRequest req, Official by) {
        Claim claim = register(req, by, null);
        workflow.start(claim);
        return claim.claimNumber();
    }

    /**
     * Validates and writes the claim and its heirs without starting a process: the Tasklist start form
     * starts claim-payout itself and registers the claim from its start listener.
     *
     * @param regencyCode the regency the process is started for (Tasklist form), or null (API: the member's)
     */
    @Transactional
    public Claim register(ClaimRequest req, Official by, String regencyCode) {
        Member member = ClaimIntakeRules.blank(req.membershipNumber()) ? null
                : members.find(req.membershipNumber().trim()).orElse(null);
        if (member != null) {
            requireMayFile(by, member.regencyCode());
        }
        ClaimIntakeRules.Result checked = ClaimIntakeRules.check(req, member, regencyCode, today(),
                program.registeredMonthlyIncome());
        if (!checked.valid()) {
            throw new ValidationException(checked.errors());
        }
        claims.claimNumberOfMember(member.membershipNumber()).ifPresent(existing -> {
            throw new ConflictException("membershipNumber", "Kematian peserta " + req.membershipNumber()
                    + " sudah diklaim dengan nomor " + existing);
        });
        int year = today().getYear();
        String number = "KLM-" + member.regencyCode() + "-" + year + "-"
                + String.format("%04d", claims.nextSequence(member.regencyCode(), year));
        ClaimRequest.PayeeInput f = req.funeralPayee();
        Claim claim = new Claim(number, member.regencyCode(), member.membershipNumber(), checked.type(), req.eventDate(),
                ClaimIntakeRules.trimToNull(req.deathCertificateNumber()), req.declaredMonthlyIncome(), ClaimStatus.RECEIVED,
                null, null, null, f == null ? null : new Claim.FuneralPayee(f.name().trim(), f.nik(), f.bankName().trim(),
                f.bankAccount(), ClaimIntakeRules.trimToNull(f.email())), null, null, null, null, null, null, by.userId());
        claims.insert(claim);
        List<ClaimRequest.HeirInput> heirs = req.heirs() == null ? List.of() : req.heirs();
        for (int i = 0; i < heirs.size(); i++) {
            claims.insertHeir(number, heirs.get(i), checked.relations().get(i));
        }
        return claim;
    }

    /** Officials of the member's regency who handle claims: BPJS officers and Dinsos (or the administrator). */
    void requireMayFile(Official by, String regencyCode) {
        if (by.admin()) {
            return;
        }
        boolean ok = by.grants().stream().anyMatch(g -> (g.role() == Role.BPJS || g.role() == Role.DINSOS)
                && g.regencyCode().equals(regencyCode));
        if (!ok) {
            throw new RegionAccessDeniedException("Pengguna " + by.userId() + " bukan petugas BPJS atau Dinas Sosial kabupaten "
                    + regencyCode + " dan tidak boleh mengajukan klaim peserta wilayah itu");
        }
    }

    // ---------------------------------------------------------------- reading

    public Claim get(String claimNumber, Official by) {
        Claim c = claim(claimNumber);
        policy.requireRegency(by, c.regencyCode());
        return c;
    }

    public List<Benefit> benefits(String claimNumber) {
        return claims.benefits(claimNumber);
    }

    public List<Payment> payments(String claimNumber) {
        return claims.payments(claimNumber);
    }

    public List<Heir> heirs(String claimNumber) {
        return claims.heirs(claimNumber);
    }

    /** What the document check shows: the claim, the deceased member and the heirs (full data; callers mask). */
    public record Facts(Claim claim, Member member, List<Heir> heirs) {
    }

    /** The facts of one claim for a task of its process (no region check: the engine scoped the task). */
    public Facts facts(String claimNumber) {
        Claim c = claim(claimNumber);
        return new Facts(c, member(c), claims.heirs(claimNumber));
    }

    /** Claims with a complete file whose payout is past the SLA and still not paid, in the caller's regencies. */
    public List<Claim> overdue(Official by) {
        return claims.overdue(today(), by.admin() ? List.of() : List.copyOf(by.regencyCodes()));
    }

    /** Claims of a NIK (member, heir or funeral payee) in the caller's regencies; see {@link ClaimRepository#byNik}. */
    public List<Claim> byNik(String nik, Official by) {
        return claims.byNik(nik, by.admin() ? List.of() : List.copyOf(by.regencyCodes()));
    }

    public List<Claim> list(Official by, int limit) {
        return claims.list(by.admin() ? List.of() : List.copyOf(by.regencyCodes()), limit);
    }

    private Claim claim(String claimNumber) {
        return claims.find(claimNumber).orElseThrow(() -> new NotFoundException("Klaim " + claimNumber + " tidak ditemukan"));
    }

    private Member member(Claim c) {
        return members.find(c.membershipNumber()).orElseThrow();
    }

    private MemberHistory history(Member m) {
        return members.history(m.membershipNumber()).orElseThrow();
    }

    // ---------------------------------------------------------------- process steps

    /** Eligibility with its reason; the death ends the membership (premium not due after the month of death). */
    @Transactional
    public boolean checkEligibility(String claimNumber, String step) {
        Claim c = claim(claimNumber);
        Member m = member(c);
        ClaimEligibility.Result r = ClaimEligibility.check(m, history(m), c.type(), c.eventDate(),
                claims.filedOn(claimNumber), settings.jkkExpiryYears());
        claims.recordEligibility(claimNumber, r.eligible(), r.reason(), r.eligible() ? ClaimStatus.CHECKING_DOCUMENTS : c.status());
        LocalDate end = c.eventDate().isBefore(m.coverageStart()) ? m.coverageStart() : c.eventDate();
        members.endForDeath(m.membershipNumber(), end);
        if (r.eligible()) {
            Map<String, Object> model = ClaimMailer.model(c, m);
            model.put("reason", r.reason());
            mailer.toHeirs(c, claims.heirs(claimNumber), "klaim-diterima", model, step);
            mailer.toDinsos(c, "klaim-diterima", model, step);
        }
        return r.eligible();
    }

    /**
     * Heirs by legal priority, benefits from the DMN table, equal shares in the first group present, whoever
     * buried the member when there is no heir and no will; the children who will receive beasiswa.
     */
    @Transactional
    public Computed computeBenefits(String claimNumber, String step) {
        Claim c = claim(claimNumber);
        Member m = member(c);
        List<Heir> heirs = claims.heirs(claimNumber);
        OptionalInt group = HeirRules.firstPresentGroup(heirs.stream().map(Heir::relation).toList());
        List<Heir> entitled = heirs.stream().filter(h -> group.isPresent() && h.priorityGroup() == group.getAsInt()).toList();
        if (!claims.hasBenefits(claimNumber)) {
            group.ifPresent(g -> claims.markEntitled(claimNumber, g));
            for (ClaimDecisions.BenefitRow row : decisions.benefits(c.type(), group.isPresent(),
                    c.type() == ClaimType.JKK ? program.registeredMonthlyIncome() : null, c.regencyCode())) {
                switch (row.payTo()) {
                    case "HEIRS" -> {
                        List<Long> shares = HeirRules.split(row.amount(), entitled.size());
                        for (int i = 0; i < entitled.size(); i++) {
                            Heir h = entitled.get(i);
                            claims.insertBenefit(claimNumber, row.kind(), shares.get(i), h, h.name(), h.bankName(),
                                    h.bankAccount(), PAYABLE, "bagian " + (i + 1) + "/" + entitled.size()
                                            + " ahli waris kelompok " + group.getAsInt() + " (" + h.relation().label() + ")");
                        }
                    }
                    case "BURIER" -> {
                        Claim.FuneralPayee f = c.funeralPayee();
                        claims.insertBenefit(claimNumber, row.kind(), row.amount(), null, f.name(), f.bankName(),
                                f.bankAccount(), PAYABLE, "tidak ada ahli waris dan wasiat: biaya pemakaman kepada yang memakamkan");
                    }
                    default -> claims.insertBenefit(claimNumber, row.kind(), row.amount(), null, null, null, null, NOT_PAID,
                            "tidak ada ahli waris dan wasiat: tetap di Dana Jaminan Sosial");
                }
            }
            recordBeasiswaChildren(c, m, entitled);
        }
        List<Benefit> benefits = claims.benefits(claimNumber);
        long total = benefits.stream().filter(b -> PAYABLE.equals(b.status())).mapToLong(Benefit::amount).sum();
        claims.recordHeirGroup(claimNumber, group.isPresent() ? group.getAsInt() : null, total);
        LocalDate due = workingDays.plusWorkingDays(today(), settings.payoutSlaWorkingDays());
        claims.markComplete(claimNumber, due);
        boolean approvalNeeded = total > settings.approvalThreshold();
        claims.setStatus(claimNumber, approvalNeeded ? ClaimStatus.AWAITING_APPROVAL : ClaimStatus.PAYING);
        Claim updated = claim(claimNumber);
        Map<String, Object> model = ClaimMailer.model(updated, m);
        String summary = benefits.stream().map(b -> "  - " + kindLabel(b.kind()) + ": " + Formats.rupiah(b.amount())
                + (b.payeeName() == null ? " (" + b.note() + ")" : " kepada " + b.payeeName())).collect(Collectors.joining("\n"));
        model.put("benefits", summary);
        model.put("total", Formats.rupiah(total));
        model.put("due", Formats.date(updated.payoutDue()));
        mailer.toHeirs(updated, heirs, "klaim-manfaat", model, step);
        mailer.toDinsos(updated, "klaim-manfaat", model, step);
        List<String> children = claims.beasiswaChildren(claimNumber).stream().map(ClaimRepository.BeasiswaChildRow::name).toList();
        String header = "Ahli waris kelompok " + (group.isPresent() ? group.getAsInt() : "-") + "; jumlah " + Formats.rupiah(total)
                + "; tenggat bayar " + Formats.date(updated.payoutDue()) + "\n";
        return new Computed(approvalNeeded, total, updated.payoutDue(), children, header + summary);
    }

    private void recordBeasiswaChildren(Claim c, Member m, List<Heir> entitled) {
        // Masa iur at the date of death, never at the claim (PP 82/2019; DOMAIN "Beasiswa").
        int monthsAtEvent = history(m).contributionMonthsAt(c.eventDate());
        ClaimDecisions.BeasiswaEligibility e = decisions.beasiswaEligibility(c.type(), monthsAtEvent, c.regencyCode());
        List<BeasiswaRules.ChildHeir> children = entitled.stream().filter(h -> h.relation() == Relation.CHILD)
                .map(h -> new BeasiswaRules.ChildHeir(h.id(), h.name(), h.birthDate())).toList();
        if (!e.eligible()) {
            if (!children.isEmpty()) {
                claims.insertBenefit(c.claimNumber(), "BEASISWA", 0, null, null, null, null, NOT_PAID,
                        "beasiswa tidak diberikan: " + e.reason());
            }
            return;
        }
        List<BeasiswaRules.ChildHeir> selected = beasiswa.select(children, today());
        int position = 1;
        for (BeasiswaRules.ChildHeir child : selected) {
            Heir h = entitled.stream().filter(x -> x.id() == child.heirId()).findFirst().orElseThrow();
            claims.insertBeasiswaChild(c.claimNumber(), h, position++);
        }
    }

    static String kindLabel(String kind) {
        return switch (kind) {
            case "LUMP_SUM" -> "Santunan sekaligus";
            case "PERIODIC" -> "Santunan berkala";
            case "FUNERAL" -> "Biaya pemakaman";
            case "DEATH_COMPENSATION" -> "Santunan kematian JKK";
            case "BEASISWA" -> "Beasiswa";
            default -> kind;
        };
    }

    @Transactional
    public void recordDecision(String claimNumber, boolean approved, String note) {
        claims.recordDecision(claimNumber, note);
        if (approved) {
            claims.setStatus(claimNumber, ClaimStatus.PAYING);
        }
    }

    @Transactional
    public void reject(String claimNumber, String step) {
        Claim c = claim(claimNumber);
        claims.setStatus(claimNumber, ClaimStatus.REJECTED);
        Map<String, Object> model = ClaimMailer.model(c, member(c));
        model.put("reason", Boolean.FALSE.equals(c.eligible()) ? c.eligibilityReason()
                : "tidak disetujui Kepala Kantor Cabang: " + (c.decisionNote() == null ? "-" : c.decisionNote()));
        mailer.toHeirs(c, claims.heirs(claimNumber), "klaim-ditolak", model, step);
        mailer.toDinsos(c, "klaim-ditolak", model, step);
    }


}
