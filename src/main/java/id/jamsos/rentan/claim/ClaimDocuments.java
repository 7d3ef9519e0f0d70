package id.jamsos.rentan.claim;

import id.jamsos.rentan.common.ConflictException;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.NotFoundException;
import id.jamsos.rentan.common.WorkingDays;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.identity.Official;
import id.jamsos.rentan.identity.RegionAccessPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The document step of a claim (DOMAIN "Claims": the officer checks the file; a complete file starts the payout
 * SLA of {@code jamsos.claim.payout-sla-working-days} working days): the checklist, the mails asking the heirs for
 * missing documents and reminding them, their late submission, and closing a file that stayed incomplete.
 */
@Service
public class ClaimDocuments {
    private final ClaimRepository claims;
    private final MemberRepository members;
    private final ClaimMailer mailer;
    private final ClaimProcess workflow;
    private final RegionAccessPolicy policy;
    private final WorkingDays workingDays;
    private final ClaimSettings settings;
    private final Clock clock;

    /** @param clock the application's WIB clock ({@code config.ClockConfig}): the day the payout SLA starts */
    public ClaimDocuments(ClaimRepository claims, MemberRepository members, ClaimMailer mailer, ClaimProcess workflow,
                          RegionAccessPolicy policy, WorkingDays workingDays, ClaimSettings settings, Clock clock) {
        this.claims = claims;
        this.members = members;
        this.mailer = mailer;
        this.workflow = workflow;
        this.policy = policy;
        this.workingDays = workingDays;
        this.settings = settings;
        this.clock = clock;
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
            claims.markComplete(claimNumber, workingDays.plusWorkingDays(LocalDate.now(clock.withZone(Formats.WIB)),
                    settings.payoutSlaWorkingDays()));
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
        Map<String, Object> model = ClaimMailer.model(c, member(c));
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
        Map<String, Object> model = ClaimMailer.model(c, member(c));
        model.put("missing", missingText(claimNumber));
        mailer.toHeirs(c, claims.heirs(claimNumber), "klaim-ditutup", model, step);
        mailer.toDinsos(c, "klaim-ditutup", model, step);
    }

    private Claim claim(String claimNumber) {
        return claims.find(claimNumber).orElseThrow(() -> new NotFoundException("Klaim " + claimNumber + " tidak ditemukan"));
    }

    private Member member(Claim c) {
        return members.find(c.membershipNumber()).orElseThrow();
    }
}
