package id.jamsos.rentan.claim;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.identity.CurrentOfficial;
import id.jamsos.rentan.identity.Official;
import id.jamsos.rentan.web.QueryParams;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Claims for other systems (village apps, civil registry) and officials; rules live in {@link ClaimService}. */
@RestController
@RequestMapping("/api/claims")
public class ClaimController {
    private final ClaimService claims;
    private final ClaimDocuments documents;
    private final Clock clock;

    /** @param clock the application's WIB clock ({@code config.ClockConfig}): "today" that makes a claim overdue */
    public ClaimController(ClaimService claims, ClaimDocuments documents, Clock clock) {
        this.claims = claims;
        this.documents = documents;
        this.clock = clock;
    }

    public record Created(String claimNumber) {
    }

    public record BenefitView(String kind, long amount, String payee, String status, String note) {
    }

    public record PaymentView(long id, String kind, long amount, String payee, String bankName, String bankAccount,
                              String status, String transferRef, OffsetDateTime paidAt) {
    }

    public record HeirView(String name, String nikMasked, Relation relation, int priorityGroup, boolean entitled) {
    }

    public record ClaimView(String claimNumber, String regencyCode, String membershipNumber, ClaimType type,
                            LocalDate eventDate, ClaimStatus status, Boolean eligible, String eligibilityReason,
                            Integer heirGroup, Long totalPayable, OffsetDateTime completeAt, LocalDate payoutDue,
                            OffsetDateTime paidAt, boolean overdue, List<HeirView> heirs, List<BenefitView> benefits,
                            List<PaymentView> payments) {
    }

    public record ClaimSummary(String claimNumber, String regencyCode, ClaimType type, ClaimStatus status,
                               LocalDate payoutDue, Long totalPayable, boolean overdue) {
        static ClaimSummary of(Claim c, LocalDate today) {
            return new ClaimSummary(c.claimNumber(), c.regencyCode(), c.type(), c.status(), c.payoutDue(), c.totalPayable(),
                    isOverdue(c, today));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.WIB));
    }

    /** A complete file past its payout date (3 working days) and still unpaid. */
    static boolean isOverdue(Claim c, LocalDate today) {
        return c.payoutDue() != null && c.paidAt() == null && c.status().open() && c.payoutDue().isBefore(today);
    }

    @PostMapping
    public ResponseEntity<Created> file(@RequestBody ClaimRequest request) {
        String number = claims.file(request, CurrentOfficial.get());
        return ResponseEntity.created(URI.create("/api/claims/" + number)).body(new Created(number));
    }

    @GetMapping("/{claimNumber}")
    public ClaimView get(@PathVariable String claimNumber) {
        Claim c = claims.get(claimNumber, CurrentOfficial.get());
        List<Benefit> benefits = claims.benefits(claimNumber);
        Map<Long, String> kindOfBenefit = new java.util.HashMap<>();
        benefits.forEach(b -> kindOfBenefit.put(b.id(), b.kind()));
        return new ClaimView(c.claimNumber(), c.regencyCode(), c.membershipNumber(), c.type(), c.eventDate(), c.status(),
                c.eligible(), c.eligibilityReason(), c.heirGroup(), c.totalPayable(), c.completeAt(), c.payoutDue(),
                c.paidAt(), isOverdue(c, today()),
                claims.heirs(claimNumber).stream().map(h -> new HeirView(h.name(), Formats.maskNik(h.nik()), h.relation(),
                        h.priorityGroup(), h.entitled())).toList(),
                benefits.stream().map(b -> new BenefitView(b.kind(), b.amount(), b.payeeName(), b.status(), b.note())).toList(),
                claims.payments(claimNumber).stream().map(p -> new PaymentView(p.id(),
                        p.benefitId() != null ? kindOfBenefit.get(p.benefitId()) : "BEASISWA", p.amount(), p.payeeName(),
                        p.bankName(), maskAccount(p.bankAccount()), p.status(), p.transferRef(), p.paidAt())).toList());
    }

    /**
     * {@code overdue=true}: complete files past the 3-working-day payout SLA and still unpaid; {@code nik} (the full
     * 16 digits): the claims of that person as deceased member, heir or funeral payee. Always only the caller's
     * regencies.
     */
    @GetMapping
    public List<ClaimSummary> list(@RequestParam(defaultValue = "false") boolean overdue,
                                   @RequestParam(defaultValue = "100") int limit,
                                   @RequestParam(required = false) String nik) {
        Official me = CurrentOfficial.get();
        LocalDate today = today();
        if (nik != null) {
            String wanted = QueryParams.nik(nik);
            return claims.byNik(wanted, me).stream().filter(c -> !overdue || isOverdue(c, today))
                    .map(c -> ClaimSummary.of(c, today)).toList();
        }
        List<Claim> found = overdue ? claims.overdue(me) : claims.list(me, Math.max(1, Math.min(limit, 1000)));
        return found.stream().map(c -> ClaimSummary.of(c, today)).toList();
    }

    /** The heir brought the missing documents: the claim goes back to the officer's document check. */
    @PostMapping("/{claimNumber}/documents")
    public ResponseEntity<Map<String, String>> documentsSubmitted(@PathVariable String claimNumber) {
        documents.documentsSubmitted(claimNumber, CurrentOfficial.get());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("claimNumber", claimNumber,
                "message", "Dokumen susulan dicatat; klaim kembali ke pemeriksaan dokumen"));
    }

    static String maskAccount(String account) {
        return account == null || account.length() < 4 ? account : "*".repeat(account.length() - 4) + account.substring(account.length() - 4);
    }
}
