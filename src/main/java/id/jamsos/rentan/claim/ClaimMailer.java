package id.jamsos.rentan.claim;

import id.jamsos.rentan.notification.GroupMailer;
import id.jamsos.rentan.identity.Role;
import id.jamsos.rentan.notification.Notifier;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Mails of a claim step to the heirs (and whoever buried the member) and to the regency's Dinsos, via the outbox. */
@Component
public class ClaimMailer {
    private final Notifier notifier;
    private final GroupMailer groups;

    public ClaimMailer(Notifier notifier, GroupMailer groups) {
        this.notifier = notifier;
        this.groups = groups;
    }

    public void toHeirs(Claim claim, List<Heir> heirs, String template, Map<String, ?> model, String step) {
        Set<String> to = new LinkedHashSet<>();
        heirs.stream().map(Heir::email).filter(e -> e != null && !e.isBlank()).forEach(to::add);
        if (claim.funeralPayee() != null && claim.funeralPayee().email() != null) {
            to.add(claim.funeralPayee().email());
        }
        send(claim, to, template, model, step);
    }

    public void toDinsos(Claim claim, String template, Map<String, ?> model, String step) {
        send(claim, groups.addressesOf(List.of(Role.DINSOS.groupId(claim.regencyCode()))), template, model, step);
    }

    private void send(Claim claim, Set<String> to, String template, Map<String, ?> model, String step) {
        for (String r : to) {
            notifier.enqueue(template, r, model, claim.regencyCode(), claim.claimNumber(),
                    template + "|" + claim.claimNumber() + "|" + step);
        }
    }
}
