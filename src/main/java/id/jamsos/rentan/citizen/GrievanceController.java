package id.jamsos.rentan.citizen;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.identity.CurrentOfficial;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code POST /api/grievances}: an official files an objection (sanggahan) for a person of their region (201
 * {@code {"grievanceNumber"}}; the same objection while the first is open answers 200 with the first);
 * {@code GET /api/grievances/{number}} for the officials of its regency. Rules in {@link GrievanceService}.
 */
@RestController
@RequestMapping("/api/grievances")
public class GrievanceController {
    private final GrievanceService service;
    private final PublicStatusService identities;

    public GrievanceController(GrievanceService service, PublicStatusService identities) {
        this.service = service;
        this.identities = identities;
    }

    /**
     * What a filing answers.
     *
     * @param decider   DINSOS or BPJS (who decides)
     * @param dueDate   the decision's due date (WIB)
     * @param duplicate true when this is the open grievance filed before with the same content
     */
    public record Filed(String grievanceNumber, String status, String decider, LocalDate dueDate, boolean duplicate,
                        String message) {
        static Filed of(GrievanceService.Filed f) {
            Grievance g = f.grievance();
            return new Filed(g.grievanceNumber(), g.status(), g.decider(), g.dueDate(), f.duplicate(),
                    (f.duplicate() ? "Sanggahan yang sama sudah diajukan sebelumnya: " : "Sanggahan dicatat: ")
                            + g.grievanceNumber() + ". " + GrievanceService.nextStep(g) + ".");
        }
    }

    /** One grievance for an official of its regency (NIK masked). */
    public record GrievanceView(String grievanceNumber, String regencyCode, String nikMasked, String subject,
                                String reference, String text, String source, String filedBy, String decider,
                                String status, LocalDate dueDate, String outcomeNote, String decidedBy,
                                Instant decidedAt, Long reopenedBatchId, Instant createdAt) {
    }

    @PostMapping
    public ResponseEntity<Filed> file(@RequestBody(required = false) GrievanceRequest body) {
        GrievanceRequest req = body == null ? new GrievanceRequest(null, null, null, null, null, null) : body;
        PublicStatusService.Identity who = PublicGrievances.identityAndFields(identities, service, req);
        GrievanceService.Filed f;
        try {
            f = service.fileByOfficial(req, who, CurrentOfficial.get());
        } catch (DuplicateKeyException e) {
            // The same objection sent twice at once: the second finds the first.
            f = new GrievanceService.Filed(service.openDuplicate(req, who.nik()).orElseThrow(() -> e), true);
        }
        return f.duplicate() ? ResponseEntity.ok(Filed.of(f))
                : ResponseEntity.created(URI.create("/api/grievances/" + f.grievance().grievanceNumber())).body(Filed.of(f));
    }

    @GetMapping("/{grievanceNumber}")
    public GrievanceView get(@PathVariable String grievanceNumber) {
        Grievance g = service.get(grievanceNumber, CurrentOfficial.get());
        return new GrievanceView(g.grievanceNumber(), g.regencyCode(), Formats.maskNik(g.nik()), g.subject().name(),
                g.reference(), g.text(), g.source(), g.filedBy(), g.decider(), g.status(), g.dueDate(), g.outcomeNote(),
                g.decidedBy(), g.decidedAt(), g.reopenedBatchId(), g.createdAt());
    }
}
