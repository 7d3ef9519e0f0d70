package id.jamsos.rentan.notification;

import id.jamsos.rentan.common.Formats;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Attached to every user task by {@link TaskMailParseListener}: when a task arrives, each official of its
 * candidate groups gets a mail (through the outbox, in the engine's transaction).
 */
@Component
public class TaskMailListener implements TaskListener {
    private final Notifier notifier;
    private final GroupMailer groups;
    private final IdentityService identity;
    private final String baseUrl;

    public TaskMailListener(Notifier notifier, GroupMailer groups, @Lazy IdentityService identity,
                            PublicAddress publicAddress) {
        this.notifier = notifier;
        this.groups = groups;
        this.identity = identity;
        this.baseUrl = publicAddress.url();
    }

    @Override
    public void notify(DelegateTask task) {
        Set<String> recipients = new LinkedHashSet<>(groups.addressesOf(task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList()));
        if (task.getAssignee() != null) {
            User u = identity.createUserQuery().userId(task.getAssignee()).singleResult();
            if (u != null && u.getEmail() != null) {
                recipients.add(u.getEmail());
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("taskName", task.getName() == null ? task.getTaskDefinitionKey() : task.getName());
        model.put("description", task.getDescription() == null ? "-" : task.getDescription());
        model.put("dueDate", task.getDueDate() == null ? "-" : Formats.date(task.getDueDate()));
        model.put("link", baseUrl + "/camunda/app/tasklist/default/#/?task=" + task.getId());
        String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        for (String to : recipients) {
            notifier.enqueue("tugas-baru", to, model, task.getTenantId(), businessKey, "task-created|" + task.getId());
        }
    }
}
