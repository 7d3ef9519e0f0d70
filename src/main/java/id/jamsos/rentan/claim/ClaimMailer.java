package id.jamsos.rentan.claim;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.notification.GroupMailer;
import id.jamsos.rentan.identity.Role;
import id.jamsos.rentan.notification.Notifier;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
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

    /**
     * The fields every claim mail shows (claim number, member name and number, claim type in words, event date
     * dd-MM-yyyy); a fresh mutable map the caller adds the step's fields to.
     */
    static Map<String, Object> model(Claim c, Member m) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("claimNumber", c.claimNumber());
        model.put("memberName", m.name());
        model.put("membershipNumber", m.membershipNumber());
        model.put("claimType", c.type() == ClaimType.JKM ? "JKM (Jaminan Kematian)" : "JKK (kematian karena kecelakaan kerja)");
        model.put("eventDate", Formats.date(c.eventDate()));
        return model;
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
