package id.jamsos.rentan.notification;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Mails every official of the given groups (e.g. dinsos-6203, bpjs-6203) through the outbox. */
@Component
public class GroupMailer {
    private final Notifier notifier;
    private final IdentityService identity;

    public GroupMailer(Notifier notifier, @Lazy IdentityService identity) {
        this.notifier = notifier;
        this.identity = identity;
    }

    /** @return how many mails were written (a replayed step writes none: the dedupe key is per step) */
    public int send(String template, Map<String, ?> model, String regencyCode, String businessKey, String dedupeKey,
                    String... groupIds) {
        int n = 0;
        for (String r : addressesOf(List.of(groupIds))) {
            if (notifier.enqueue(template, r, model, regencyCode, businessKey, dedupeKey)) {
                n++;
            }
        }
        return n;
    }

    /** The e-mail addresses of the officials in these groups, each once, in group order. */
    public Set<String> addressesOf(Collection<String> groupIds) {
        Set<String> to = new LinkedHashSet<>();
        for (String g : groupIds) {
            for (User u : identity.createUserQuery().memberOfGroup(g).list()) {
                if (u.getEmail() != null && !u.getEmail().isBlank()) {
                    to.add(u.getEmail());
                }
            }
        }
        return to;
    }
}
