package id.jamsos.rentan.identity;

import id.jamsos.rentan.common.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
 */
public class BasicAuthFilter extends OncePerRequestFilter {
    private final IdentityService identityService;
    private final boolean engineRest;

    public BasicAuthFilter(IdentityService identityService, boolean engineRest) {
        this.identityService = identityService;
        this.engineRest = engineRest;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        String[] credentials = decode(header);
        if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
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
