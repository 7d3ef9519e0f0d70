package id.jamsos.rentan.notification;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Adds the arrival mail to every user task, so no BPMN file has to remember it. */
public class TaskMailParseListener extends AbstractBpmnParseListener {
    private final TaskListener listener;

    public TaskMailParseListener(TaskListener listener) {
        this.listener = listener;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        UserTaskActivityBehavior behavior = (UserTaskActivityBehavior) activity.getActivityBehavior();
        behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
    }
}
