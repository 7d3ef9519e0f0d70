package id.jamsos.rentan.config;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deploys bpmn/ and forms/ together, named by their path from the classpath root ("forms/x.html").
 * The starter's auto-deployment names a resource by its absolute file path when run from target/classes
 * and by its bare file name from the jar, so neither {@code embedded:deployment:forms/x.html} nor
 * Modeler-style paths would resolve in both; it also skips *.form unless told. Unchanged resources are not
 * redeployed (duplicate filtering), so restarts and a second node keep the same definition versions.
 */
@Component
public class ProcessDeployer extends AbstractProcessEnginePlugin {
    private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);
    static final String[] PATTERNS = {"classpath*:bpmn/**/*.bpmn", "classpath*:bpmn/**/*.dmn",
            "classpath*:forms/**/*.form", "classpath*:forms/**/*.html"};

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        Map<String, Resource> resources = resources();
        if (resources.isEmpty()) {
            return;
        }
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name("jamsos-rentan").source("jamsos-rentan").enableDuplicateFiltering(true);
        resources.forEach((name, resource) -> {
            try {
                deployment.addInputStream(name, resource.getInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        });
        var result = deployment.deployWithResult();
        // With nothing changed, duplicate filtering returns the previous deployment without definition lists.
        int changed = size(result.getDeployedProcessDefinitions()) + size(result.getDeployedDecisionDefinitions());
        log.info("Deployed {} resources ({} definitions new or changed)", resources.size(), changed);
    }

    private static int size(java.util.List<?> list) {
        return list == null ? 0 : list.size();
    }

    /** Name → resource, the name being the path from "bpmn/" or "forms/" on. */
    static Map<String, Resource> resources() {
        Map<String, Resource> out = new TreeMap<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            for (String pattern : PATTERNS) {
                String root = pattern.substring("classpath*:".length(), pattern.indexOf('/') + 1);
                for (Resource r : resolver.getResources(pattern)) {
                    String url = r.getURL().toString();
                    int i = url.lastIndexOf("/" + root);
                    out.putIfAbsent(url.substring(i + 1), r);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
