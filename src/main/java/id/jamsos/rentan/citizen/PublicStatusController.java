package id.jamsos.rentan.citizen;

import id.jamsos.rentan.common.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Public status lookup for workers and their families (no login; the page is /status). Answers
 * {@code Cache-Control: no-store} (set for all of /api/public by {@link CitizenWebConfig}).
 */
@RestController
@RequestMapping("/api/public")
public class PublicStatusController {
    private final PublicStatusService service;
    private final GrievanceService grievances;

    public PublicStatusController(PublicStatusService service, GrievanceService grievances) {
        this.service = service;
        this.grievances = grievances;
    }

    /** NIK and birth date as on the KTP; birthDate as yyyy-MM-dd. */
    public record StatusRequest(String nik, String birthDate) {
    }

    @PostMapping("/status")
    public PublicStatus status(@RequestBody StatusRequest body, HttpServletRequest request) {
        PublicStatusService.Identity who = service.identity(body == null ? null : body.nik(),
                body == null ? null : body.birthDate());
        return service.lookup(who, request.getRemoteAddr());
    }

    /**
     * A person files an objection (sanggahan) about themselves: the same NIK + birth date check and the same hourly
     * limits as the lookup (429 beyond), the same 200 {@code {"found":false}} answer for an unknown NIK and a wrong
     * birth date; 201 with the grievance number when filed, 200 with the first when the same objection is still
     * open (a double submission).
     */
    @PostMapping("/grievances")
    public ResponseEntity<Map<String, Object>> fileGrievance(@RequestBody(required = false) GrievanceRequest body,
                                                             HttpServletRequest request) {
        GrievanceRequest req = body == null ? new GrievanceRequest(null, null, null, null, null, null) : body;
        PublicStatusService.Identity who = PublicGrievances.identityAndFields(service, grievances, req);
        Map<String, Object> out = new LinkedHashMap<>();
        if (!service.verify(who, request.getRemoteAddr())) {
            PublicStatus none = PublicStatus.notFound();
            out.put("found", false);
            out.put("message", none.message());
            return ResponseEntity.ok(out);
        }
        GrievanceService.Filed f;
        try {
            f = grievances.filePublic(req, who);
        } catch (DuplicateKeyException e) {
            f = new GrievanceService.Filed(grievances.openDuplicate(req, who.nik()).orElseThrow(() -> e), true);
        }
        GrievanceController.Filed view = GrievanceController.Filed.of(f);
        out.put("found", true);
        out.put("grievanceNumber", view.grievanceNumber());
        out.put("status", view.status());
        out.put("dueDate", view.dueDate());
        out.put("duplicate", view.duplicate());
        out.put("message", view.message());
        return ResponseEntity.status(f.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(out);
    }

    @ExceptionHandler(TooManyLookupsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyLookupsException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(Problems.PROBLEM_JSON)
                .header("Retry-After", "3600")
                .body(Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "Terlalu banyak permintaan", e.getMessage(), null));
    }
}
