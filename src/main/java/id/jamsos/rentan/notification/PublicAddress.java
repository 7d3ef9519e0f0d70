package id.jamsos.rentan.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.net.URI;

/**
 * The address officials open the application at ({@code jamsos.base-url}, env {@code JAMSOS_BASE_URL}), e.g.
 * {@code https://jamsos.kapuaskab.go.id}: every link in a mail starts with it ({@link #link(String)}).
 *
 * <p>The demo defaults to {@code http://localhost:8080}. Production sets no default: when the setting is missing
 * (or not an absolute http/https address) the application still starts, links fall back to
 * {@code http://localhost:<port>}, and a WARN at start says so, since officials cannot open such links.
 */
@Component
public class PublicAddress {
    private static final Logger log = LoggerFactory.getLogger(PublicAddress.class);

    private final String configured;
    private final String url;
    private final Environment env;

    /**
     * The address of {@code jamsos.base-url}; without a usable one, {@code http://localhost:<server.port>} (Spring
     * Boot's own key, read from the environment, 8080 when unset).
     */
    @Autowired
    public PublicAddress(AddressSettings settings, Environment env) {
        this(settings.baseUrl(), env.getProperty("server.port", Integer.class, 8080), env);
    }

    /** The address {@code configured}, else {@code http://localhost:<port>} (tests). */
    public PublicAddress(String configured, int port, Environment env) {
        this.configured = configured == null ? "" : configured.trim();
        this.env = env;
        this.url = valid(this.configured) ? this.configured.replaceAll("/+$", "") : "http://localhost:" + port;
    }

    /** The base address without a trailing slash, e.g. https://jamsos.kapuaskab.go.id. */
    public String url() {
        return url;
    }

    /** An absolute link to a path of the application; path starts with "/" (e.g. "/camunda/app/tasklist/"). */
    public String link(String path) {
        return url + path;
    }

    /** Whether the configured address is usable in a mail: an absolute http(s) URL with a host. */
    public boolean configured() {
        return valid(configured);
    }

    static boolean valid(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            URI u = URI.create(address.trim());
            return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** In prod, a missing or unusable address is a WARN at start (mails would carry links nobody can open). */
    @EventListener(ApplicationReadyEvent.class)
    public void warnWhenMissing() {
        if (env.acceptsProfiles(Profiles.of("prod")) && !configured()) {
            log.warn("JAMSOS_BASE_URL (jamsos.base-url) {}: tautan di surel untuk petugas memakai {}, yang tidak dapat"
                            + " mereka buka. Isi dengan alamat publik aplikasi, misalnya https://jamsos.kapuaskab.go.id",
                    configured.isEmpty() ? "tidak diisi" : "bukan alamat http/https yang sah ('" + configured + "')", url);
        }
    }
}
