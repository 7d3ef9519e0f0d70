package id.jamsos.rentan.boundary;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Adds {@link ProcessBindingListener} to the start event and the end of every process (registered as a post parse listener
 * in the engine configuration, so it runs after the model's own start listener).
 */
@Component
public class ProcessBindingParseListener extends AbstractBpmnParseListener {
    private final ProcessBindingListener listener;

    public ProcessBindingParseListener(@Lazy ProcessBindingListener listener) {
        this.listener = listener;
    }

    /** Binding: after the start event's own listeners (the model's start listener registers the record). */
    @Override
    public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl startEventActivity) {
        if (scope instanceof ProcessDefinitionEntity) {
            startEventActivity.addListener(ExecutionListener.EVENTNAME_START, listener);
        }
    }

    /** The binding ends with the instance (completed or cancelled). */
    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addListener(ExecutionListener.EVENTNAME_END, listener);
    }
}
