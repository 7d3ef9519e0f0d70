package id.jamsos.rentan.config;

import id.jamsos.rentan.notification.TaskMailListener;
import id.jamsos.rentan.notification.TaskMailParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Engine settings that have no Spring Boot property. */
@Component
public class EngineConfig extends AbstractProcessEnginePlugin {
    private final TaskMailListener taskMailListener;

    public EngineConfig(@Lazy TaskMailListener taskMailListener) {
        this.taskMailListener = taskMailListener;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl cfg) {
        cfg.setTenantIdProvider(new RegencyTenantIdProvider());
        // Lists and maps from Camunda Forms and our delegates are stored as JSON, readable in Cockpit.
        cfg.setDefaultSerializationFormat("application/json");
        List<BpmnParseListener> listeners = cfg.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(cfg.getCustomPreBPMNParseListeners());
        listeners.add(new TaskMailParseListener(taskMailListener));
        cfg.setCustomPreBPMNParseListeners(listeners);
    }
}
