package id.jamsos.rentan.claim;

import id.jamsos.rentan.identity.Nik;

import id.jamsos.rentan.common.ProgramSettings;
import id.jamsos.rentan.common.ConflictException;
import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.TextRules;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.NotFoundException;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
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

    public record BeasiswaYear(boolean continues, LocalDate nextCheck, long paidThisYear) {
    }

    private final ClaimRepository claims;
    private final MemberRepository members;
    private final ClaimDecisions decisions;
    private final BankTransfers bank;
    private final ClaimMailer mailer;
    private final ClaimProcess workflow;
    private final RegionAccessPolicy policy;
    private final WorkingDays workingDays;
    private final ClaimSettings settings;
    private final ProgramSettings program;
    private final BeasiswaRules beasiswa;

    public ClaimService(ClaimRepository claims, MemberRepository members, ClaimDecisions decisions, BankTransfers bank,
                        ClaimMailer mailer, ClaimProcess workflow, RegionAccessPolicy policy, WorkingDays workingDays,
                        ClaimSettings settings, ProgramSettings program) {
        this.claims = claims;
        this.members = members;
        this.decisions = decisions;
        this.bank = bank;
        this.mailer = mailer;
        this.workflow = workflow;
        this.policy = policy;
        this.workingDays = workingDays;
        this.settings = settings;
        this.program = program;
        this.beasiswa = new BeasiswaRules(decisions, settings.beasiswa().maxChildren(),
                settings.beasiswa().maxAge(), settings.beasiswa().totalCap());
    }

    static LocalDate today() {
        return LocalDate.now(Formats.WIB);
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
        List<FieldError> errors = new ArrayList<>();
        Member member = null;
        if (blank(req.membershipNumber())) {
            errors.add(FieldError.of("membershipNumber", "wajib diisi"));
        } else {
            member = members.find(req.membershipNumber().trim()).orElse(null);
            if (member == null) {
                errors.add(FieldError.of("membershipNumber", "peserta dengan nomor " + req.membershipNumber() + " tidak terdaftar"));
            }
        }
        if (member != null) {
            requireMayFile(by, member.regencyCode());
            if (regencyCode != null && !regencyCode.equals(member.regencyCode())) {
                errors.add(FieldError.of("regencyCode", "peserta " + member.membershipNumber() + " terdaftar di kabupaten "
                        + member.regencyCode() + ", bukan " + regencyCode));
            }
        }
        ClaimType type = null;
        if (blank(req.type())) {
            errors.add(FieldError.of("type", "wajib diisi (JKM atau JKK)"));
        } else {
            try {
                type = ClaimType.valueOf(req.type().trim());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("type", "jenis klaim '" + req.type() + "' tidak dikenal (JKM atau JKK)"));
            }
        }
        if (req.eventDate() == null) {
            errors.add(FieldError.of("eventDate", "wajib diisi (tanggal meninggal/kecelakaan, yyyy-MM-dd)"));
        } else if (req.eventDate().isAfter(today())) {
            errors.add(FieldError.of("eventDate", "tanggal kejadian " + Formats.date(req.eventDate()) + " belum terjadi (di masa depan)"));
        }
        long registered = program.registeredMonthlyIncome();
        if (type == ClaimType.JKK && (req.declaredMonthlyIncome() == null || req.declaredMonthlyIncome() <= 0)) {
            errors.add(FieldError.of("declaredMonthlyIncome", "wajib diisi untuk klaim JKK: upah terdaftar peserta sebulan ("
                    + Formats.rupiah(registered) + "), lebih dari 0"));
        } else if (req.declaredMonthlyIncome() != null && req.declaredMonthlyIncome() < 0) {
            errors.add(FieldError.of("declaredMonthlyIncome", "tidak boleh negatif"));
        } else if (type == ClaimType.JKK && req.declaredMonthlyIncome() != registered) {
            // JKK pays 48 x the income the premium was paid on (PP 44/2015 jo. PP 82/2019; DOMAIN "Benefits"):
            // for APBD members the bracket behind Rp16.800, a setting. Another figure is refused, never paid on.
            errors.add(FieldError.of("declaredMonthlyIncome", "upah " + Formats.rupiah(req.declaredMonthlyIncome())
                    + " berbeda dengan upah terdaftar peserta " + Formats.rupiah(registered) + " (dasar iuran JKK "
                    + "yang dibayar); santunan JKK dihitung dari upah terdaftar, isi " + registered));
        }
        List<ClaimRequest.HeirInput> heirs = req.heirs() == null ? List.of() : req.heirs();
        List<Relation> relations = new ArrayList<>();
        for (int i = 0; i < heirs.size(); i++) {
            ClaimRequest.HeirInput h = heirs.get(i);
            String p = "heirs[" + i + "].";
            if (h == null) {
                errors.add(FieldError.of("heirs[" + i + "]", "wajib diisi"));
                continue;
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
            } else if (h.birthDate().isAfter(today())) {
                errors.add(FieldError.of(p + "birthDate", "tanggal lahir di masa depan"));
            }
            bankErrors(p, h.bankName(), h.bankAccount(), errors);
            if (h.email() != null && !h.email().isBlank() && !h.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                errors.add(FieldError.of(p + "email", "alamat email tidak valid"));
            }
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
            String payeeProblem = TextRules.personName(f.name());
            if (payeeProblem != null) {
                errors.add(FieldError.of("funeralPayee.name", payeeProblem));
            }
            if (f.nik() != null && Nik.problem(f.nik()) != null) {
                errors.add(FieldError.of("funeralPayee.nik", Nik.problem(f.nik())));
            }
            bankErrors("funeralPayee.", f.bankName(), f.bankAccount(), errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        claims.claimNumberOfMember(member.membershipNumber()).ifPresent(existing -> {
            throw new ConflictException("membershipNumber", "Kematian peserta " + req.membershipNumber()
                    + " sudah diklaim dengan nomor " + existing);
        });
        int year = today().getYear();
        String number = "KLM-" + member.regencyCode() + "-" + year + "-"
                + String.format("%04d", claims.nextSequence(member.regencyCode(), year));
        Claim claim = new Claim(number, member.regencyCode(), member.membershipNumber(), type, req.eventDate(),
                trimToNull(req.deathCertificateNumber()), req.declaredMonthlyIncome(), ClaimStatus.RECEIVED, null, null,
                null, f == null ? null : new Claim.FuneralPayee(f.name().trim(), f.nik(), f.bankName().trim(),
                f.bankAccount(), trimToNull(f.email())), null, null, null, null, null, null, by.userId());
        claims.insert(claim);
        for (int i = 0; i < heirs.size(); i++) {
            claims.insertHeir(number, heirs.get(i), relations.get(i));
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

    private static void bankErrors(String prefix, String bankName, String account, List<FieldError> errors) {
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimToNull(String s) {
        return blank(s) ? null : s.trim();
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
        claims.endMembership(m.membershipNumber(), end);
        if (r.eligible()) {
            Map<String, Object> model = model(c, m);
            model.put("reason", r.reason());
            mailer.toHeirs(c, claims.heirs(claimNumber), "klaim-diterima", model, step);
            mailer.toDinsos(c, "klaim-diterima", model, step);
        }
        return r.eligible();
    }

    /** The officer's checklist: which documents are present; complete files start the payout SLA. */
    @Transactional
    public void recordDocumentCheck(String claimNumber, Collection<String> present, boolean complete, String note, String user) {
        Map<String, Boolean> checks = new LinkedHashMap<>();
        for (DocumentType d : DocumentType.values()) {
            checks.put(d.name(), present.contains(d.name()));
        }
        claims.recordDocuments(claimNumber, checks, user, note);
        if (complete) {
            claims.markComplete(claimNumber, workingDays.plusWorkingDays(today(), settings.payoutSlaWorkingDays()));
        } else {
            claims.setStatus(claimNumber, ClaimStatus.AWAITING_DOCUMENTS);
        }
    }

    @Transactional
    public void requestDocuments(String claimNumber, String step) {
        documentsMail(claimNumber, "klaim-dokumen-kurang", step);
    }

    @Transactional
    public void remindDocuments(String claimNumber, String step) {
        documentsMail(claimNumber, "klaim-pengingat-dokumen", step);
    }

    private void documentsMail(String claimNumber, String template, String step) {
        Claim c = claim(claimNumber);
        Map<String, Object> model = model(c, member(c));
        model.put("missing", missingText(claimNumber));
        model.put("note", c.documentsNote() == null ? "-" : c.documentsNote());
        mailer.toHeirs(c, claims.heirs(claimNumber), template, model, step);
    }

    private String missingText(String claimNumber) {
        List<String> missing = claims.missingDocuments(claimNumber);
        if (missing.isEmpty()) {
            return "  - (lihat catatan petugas)";
        }
        return missing.stream().map(code -> "  - " + DocumentType.valueOf(code).label()).collect(Collectors.joining("\n"));
    }

    @Transactional
    public void documentsSubmitted(String claimNumber, Official by) {
        Claim c = claim(claimNumber);
        policy.requireRegency(by, c.regencyCode());
        if (!workflow.documentsSubmitted(claimNumber)) {
            throw new ConflictException("claimNumber", "Klaim " + claimNumber + " tidak sedang menunggu dokumen susulan (status "
                    + c.status() + ")");
        }
        claims.setStatus(claimNumber, ClaimStatus.CHECKING_DOCUMENTS);
    }

    @Transactional
    public void closeIncomplete(String claimNumber, String step) {
        Claim c = claim(claimNumber);
        claims.setStatus(claimNumber, ClaimStatus.CLOSED_INCOMPLETE);
        Map<String, Object> model = model(c, member(c));
        model.put("missing", missingText(claimNumber));
        mailer.toHeirs(c, claims.heirs(claimNumber), "klaim-ditutup", model, step);
        mailer.toDinsos(c, "klaim-ditutup", model, step);
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
        Map<String, Object> model = model(updated, m);
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
        Map<String, Object> model = model(c, member(c));
        model.put("reason", Boolean.FALSE.equals(c.eligible()) ? c.eligibilityReason()
                : "tidak disetujui Kepala Kantor Cabang: " + (c.decisionNote() == null ? "-" : c.decisionNote()));
        mailer.toHeirs(c, claims.heirs(claimNumber), "klaim-ditolak", model, step);
        mailer.toDinsos(c, "klaim-ditolak", model, step);
    }

    /** One payment row per payable benefit, committed before any transfer; the ids drive one transfer job each. */
    @Transactional
    public List<String> preparePayments(String claimNumber) {
        claims.insertMissingPayments(claimNumber);
        claims.setStatus(claimNumber, ClaimStatus.PAYING);
        return claims.pendingBenefitPaymentIds(claimNumber).stream().map(String::valueOf).toList();
    }

    /** Pays one benefit; a payment already PAID is skipped and the bank key (benefit id) stops a second payout. */
    @Transactional
    public void transfer(long paymentId) {
        Payment p = claims.payment(paymentId).orElseThrow(() -> new IllegalStateException("payment " + paymentId + " missing"));
        if ("PAID".equals(p.status())) {
            return;
        }
        String ref = bank.transfer(new BankTransfers.TransferRequest(p.claimNumber() + "-B" + p.benefitId(), p.bankName(),
                p.bankAccount(), p.payeeName(), p.amount(), "Manfaat klaim " + p.claimNumber()));
        claims.markPaymentPaid(paymentId, ref);
    }

    @Transactional
    public void markPaid(String claimNumber, String step) {
        if (!claims.allBenefitPaymentsPaid(claimNumber)) {
            throw new IllegalStateException("claim " + claimNumber + " has unpaid benefit payments");
        }
        claims.markPaid(claimNumber);
        Claim c = claim(claimNumber);
        Map<String, Object> model = model(c, member(c));
        model.put("payments", claims.payments(claimNumber).stream().map(p -> "  - " + Formats.rupiah(p.amount()) + " kepada "
                + p.payeeName() + " (" + p.bankName() + " " + p.bankAccount() + ", ref " + p.transferRef() + ")")
                .collect(Collectors.joining("\n")));
        model.put("paidDate", Formats.date(c.paidAt().atZoneSameInstant(Formats.WIB).toLocalDate()));
        mailer.toHeirs(c, claims.heirs(claimNumber), "klaim-dibayar", model, step);
        mailer.toDinsos(c, "klaim-dibayar", model, step);
    }

    /** School year that starts in July of its first calendar year. */
    int schoolYear(LocalDate date) {
        return date.isBefore(settings.beasiswa().schoolYearStart().atYear(date.getYear())) ? date.getYear() - 1 : date.getYear();
    }

    /**
     * Pays the school year after the officer's enrollment check: per child the DMN amount for the level, within
     * the level's years, the age limit and the claim's total cap. Replays reuse the rows of that school year.
     */
    @Transactional
    public BeasiswaYear payBeasiswa(String claimNumber, Map<Integer, String> levels, boolean approved, LocalDate checkDate,
                                    String step) {
        Claim c = claim(claimNumber);
        int schoolYear = schoolYear(checkDate);
        List<ClaimRepository.BeasiswaChildRow> children = claims.beasiswaChildren(claimNumber);
        List<Heir> heirs = claims.heirs(claimNumber);
        long paidSoFar = claims.beasiswaTotal(claimNumber);
        long paidThisYear = 0;
        List<String> lines = new ArrayList<>();
        for (ClaimRepository.BeasiswaChildRow child : children) {
            Heir payee = heirs.stream().filter(h -> h.id() == child.heirId()).findFirst().orElseThrow();
            Long beasiswaId = claims.beasiswaPaymentId(child.id(), schoolYear).orElse(null);
            if (beasiswaId == null) {
                if (!approved) {
                    continue;
                }
                var history = new BeasiswaRules.ChildHistory(child.id(), child.name(), child.birthDate(),
                        claims.beasiswaYearsByLevel(child.id()));
                String level = levels.get(child.position());
                BeasiswaRules.YearPayment yp = beasiswa.yearPayment(history, level, checkDate, paidSoFar, c.regencyCode());
                beasiswaId = claims.insertBeasiswaYear(child.id(), schoolYear, level == null ? "-" : level, yp.amount());
                lines.add("  - " + yp.reason() + ": " + Formats.rupiah(yp.amount()));
                if (yp.amount() == 0) {
                    continue;
                }
                paidSoFar += yp.amount();
                claims.insertBeasiswaPayment(claimNumber, beasiswaId, yp.amount(), payee);
            }
            Payment p = claims.paymentOfBeasiswa(beasiswaId).orElse(null);
            if (p == null || "PAID".equals(p.status())) {
                continue;
            }
            String ref = bank.transfer(new BankTransfers.TransferRequest("BSW-" + claimNumber + "-" + child.id() + "-" + schoolYear,
                    payee.bankName(), payee.bankAccount(), payee.name(), p.amount(),
                    "Beasiswa " + child.name() + " tahun ajaran " + schoolYear + "/" + (schoolYear + 1)));
            claims.markPaymentPaid(p.id(), ref);
            paidThisYear += p.amount();
        }
        LocalDate next = BeasiswaRules.nextSchoolYearStart(checkDate, settings.beasiswa().schoolYearStart());
        List<BeasiswaRules.ChildHistory> histories = children.stream()
                .map(ch -> new BeasiswaRules.ChildHistory(ch.id(), ch.name(), ch.birthDate(), Map.of())).toList();
        boolean continues = beasiswa.continues(histories, next, paidSoFar);
        if (!lines.isEmpty()) {
            Map<String, Object> model = model(c, member(c));
            model.put("schoolYear", schoolYear + "/" + (schoolYear + 1));
            model.put("lines", String.join("\n", lines));
            model.put("next", continues ? "Pemeriksaan berikutnya: " + Formats.date(next) : "Beasiswa telah selesai.");
            mailer.toHeirs(c, heirs.stream().filter(Heir::entitled).toList(), "beasiswa-dibayar", model, step);
        }
        return new BeasiswaYear(continues, next, paidThisYear);
    }

    private Map<String, Object> model(Claim c, Member m) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("claimNumber", c.claimNumber());
        model.put("memberName", m.name());
        model.put("membershipNumber", m.membershipNumber());
        model.put("claimType", c.type() == ClaimType.JKM ? "JKM (Jaminan Kematian)" : "JKK (kematian karena kecelakaan kerja)");
        model.put("eventDate", Formats.date(c.eventDate()));
        return model;
    }

}
