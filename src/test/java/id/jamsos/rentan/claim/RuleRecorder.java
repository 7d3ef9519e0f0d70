package id.jamsos.rentan.claim;

import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A standalone DMN engine that records which rule rows matched, so a test can prove every row was exercised. */
final class RuleRecorder implements DmnDecisionTableEvaluationListener {
    final Set<String> matched = new TreeSet<>();
    final List<String> lastMatched = new ArrayList<>();

    @Override
    public void notify(DmnDecisionTableEvaluationEvent event) {
        lastMatched.clear();
        for (DmnEvaluatedDecisionRule rule : event.getMatchingRules()) {
            matched.add(rule.getId());
            lastMatched.add(rule.getId());
        }
    }

    DmnEngine engine() {
        DefaultDmnEngineConfiguration cfg = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        cfg.customPostDecisionTableEvaluationListeners(List.of(this));
        return cfg.buildEngine();
    }
}
