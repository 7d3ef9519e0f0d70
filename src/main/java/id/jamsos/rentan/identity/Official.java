package id.jamsos.rentan.identity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The authenticated caller: a Camunda user with its role grants per region. */
public record Official(String userId, List<String> groupIds, List<Role.Grant> grants, boolean admin) {
    public static final String ADMIN_GROUP = "camunda-admin";

    public static Official of(String userId, List<String> groupIds) {
        List<Role.Grant> grants = groupIds.stream().map(Role::parseGroup).filter(g -> g != null).toList();
        return new Official(userId, groupIds, grants, groupIds.contains(ADMIN_GROUP));
    }

    /** Camunda tenants are regencies: the regencies the official works in. */
    public Set<String> regencyCodes() {
        return grants.stream().map(Role.Grant::regencyCode).collect(Collectors.toSet());
    }

    public boolean hasRole(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }
}
