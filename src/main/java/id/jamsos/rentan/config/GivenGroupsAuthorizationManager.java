package id.jamsos.rentan.config;

import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Camunda's authorization checks with the caller's groups as given, without first reading every group that has an
 * authorization (issue 18, OfficialsBench).
 *
 * <p>Before each command's first authorization check Camunda intersects the authenticated user's groups with
 * {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION}, to keep the {@code GROUP_ID_ IN (...)} lists of its
 * checks short for users in thousands of (LDAP) groups. Here every village and kecamatan has its own groups (about
 * 450 with authorizations for the three regencies), an official is in one to three, and that read (450 rows mapped
 * per command) took some 15 % of the CPU of Tasklist's list, form and submit calls under 50 concurrent officials.
 * A group without any authorization matches no row of those checks, so leaving it in the list changes no answer:
 * grants, revokes and tenant checks decide exactly as before.
 */
public class GivenGroupsAuthorizationManager extends AuthorizationManager {

    /**
     * @param authenticatedGroupIds the groups of the authenticated user (none: null or empty)
     * @return the same groups (a copy), or an empty list for none, as Camunda answers for none
     */
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
        if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
            return Collections.emptyList();
        }
        return new ArrayList<>(authenticatedGroupIds);
    }

    /** Opens {@link GivenGroupsAuthorizationManager} where the engine asks for its {@link AuthorizationManager}. */
    public static class Factory implements SessionFactory {
        @Override
        public Class<?> getSessionType() {
            return AuthorizationManager.class;
        }

        @Override
        public Session openSession() {
            return new GivenGroupsAuthorizationManager();
        }
    }
}
