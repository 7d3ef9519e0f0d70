package id.jamsos.rentan.claim;

import id.jamsos.rentan.identity.IdentitySetup;
import id.jamsos.rentan.identity.Role;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claim feature's share of Camunda setup: the Tasklist filter of claims past the payout SLA, and for BPJS
 * officers the right to correlate {@code Msg_DocumentsSubmitted} through engine-rest (UPDATE_INSTANCE on
 * claim-payout; the tenant check keeps it to their own regency).
 */
@Component
@Order(30)
public class ClaimSetup implements ApplicationRunner {
    public static final String FILTER_OVERDUE_CLAIMS = "Klaim Lewat Tenggat Bayar";

    private final IdentitySetup identitySetup;
    private final TaskService tasks;
    private final IdentityService identity;
    private final AuthorizationService authorizations;

    public ClaimSetup(IdentitySetup identitySetup, TaskService tasks, IdentityService identity,
                      AuthorizationService authorizations) {
        this.identitySetup = identitySetup;
        this.tasks = tasks;
        this.identity = identity;
        this.authorizations = authorizations;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // Approval tasks are due on the payout due date (3 working days after a complete file).
        identitySetup.ensureFilter(FILTER_OVERDUE_CLAIMS, tasks.createTaskQuery()
                        .processDefinitionKey(ClaimProcessKeys.PROCESS_KEY)
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .dueBeforeExpression("${now()}").orderByDueDate().asc(),
                5, "#8a4b00", "Tugas klaim kematian yang melewati tenggat (pembayaran 3 hari kerja setelah berkas lengkap)");
        for (Group g : identity.createGroupQuery().list()) {
            Role.Grant grant = Role.parseGroup(g.getId());
            if (grant != null && grant.role() == Role.BPJS) {
                ensure(g.getId(), Permissions.READ, Permissions.CREATE_INSTANCE, Permissions.READ_INSTANCE,
                        Permissions.UPDATE_INSTANCE);
            }
        }
    }

    private void ensure(String groupId, Permission... permissions) {
        Authorization a = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(ClaimProcessKeys.PROCESS_KEY).singleResult();
        if (a == null) {
            a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            a.setGroupId(groupId);
            a.setResource(Resources.PROCESS_DEFINITION);
            a.setResourceId(ClaimProcessKeys.PROCESS_KEY);
        }
        boolean changed = a.getId() == null;
        for (Permission p : permissions) {
            if (!a.isPermissionGranted(p)) {
                a.addPermission(p);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(a);
        }
    }
}
