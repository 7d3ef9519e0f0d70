package id.jamsos.rentan.verification;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Form key of the list tasks. Spring Boot's auto-deployment names a resource by its absolute file path when
 * run from target/classes (tests, mvn spring-boot:run) but by its bare file name inside the jar, so a fixed
 * {@code embedded:deployment:forms/...} key cannot match both: the BPMN asks this bean for the real name.
 */
@Component("verificationForms")
public class VerificationForms {
    static final String LIST_FORM = "verification-list.html";

    private final RepositoryService repository;
    private final Map<String, String> byDeployment = new ConcurrentHashMap<>();

    public VerificationForms(@Lazy RepositoryService repository) {
        this.repository = repository;
    }

    public String listForm(DelegateExecution execution) {
        String deploymentId = repository.getProcessDefinition(execution.getProcessDefinitionId()).getDeploymentId();
        String name = byDeployment.computeIfAbsent(deploymentId, id -> repository.getDeploymentResourceNames(id).stream()
                .filter(n -> n.replace('\\', '/').endsWith("/" + LIST_FORM) || n.equals(LIST_FORM)).findFirst()
                .orElse("forms/" + LIST_FORM));
        return "embedded:deployment:" + name;
    }
}
