package id.jamsos.rentan.claim;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The benefit and beasiswa tables of {@code bpmn/claim-benefit.dmn} and {@code bpmn/beasiswa.dmn}, evaluated
 * with the standalone DMN engine: the services stay free of process-engine types and the unit tests run the
 * very same tables. The files are also deployed to the engine, so officials see them in Cockpit.
 */
@Component
public class ClaimDecisions {
    public record BenefitRow(String kind, long amount, String payTo) {
    }

    public record BeasiswaEligibility(boolean eligible, String reason) {
    }

    public record LevelRate(String level, long amountPerYear, int maxYears) {
    }

    private final DmnEngine engine;
    private final DmnDecision benefit;
    private final DmnDecision beasiswaEligible;
    private final DmnDecision beasiswaLevel;

    public ClaimDecisions() {
        this(DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine());
    }

    public ClaimDecisions(DmnEngine engine) {
        this.engine = engine;
        this.benefit = parse("bpmn/claim-benefit.dmn", "claimBenefit");
        this.beasiswaEligible = parse("bpmn/beasiswa.dmn", "beasiswaEligible");
        this.beasiswaLevel = parse("bpmn/beasiswa.dmn", "beasiswaLevel");
    }

    private DmnDecision parse(String resource, String key) {
        try (InputStream in = ClaimDecisions.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not on the classpath");
            }
            return engine.parseDecision(key, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<BenefitRow> benefits(ClaimType type, boolean heirsPresent, Long declaredMonthlyIncome) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("claimType", type.name());
        vars.put("heirsPresent", heirsPresent);
        vars.put("declaredMonthlyIncome", declaredMonthlyIncome == null ? 0L : declaredMonthlyIncome);
        DmnDecisionResult result = engine.evaluateDecision(benefit, vars);
        return result.getResultList().stream()
                .map(r -> new BenefitRow((String) r.get("kind"), ((Number) r.get("amount")).longValue(), (String) r.get("payTo")))
                .toList();
    }

    public BeasiswaEligibility beasiswaEligibility(ClaimType type, int contributionMonths) {
        DmnDecisionResultEntries r = engine.evaluateDecision(beasiswaEligible,
                Map.of("claimType", type.name(), "contributionMonths", contributionMonths)).getSingleResult();
        return new BeasiswaEligibility(Boolean.TRUE.equals(r.get("eligible")), (String) r.get("reason"));
    }

    public Optional<LevelRate> level(String level) {
        DmnDecisionResultEntries r = engine.evaluateDecision(beasiswaLevel, Map.of("level", level)).getSingleResult();
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(new LevelRate(level, ((Number) r.get("amountPerYear")).longValue(),
                ((Number) r.get("maxYears")).intValue()));
    }
}
