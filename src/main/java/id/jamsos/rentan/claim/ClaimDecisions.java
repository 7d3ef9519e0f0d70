package id.jamsos.rentan.claim;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The benefit and beasiswa tables ({@code claimBenefit}, {@code beasiswaEligible}, {@code beasiswaLevel}).
 * <p>
 * In the application they are evaluated through the engine's {@code DecisionService}: the latest deployed
 * version, of the claim's tenant (the regency) when an administrator deployed one for it, else the shared one that
 * {@code ProcessDeployer} deploys from {@code bpmn/*.dmn}. A table changed in Modeler, Cockpit or engine-rest thus
 * decides the next claim, and Cockpit's decision history shows which version decided each benefit (issue 13).
 * The unit tests evaluate the classpath copies with a standalone DMN engine ({@link #ClaimDecisions(DmnEngine)}).
 */
@Component
public class ClaimDecisions {
    public record BenefitRow(String kind, long amount, String payTo) {
    }

    public record BeasiswaEligibility(boolean eligible, String reason) {
    }

    public record LevelRate(String level, long amountPerYear, int maxYears) {
    }

    /** Evaluates a decision by key for a tenant (null: shared) and returns its result rows. */
    interface Evaluator {
        List<Map<String, Object>> evaluate(String decisionKey, String tenantId, Map<String, Object> variables);
    }

    private final Evaluator evaluator;

    /** The application: the engine's latest deployed decisions. */
    @Autowired
    public ClaimDecisions(ProcessEngine engine) {
        this.evaluator = (key, tenantId, vars) -> engineEvaluate(engine, key, tenantId, vars);
    }

    /** Tests: the tables of {@code bpmn/} on the classpath, evaluated by the given standalone engine. */
    public ClaimDecisions(DmnEngine engine) {
        Map<String, DmnDecision> parsed = new HashMap<>();
        parsed.put("claimBenefit", parse(engine, "bpmn/claim-benefit.dmn", "claimBenefit"));
        parsed.put("beasiswaEligible", parse(engine, "bpmn/beasiswa.dmn", "beasiswaEligible"));
        parsed.put("beasiswaLevel", parse(engine, "bpmn/beasiswa.dmn", "beasiswaLevel"));
        this.evaluator = (key, tenantId, vars) -> engine.evaluateDecision(parsed.get(key), vars).getResultList()
                .stream().map(r -> (Map<String, Object>) new HashMap<>(r)).toList();
    }

    /** Tests: the classpath tables with a default standalone engine. */
    public ClaimDecisions() {
        this(DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine());
    }

    private static DmnDecision parse(DmnEngine engine, String resource, String key) {
        try (InputStream in = ClaimDecisions.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not on the classpath");
            }
            return engine.parseDecision(key, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The latest version deployed for the tenant, else the latest shared one. Claims are computed by the process
     * (job executor or the officer completing a task): the table is part of the claim's rules, so neither the
     * officer's authorizations nor tenant memberships restrict which table decides.
     */
    private static List<Map<String, Object>> engineEvaluate(ProcessEngine engine, String key, String tenantId,
                                                            Map<String, Object> vars) {
        ProcessEngineConfigurationImpl cfg = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return cfg.getCommandExecutorTxRequired().execute((CommandContext ctx) -> {
            boolean tenantCheck = ctx.isTenantCheckEnabled();
            ctx.disableTenantCheck();
            try {
                return ctx.runWithoutAuthorization(() -> {
                    boolean forTenant = tenantId != null && engine.getRepositoryService().createDecisionDefinitionQuery()
                            .decisionDefinitionKey(key).tenantIdIn(tenantId).count() > 0;
                    var builder = engine.getDecisionService().evaluateDecisionByKey(key).variables(vars);
                    builder = forTenant ? builder.decisionDefinitionTenantId(tenantId) : builder.decisionDefinitionWithoutTenantId();
                    return builder.evaluate().getResultList().stream()
                            .map(r -> (Map<String, Object>) new HashMap<>(r)).toList();
                });
            } finally {
                if (tenantCheck) {
                    ctx.enableTenantCheck();
                }
            }
        });
    }

    /**
     * Benefit rows of the claim type: kind, amount in rupiah, to whom (HEIRS, BURIER, FUND).
     *
     * @param monthlyIncome for JKK the member's registered monthly income in rupiah (the premium's base), else null
     * @param tenantId      the claim's regency (its Camunda tenant)
     */
    public List<BenefitRow> benefits(ClaimType type, boolean heirsPresent, Long monthlyIncome, String tenantId) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("claimType", type.name());
        vars.put("heirsPresent", heirsPresent);
        // The table's input keeps its deployed name; its value is the registered income (issue 13).
        vars.put("declaredMonthlyIncome", monthlyIncome == null ? 0L : monthlyIncome);
        return evaluator.evaluate("claimBenefit", tenantId, vars).stream()
                .map(r -> new BenefitRow((String) r.get("kind"), ((Number) r.get("amount")).longValue(), (String) r.get("payTo")))
                .toList();
    }

    /** Shared tables (tests, no tenant). */
    public List<BenefitRow> benefits(ClaimType type, boolean heirsPresent, Long monthlyIncome) {
        return benefits(type, heirsPresent, monthlyIncome, null);
    }

    /** @param contributionMonths masa iur at the date of death (PP 82/2019) */
    public BeasiswaEligibility beasiswaEligibility(ClaimType type, int contributionMonths, String tenantId) {
        Map<String, Object> r = single(evaluator.evaluate("beasiswaEligible", tenantId,
                Map.of("claimType", type.name(), "contributionMonths", contributionMonths)), "beasiswaEligible");
        if (r == null) {
            throw new IllegalStateException("beasiswaEligible gives no result for " + type + ", " + contributionMonths + " months");
        }
        return new BeasiswaEligibility(Boolean.TRUE.equals(r.get("eligible")), (String) r.get("reason"));
    }

    public BeasiswaEligibility beasiswaEligibility(ClaimType type, int contributionMonths) {
        return beasiswaEligibility(type, contributionMonths, null);
    }

    public Optional<LevelRate> level(String level, String tenantId) {
        Map<String, Object> r = single(evaluator.evaluate("beasiswaLevel", tenantId, Map.of("level", level)), "beasiswaLevel");
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(new LevelRate(level, ((Number) r.get("amountPerYear")).longValue(),
                ((Number) r.get("maxYears")).intValue()));
    }

    public Optional<LevelRate> level(String level) {
        return level(level, null);
    }

    private static Map<String, Object> single(List<Map<String, Object>> rows, String key) {
        if (rows.size() > 1) {
            throw new IllegalStateException(key + " gives " + rows.size() + " results, expected one");
        }
        return rows.isEmpty() ? null : rows.get(0);
    }
}
