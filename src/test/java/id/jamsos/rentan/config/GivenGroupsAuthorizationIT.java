package id.jamsos.rentan.config;

import id.jamsos.rentan.support.IntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link GivenGroupsAuthorizationManager}: the engine uses it, and its authorization answers are those of Camunda's
 * own manager for the same callers: grants to a group, a group without authorizations, a revoke to a group, a real
 * official's group, no group (compared with Camunda's manager put back for the second pass).
 */
class GivenGroupsAuthorizationIT extends IntegrationTest {
    @Autowired
    ProcessEngine engine;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    IdentityService identity;
    @Autowired
    RepositoryService repository;

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void removeAuthorizations() {
        identity.clearAuthentication();
        created.forEach(authorizations::deleteAuthorization);
    }

    @Test
    void theEngineOpensOurManager() {
        ProcessEngineConfigurationImpl cfg = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(cfg.getSessionFactories().get(AuthorizationManager.class))
                .isInstanceOf(GivenGroupsAuthorizationManager.Factory.class);
    }

    @Test
    void grantsAndRevokesDecideAsWithCamundasManager() {
        // Deployments: no global grant, so the caller's groups alone decide.
        String oneDeployment = repository.createDeploymentQuery().list().get(0).getId();
        grant("uji-grup-baca", Authorization.AUTH_TYPE_GRANT, "*");
        grant("uji-grup-cabut", Authorization.AUTH_TYPE_REVOKE, oneDeployment);
        List<List<String>> groupSets = List.of(
                List.of("uji-grup-baca", "uji-grup-tanpa-izin"),
                List.of("uji-grup-tanpa-izin"),
                List.of("uji-grup-cabut"),
                List.of("uji-grup-baca", "uji-grup-cabut", "uji-grup-tanpa-izin"),
                List.of("lurah-6203011001", "uji-grup-tanpa-izin"),
                List.of());
        List<List<String>> ours = groupSets.stream().map(this::deploymentsSeenWith).toList();

        ProcessEngineConfigurationImpl cfg = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        SessionFactory given = cfg.getSessionFactories().get(AuthorizationManager.class);
        cfg.getSessionFactories().put(AuthorizationManager.class, new GenericManagerFactory(AuthorizationManager.class));
        List<List<String>> camunda;
        try {
            camunda = groupSets.stream().map(this::deploymentsSeenWith).toList();
        } finally {
            cfg.getSessionFactories().put(AuthorizationManager.class, given);
        }
        assertThat(ours).isEqualTo(camunda);
        // The groups really decide: the grant to a group of the caller shows every deployment, none without it.
        assertThat(ours.get(0)).hasSize(repository.createDeploymentQuery().list().size()).contains(oneDeployment);
        assertThat(ours.get(1)).isEmpty();
    }

    private List<String> deploymentsSeenWith(List<String> groups) {
        identity.setAuthentication("uji.pengguna", groups);
        try {
            return deploymentIds();
        } finally {
            identity.clearAuthentication();
        }
    }

    private List<String> deploymentIds() {
        return repository.createDeploymentQuery().list().stream().map(Deployment::getId).sorted().toList();
    }

    private void grant(String group, int type, String resourceId) {
        Authorization a = authorizations.createNewAuthorization(type);
        a.setGroupId(group);
        a.setResource(Resources.DEPLOYMENT);
        a.setResourceId(resourceId);
        a.addPermission(Permissions.READ);
        created.add(authorizations.saveAuthorization(a).getId());
    }
}
