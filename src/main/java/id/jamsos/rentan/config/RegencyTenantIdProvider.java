package id.jamsos.rentan.config;

import id.jamsos.rentan.common.TaskInputException;
import id.jamsos.rentan.identity.Official;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Process definitions are deployed once, shared; each instance belongs to the tenant of its regency, so
 * Cockpit, Tasklist and engine-rest show an official only the instances, tasks and jobs of their regency.
 * The regency comes from the {@code regencyCode} start variable (any region code: its first four digits),
 * which every process of this project is started with, or from the calling instance.
 */
public class RegencyTenantIdProvider implements TenantIdProvider {
    public static final String REGENCY_VARIABLE = "regencyCode";

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        if (ctx.getProcessDefinition().getTenantId() != null) {
            return ctx.getProcessDefinition().getTenantId();
        }
        String tenant = null;
        Object v = ctx.getVariables() == null ? null : ctx.getVariables().get(REGENCY_VARIABLE);
        if (v != null && v.toString().length() >= 4) {
            tenant = v.toString().substring(0, 4);
        } else if (ctx.getSuperExecution() != null) {
            tenant = ctx.getSuperExecution().getTenantId();
        }
        checkKnown(tenant);
        checkCallerMayUse(tenant);
        return tenant;
    }

    /**
     * Every regency is a tenant (IdentitySetup). A start form with an unknown code gets the API's 400 message
     * for the field instead of a refusal that reads like a permission problem.
     */
    private static void checkKnown(String tenant) {
        CommandContext cc = Context.getCommandContext();
        if (tenant == null || cc == null) {
            return;
        }
        boolean known = cc.runWithoutAuthorization(() -> cc.getProcessEngineConfiguration().getIdentityService()
                .createTenantQuery().tenantId(tenant).count() > 0);
        if (!known) {
            throw new TaskInputException(REGENCY_VARIABLE, "Kode kabupaten '" + tenant + "' tidak dikenal");
        }
    }

    /** An official of one regency cannot start an instance that would belong to another. */
    private static void checkCallerMayUse(String tenant) {
        if (tenant == null || Context.getCommandContext() == null) {
            return;
        }
        Authentication auth = Context.getCommandContext().getAuthentication();
        // The job executor runs a regency's job as (no user, no groups, [that regency]) (Camunda's ExecuteJobsCmd):
        // a monthly invoice started by the PKS timer must pass, not fail on the missing groups (issue 18).
        if (auth != null && auth.getTenantIds() != null
                && (auth.getGroupIds() == null || !auth.getGroupIds().contains(Official.ADMIN_GROUP))
                && !auth.getTenantIds().contains(tenant)) {
            throw new AuthorizationException("Pengguna " + auth.getUserId() + " tidak boleh memulai proses untuk kabupaten " + tenant);
        }
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return ctx.getCaseDefinition().getTenantId();
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        if (ctx.getExecution() != null) {
            return ctx.getExecution().getTenantId();
        }
        return ctx.getDecisionDefinition().getTenantId();
    }
}
