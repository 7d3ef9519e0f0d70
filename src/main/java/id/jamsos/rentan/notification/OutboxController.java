package id.jamsos.rentan.notification;

import id.jamsos.rentan.identity.CurrentOfficial;
import id.jamsos.rentan.identity.Official;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Demo only: the mails the system would send, so a demo can be followed without an SMTP server. */
@RestController
@RequestMapping("/api/outbox")
@Profile("demo")
public class OutboxController {
    private final OutboxRepository outbox;

    public OutboxController(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    public List<OutboxMessage> list(@RequestParam(required = false) String state,
                                    @RequestParam(required = false) String recipient,
                                    @RequestParam(defaultValue = "100") int limit) {
        Official me = CurrentOfficial.get();
        int max = Math.max(1, Math.min(limit, 1000));
        if (me.admin()) {
            return outbox.find(null, state, recipient, max);
        }
        List<OutboxMessage> result = new ArrayList<>();
        for (String regency : me.regencyCodes()) {
            result.addAll(outbox.find(regency, state, recipient, max));
        }
        result.sort(Comparator.comparingLong(OutboxMessage::id).reversed());
        return result.size() > max ? result.subList(0, max) : result;
    }
}
