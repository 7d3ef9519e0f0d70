package id.jamsos.rentan.citizen;

import id.jamsos.rentan.common.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public status lookup for workers and their families (no login; the page is /status). Answers
 * {@code Cache-Control: no-store} (set for all of /api/public by {@link CitizenWebConfig}).
 */
@RestController
@RequestMapping("/api/public")
public class PublicStatusController {
    private final PublicStatusService service;

    public PublicStatusController(PublicStatusService service) {
        this.service = service;
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

    @ExceptionHandler(TooManyLookupsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyLookupsException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(Problems.PROBLEM_JSON)
                .header("Retry-After", "3600")
                .body(Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "Terlalu banyak permintaan", e.getMessage(), null));
    }
}
