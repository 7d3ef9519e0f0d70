package id.jamsos.rentan.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import java.util.Optional;

/**
 * The official signed in to the Camunda webapps (Tasklist, Cockpit) in this browser session, for our own pages
 * ({@code /dasbor}, {@code /cari}, {@code /klaim/...}) that live behind the same login.
 */
public final class WebappLogin {
    private WebappLogin() {
    }

    /** The user id of the webapp login of the request's session; empty without a session or login. */
    public static Optional<String> userId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
        // One engine in this application: its webapp login is the official.
        return auths == null ? Optional.empty() : auths.getAuthentications().stream()
                .map(UserAuthentication::getIdentityId).findFirst();
    }
}
