package id.jamsos.rentan.config;

import id.jamsos.rentan.boundary.CallerCommandGuard;
import id.jamsos.rentan.boundary.ProcessBindingParseListener;
import id.jamsos.rentan.boundary.ProcessBoundaries;
import id.jamsos.rentan.notification.TaskMailListener;
import id.jamsos.rentan.notification.TaskMailParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Engine settings that have no Spring Boot property. */
@Component
public class EngineConfig extends AbstractProcessEnginePlugin {
    private final TaskMailListener taskMailListener;
    private final SecuritySettings security;
    private final ObjectProvider<ProcessBoundaries> boundaries;
    private final ProcessBindingParseListener bindingParseListener;

    public EngineConfig(@Lazy TaskMailListener taskMailListener, SecuritySettings security,
                        ObjectProvider<ProcessBoundaries> boundaries,
                        @Lazy ProcessBindingParseListener bindingParseListener) {
        this.taskMailListener = taskMailListener;
        this.security = security;
        this.boundaries = boundaries;
        this.bindingParseListener = bindingParseListener;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl cfg) {
        cfg.setTenantIdProvider(new RegencyTenantIdProvider());
        // A command that reaches a task's or job's parent execution loads that chain by id instead of the whole
        // execution tree of the instance: a batch's instance holds about four executions per open village task
        // (231 villages in Kapuas), and every submit, form-variables call and job loaded and dirty-checked all of
        // them (issue 18, OfficialsBench: 1,674 tree loads of ~200 rows each in one run).
        cfg.setExecutionTreePrefetchEnabled(false);
        // Authorization checks take the official's groups as given instead of first reading all ~450 groups that have
        // an authorization, once per command (issue 18; GivenGroupsAuthorizationManager says why that is the same).
        List<SessionFactory> sessions = cfg.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(cfg.getCustomSessionFactories());
        sessions.add(new GivenGroupsAuthorizationManager.Factory());
        cfg.setCustomSessionFactories(sessions);
        // Lists and maps from Camunda Forms and our delegates are stored as JSON, readable in Cockpit.
        cfg.setDefaultSerializationFormat("application/json");
        List<BpmnParseListener> listeners = cfg.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(cfg.getCustomPreBPMNParseListeners());
        listeners.add(new TaskMailParseListener(taskMailListener));
        cfg.setCustomPreBPMNParseListeners(listeners);
        // Uploaded files and form copies of our rows (candidateList) never stay in history (HistoryVariableFilter);
        // every other event as by default.
        cfg.setEnableDefaultDbHistoryEventHandler(false);
        List<HistoryEventHandler> handlers = cfg.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(cfg.getCustomHistoryEventHandlers());
        handlers.add(new HistoryVariableFilter());
        cfg.setCustomHistoryEventHandlers(handlers);
        // Wrong passwords delay the next login (3 s, doubling) up to jamsos.security.login-lock-max-seconds, and never
        // lock an account for good: Camunda's permanent lock after 10 attempts let anyone lock an official out.
        cfg.setLoginMaxAttempts(Integer.MAX_VALUE);
        cfg.setLoginDelayBase(3);
        cfg.setLoginDelayFactor(2);
        cfg.setLoginDelayMaxTime(security.loginLockMaxSeconds());
        // After the models' own start listeners: binds the record they registered (process_binding).
        List<BpmnParseListener> post = cfg.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(cfg.getCustomPostBPMNParseListeners());
        post.add(bindingParseListener);
        cfg.setCustomPostBPMNParseListeners(post);
        // The engine boundary: callers' commands checked before they run (issue 12, docs/security.md).
        CallerCommandGuard guard = new CallerCommandGuard(cfg, boundaries::getObject);
        // Outermost: a completion that lost a race on an execution it shares with a sibling (the two signatures of
        // a PKS meeting at their join) runs again (issue 18, TaskCompletionRetry); then the boundary checks each
        // attempt. Parallel multi-instance tasks share nothing at completion (asyncAfter, BpmnConventionsTest).
        cfg.setCustomPreCommandInterceptorsTxRequired(with(with(cfg.getCustomPreCommandInterceptorsTxRequired(),
                new TaskCompletionRetry()), guard));
        cfg.setCustomPreCommandInterceptorsTxRequiresNew(with(cfg.getCustomPreCommandInterceptorsTxRequiresNew(),
                new CallerCommandGuard(cfg, boundaries::getObject)));
    }

    private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor added) {
        List<CommandInterceptor> out = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        out.add(added);
        return out;
    }
}
