package id.jamsos.rentan.identity;

import id.jamsos.rentan.common.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * HTTP Basic against Camunda identity for /api and engine-rest (which answers anonymously otherwise).
 * On engine-rest the engine authentication carries groups and tenants, so authorization and the
 * tenant check (one tenant per regency) apply to every query and command.
 *
 * <p>On /api a GET or HEAD without credentials may also use the official's Camunda webapp login (the
 * session Tasklist keeps), so forms can show batch progress and offer Excel downloads as plain links.
 * Only reads: a cookie must never be enough to change data (no CSRF token on /api).
 */
public class BasicAuthFilter extends OncePerRequestFilter {
    /**
     * The only part of /api open without credentials: public lookups for workers and families, which check
     * NIK and birth date and limit requests themselves.
     */
    public static final String PUBLIC_API_PREFIX = "/api/public/";

    private final IdentityService identityService;
    private final boolean engineRest;

    public BasicAuthFilter(IdentityService identityService, boolean engineRest) {
        this.identityService = identityService;
        this.engineRest = engineRest;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !engineRest && request.getRequestURI().startsWith(request.getContextPath() + PUBLIC_API_PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        String[] credentials = decode(header);
        String sessionUser = credentials == null && !engineRest ? webappUser(request) : null;
        if (sessionUser != null) {
            credentials = new String[]{sessionUser, null};
        } else if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"jamsos-rentan\", charset=\"UTF-8\"");
            Problems.write(response, HttpStatus.UNAUTHORIZED, "Belum masuk",
                    credentials == null ? "Permintaan ini memerlukan nama pengguna dan kata sandi (HTTP Basic)"
                            : "Nama pengguna atau kata sandi salah");
            return;
        }
        String userId = credentials[0];
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        Official official = Official.of(userId, groups);
        try {
            CurrentOfficial.set(official);
            if (engineRest) {
                List<String> tenants = identityService.createTenantQuery().userMember(userId)
                        .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
                identityService.setAuthentication(userId, groups, tenants);
            }
            chain.doFilter(request, response);
        } finally {
            CurrentOfficial.clear();
            if (engineRest) {
                identityService.clearAuthentication();
            }
        }
    }

    /** The user logged in to the Camunda webapps in this session, for a read; null otherwise. */
    private static String webappUser(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return null;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
        // One engine in this application: its webapp login is the official.
        return auths == null ? null : auths.getAuthentications().stream().map(UserAuthentication::getIdentityId)
                .findFirst().orElse(null);
    }

    private static String[] decode(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 1) {
                return null;
            }
            return new String[]{decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
