package id.jamsos.rentan.budget;

import id.jamsos.rentan.identity.CurrentOfficial;
import id.jamsos.rentan.identity.Official;
import id.jamsos.rentan.identity.RegionAccessPolicy;
import id.jamsos.rentan.identity.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping("/api/budget-evaluations")
public class BudgetController {
    private final BudgetProcess process;
    private final BudgetService service;
    private final RegionAccessPolicy policy;

    public BudgetController(BudgetProcess process, BudgetService service, RegionAccessPolicy policy) {
        this.process = process;
        this.service = service;
        this.policy = policy;
    }

    public record OpenRequest(String regencyCode, Integer fiscalYear, Integer vulnerablePopulation) {
    }

    /** Only Dinsos of that regency (or an admin) opens the evaluation. */
    @PostMapping
    public ResponseEntity<BudgetEvaluation> open(@RequestBody OpenRequest req) {
        Official me = CurrentOfficial.get();
        if (req.regencyCode() != null && req.regencyCode().matches("\\d{4}")) {
            policy.requireRole(me, Role.DINSOS, req.regencyCode());
        }
        BudgetEvaluation e = process.open(req.regencyCode(), req.fiscalYear(), req.vulnerablePopulation(), me.userId());
        return ResponseEntity.created(URI.create("/api/budget-evaluations/" + e.evaluationKey())).body(e);
    }

    @GetMapping("/{evaluationKey}")
    public BudgetEvaluation get(@PathVariable String evaluationKey) {
        BudgetEvaluation e = service.get(evaluationKey);
        policy.requireRegency(CurrentOfficial.get(), e.regencyCode());
        return e;
    }
}
