package id.jamsos.rentan.config;

import id.jamsos.rentan.notification.TaskMailListener;
import id.jamsos.rentan.notification.TaskMailParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
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
    private final SecuritySettings security;

    public EngineConfig(@Lazy TaskMailListener taskMailListener, SecuritySettings security) {
        this.taskMailListener = taskMailListener;
        this.security = security;
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
        // Uploaded files never stay in history (UploadHistoryFilter); every other event as by default.
        cfg.setEnableDefaultDbHistoryEventHandler(false);
        List<HistoryEventHandler> handlers = cfg.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(cfg.getCustomHistoryEventHandlers());
        handlers.add(new UploadHistoryFilter());
        cfg.setCustomHistoryEventHandlers(handlers);
        // Wrong passwords delay the next login (3 s, doubling) up to jamsos.security.login-lock-max-seconds, and never
        // lock an account for good: Camunda's permanent lock after 10 attempts let anyone lock an official out.
        cfg.setLoginMaxAttempts(Integer.MAX_VALUE);
        cfg.setLoginDelayBase(3);
        cfg.setLoginDelayFactor(2);
        cfg.setLoginDelayMaxTime(security.loginLockMaxSeconds());
    }
}
