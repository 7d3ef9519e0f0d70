package id.jamsos.rentan.notification;

import id.jamsos.rentan.identity.CurrentOfficial;
import id.jamsos.rentan.identity.Official;
import id.jamsos.rentan.identity.RegionAccessDeniedException;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Demo only: the mails the system would send, so a demo can be followed without an SMTP server. Administrators only:
 * mails carry heirs' bank accounts and NIKs of every village (issue 12), which no official may read in bulk.
 */
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
        if (!me.admin()) {
            throw new RegionAccessDeniedException("Kotak keluar surel hanya untuk administrator (berisi data pribadi)");
        }
        int max = Math.max(1, Math.min(limit, 1000));
        return outbox.find(null, state, recipient, max);
    }
}
