package id.jamsos.rentan.claim;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.NotFoundException;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Paying a claim: one payment row per payable benefit (rupiah), one bank transfer each with the benefit as the
 * bank's idempotency key, the PAID mail, and the yearly beasiswa payments (PP 82/2019; DOMAIN "Beasiswa"). A
 * transfer that fails throws, so the job retries and ends in an incident; nothing is paid twice.
 */
@Service
public class ClaimPayments {
    private final ClaimRepository claims;
    private final MemberRepository members;
    private final BankTransfers bank;
    private final ClaimMailer mailer;
    private final ClaimSettings settings;
    private final BeasiswaRules beasiswa;

    public ClaimPayments(ClaimRepository claims, MemberRepository members, BankTransfers bank, ClaimMailer mailer,
                         ClaimDecisions decisions, ClaimSettings settings) {
        this.claims = claims;
        this.members = members;
        this.bank = bank;
        this.mailer = mailer;
        this.settings = settings;
        this.beasiswa = new BeasiswaRules(decisions, settings.beasiswa().maxChildren(),
                settings.beasiswa().maxAge(), settings.beasiswa().totalCap());
    }

    /** What one school-year check paid (rupiah), whether beasiswa goes on, and when the next check is (WIB date). */
    public record BeasiswaYear(boolean continues, LocalDate nextCheck, long paidThisYear) {
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
        Map<String, Object> model = ClaimMailer.model(c, member(c));
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
            Map<String, Object> model = ClaimMailer.model(c, member(c));
            model.put("schoolYear", schoolYear + "/" + (schoolYear + 1));
            model.put("lines", String.join("\n", lines));
            model.put("next", continues ? "Pemeriksaan berikutnya: " + Formats.date(next) : "Beasiswa telah selesai.");
            mailer.toHeirs(c, heirs.stream().filter(Heir::entitled).toList(), "beasiswa-dibayar", model, step);
        }
        return new BeasiswaYear(continues, next, paidThisYear);
    }

    private Claim claim(String claimNumber) {
        return claims.find(claimNumber).orElseThrow(() -> new NotFoundException("Klaim " + claimNumber + " tidak ditemukan"));
    }

    private Member member(Claim c) {
        return members.find(c.membershipNumber()).orElseThrow();
    }
}
