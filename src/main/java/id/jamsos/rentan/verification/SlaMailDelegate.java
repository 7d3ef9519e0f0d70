package id.jamsos.rentan.verification;

import id.jamsos.rentan.notification.GroupMailer;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.notification.Notifier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SLA timers of the list tasks. REMINDER: mails the officials whose task (key slaTaskKey, candidate group
 * starting with slaGroupPrefix) is still open at its due date. ESCALATION: mails the level above
 * (slaEscalateToGroup) the list of overdue tasks and raises their priority; they stay in "Lewat Tenggat".
 */
@Component("slaMailDelegate")
public class SlaMailDelegate implements JavaDelegate {
    private final Notifier notifier;
    private final TaskService tasks;
    private final GroupMailer groups;

    public SlaMailDelegate(Notifier notifier, @Lazy TaskService tasks, GroupMailer groups) {
        this.notifier = notifier;
        this.tasks = tasks;
        this.groups = groups;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String kind = (String) execution.getVariableLocal("slaKind");
        String taskKey = (String) execution.getVariableLocal("slaTaskKey");
        String prefix = (String) execution.getVariableLocal("slaGroupPrefix");
        List<Task> open = new ArrayList<>();
        Map<String, List<String>> groupsByTask = new LinkedHashMap<>();
        for (Task t : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey).list()) {
            List<String> groups = tasks.getIdentityLinksForTask(t.getId()).stream().map(IdentityLink::getGroupId)
                    .filter(g -> g != null && g.startsWith(prefix)).toList();
            if (!groups.isEmpty()) {
                open.add(t);
                groupsByTask.put(t.getId(), groups);
            }
        }
        String bk = execution.getProcessBusinessKey();
        String regency = (String) execution.getVariable(VerificationProcessKeys.VAR_REGENCY);
        if ("ESCALATION".equals(kind)) {
            String to = (String) execution.getVariableLocal("slaEscalateToGroup");
            StringBuilder list = new StringBuilder();
            for (Task t : open) {
                list.append("  - ").append(t.getName()).append(" (tenggat ").append(Formats.date(t.getDueDate())).append(")\n");
                t.setPriority(80);
                tasks.saveTask(t);
            }
            if (open.isEmpty()) {
                return;
            }
            for (String address : groups.addressesOf(List.of(to))) {
                notifier.enqueue("sla-eskalasi", address, Map.of("tasks", list.toString().stripTrailing(),
                        "count", open.size()), regency, bk, "sla-escalation|" + execution.getActivityInstanceId());
            }
        } else {
            for (Task t : open) {
                for (String address : groups.addressesOf(groupsByTask.get(t.getId()))) {
                    notifier.enqueue("sla-pengingat", address, Map.of("taskName", t.getName(),
                            "dueDate", Formats.date(t.getDueDate())), regency, bk, "sla-reminder|" + t.getId());
                }
            }
        }
    }
}
